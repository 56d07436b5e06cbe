import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in Farsi; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'رزروها بارگیری نشد. لطفاً دوباره امتحان کنید.',
  loadMore: 'نمایش رزروهای بیشتر',
  filter: 'نمایش',
  filterAll: 'همهٔ رزروها',
  filterSingle: 'فقط رزروهای تکی',
  filterSeries: 'رزروهای تکراری {title}',
  seriesHeading: 'رزروهای تکراری',
  singlesHeading: 'رزروهای تکی',
  seriesDates: '{count} رزرو دیگر | {count} رزرو دیگر',
  seriesDatesSoFar: 'دست‌کم {count} رزرو | دست‌کم {count} رزرو',
  nextDate: 'رزرو بعدی:',
  showDates: 'نمایش رزروها',
  cancelHeading: 'رزرو لغو شود؟',
  cancelQuestion: '«{title}» ({when}، {room}، {house}) لغو می‌شود.',
  onlyThisDate: 'فقط همین رزرو لغو می‌شود. رزروهای دیگر باقی می‌مانند.',
  cancelled: 'لغو شد: «{title}»، {when}.',
  restored: 'دوباره رزرو شد: «{title}»، {when}.',
};

export default myBookingsTexts;
