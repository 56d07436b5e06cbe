import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in Ukrainian; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'Мій список очікування',
  intro:
    'Коли час, на який ви чекаєте, стане вільним, його тримають для вашої організації {minutes} хвилин. Підтвердіть його за цей час, інакше він перейде до наступного в списку.',
  none: 'Ваша організація не чекає на жоден час.',
  join: 'Скажіть мені, коли стане вільно',
  joinHint: 'Цей час зайнято. Ми можемо сказати вам, коли він стане вільним.',
  joinTitle: 'Для чого? (назва)',
  joined: 'Ви в списку очікування на {when}.',
  ahead: 'Організацій перед вами: {count}',
  waiting: 'Очікує',
  offerHeading: 'Зараз вільно: будь ласка, підтвердіть',
  offerText: '{title}, {when}, {room}: тримається для вашої організації.',
  timeLeft: 'Залишилось {time}',
  confirm: 'Підтвердити бронювання',
  decline: 'Відмовитися',
  leave: 'Вийти зі списку очікування',
  confirmed: 'Заброньовано: «{title}», {when}.',
  declined: 'Ви відмовилися. Час переходить до наступного в списку.',
  left: 'Ви вийшли зі списку очікування на {when}.',
  loadFailed: 'Не вдалося завантажити список очікування. Спробуйте ще раз.',
};

export default waitingListTexts;
