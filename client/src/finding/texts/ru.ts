import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in Russian; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'Не удалось загрузить бронирования. Попробуйте ещё раз.',
  loadMore: 'Загрузить ещё бронирования',
  filter: 'Показать',
  filterAll: 'Все бронирования',
  filterSingle: 'Только отдельные бронирования',
  filterSeries: 'Серия {title}',
  seriesHeading: 'Серии бронирований',
  singlesHeading: 'Отдельные бронирования',
  seriesDates: 'Впереди {count} дата | Впереди {count} даты | Впереди {count} дат | Впереди {count} даты',
  seriesDatesSoFar: 'Минимум {count} дата | Минимум {count} даты | Минимум {count} дат | Минимум {count} даты',
  nextDate: 'Следующая дата:',
  showDates: 'Показать даты',
  cancelHeading: 'Отменить бронирование?',
  cancelQuestion: '«{title}» ({when}, {room}, {house}) будет отменено.',
  onlyThisDate: 'Отменяется только эта дата. Остальные даты серии остаются.',
  cancelled: 'Отменено: «{title}», {when}.',
  restored: 'Снова забронировано: «{title}», {when}.',
};

export default myBookingsTexts;
