import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in Ukrainian; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'Не вдалося завантажити бронювання. Спробуйте ще раз.',
  loadMore: 'Завантажити ще бронювання',
  filter: 'Показати',
  filterAll: 'Усі бронювання',
  filterSingle: 'Лише окремі бронювання',
  filterSeries: 'Серія {title}',
  seriesHeading: 'Серії бронювань',
  singlesHeading: 'Окремі бронювання',
  seriesDates: 'Попереду {count} дата | Попереду {count} дати | Попереду {count} дат | Попереду {count} дати',
  seriesDatesSoFar: 'Щонайменше {count} дата | Щонайменше {count} дати | Щонайменше {count} дат | Щонайменше {count} дати',
  nextDate: 'Наступна дата:',
  showDates: 'Показати дати',
  cancelHeading: 'Скасувати бронювання?',
  cancelQuestion: '«{title}» ({when}, {room}, {house}) буде скасовано.',
  onlyThisDate: 'Скасовується лише ця дата. Інші дати серії залишаються.',
  cancelled: 'Скасовано: «{title}», {when}.',
  restored: 'Знову заброньовано: «{title}», {when}.',
};

export default myBookingsTexts;
