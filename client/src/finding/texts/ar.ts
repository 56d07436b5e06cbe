import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in Arabic; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'تعذّر تحميل الحجوزات. يُرجى المحاولة مرة أخرى.',
  loadMore: 'تحميل مزيد من الحجوزات',
  filter: 'عرض',
  filterAll: 'كل الحجوزات',
  filterSingle: 'الحجوزات المفردة فقط',
  filterSeries: 'سلسلة {title}',
  seriesHeading: 'سلاسل الحجوزات المتكررة',
  singlesHeading: 'الحجوزات المفردة',
  seriesDates: 'لا مواعيد قادمة | موعد واحد قادم | موعدان قادمان | {count} مواعيد قادمة | {count} موعدًا قادمًا | {count} موعد قادم',
  seriesDatesSoFar:
    'لا مواعيد | موعد واحد على الأقل | موعدان على الأقل | {count} مواعيد على الأقل | {count} موعدًا على الأقل | {count} موعد على الأقل',
  nextDate: 'الموعد التالي:',
  showDates: 'عرض المواعيد',
  cancelHeading: 'إلغاء الحجز؟',
  cancelQuestion: 'سيُلغى «{title}» ({when}، {room}، {house}).',
  onlyThisDate: 'يُلغى هذا الموعد وحده. تبقى مواعيد السلسلة الأخرى.',
  cancelled: 'أُلغي: «{title}»، {when}.',
  restored: 'حُجز مرة أخرى: «{title}»، {when}.',
};

export default myBookingsTexts;
