import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in Russian; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'Мой список ожидания',
  intro:
    'Когда время, которого вы ждёте, освободится, его держат для вашей организации {minutes} минут. Подтвердите его за это время, иначе оно перейдёт к следующему в списке.',
  none: 'Ваша организация не ждёт никакого времени.',
  join: 'Сообщите мне, когда освободится',
  joinHint: 'Это время занято. Мы можем сообщить вам, когда оно освободится.',
  joinTitle: 'Для чего? (название)',
  joined: 'Вы в списке ожидания на {when}.',
  ahead: 'Организаций перед вами: {count}',
  waiting: 'Ожидает',
  offerHeading: 'Сейчас свободно: пожалуйста, подтвердите',
  offerText: '{title}, {when}, {room}: удерживается для вашей организации.',
  timeLeft: 'Осталось {time}',
  confirm: 'Подтвердить бронирование',
  decline: 'Отказаться',
  leave: 'Выйти из списка ожидания',
  confirmed: 'Забронировано: «{title}», {when}.',
  declined: 'Вы отказались. Время переходит к следующему в списке.',
  left: 'Вы вышли из списка ожидания на {when}.',
  loadFailed: 'Не удалось загрузить список ожидания. Попробуйте ещё раз.',
};

export default waitingListTexts;
