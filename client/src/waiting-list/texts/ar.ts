import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in Arabic; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'قائمة الانتظار الخاصة بي',
  intro: 'عندما يصبح موعد تنتظره متاحاً، يُحجز لمنظمتك لمدة {minutes} دقيقة. أكّده خلال هذا الوقت، وإلا يذهب إلى التالي في القائمة.',
  none: 'منظمتك لا تنتظر أي موعد.',
  join: 'أخبرني عندما يصبح متاحاً',
  joinHint: 'هذا الموعد محجوز. يمكننا إخبارك عندما يصبح متاحاً.',
  joinTitle: 'لأي غرض؟ (العنوان)',
  joined: 'أنت في قائمة الانتظار للموعد {when}.',
  ahead: 'المنظمات التي قبلك: {count}',
  waiting: 'في الانتظار',
  offerHeading: 'متاح الآن: يرجى التأكيد',
  offerText: '{title}، {when}، {room}: محجوز لمنظمتك.',
  timeLeft: 'الوقت المتبقي: {time}',
  confirm: 'تأكيد الحجز',
  decline: 'رفض',
  leave: 'مغادرة قائمة الانتظار',
  confirmed: 'تم الحجز: «{title}»، {when}.',
  declined: 'تم الرفض. يذهب الموعد إلى التالي في القائمة.',
  left: 'غادرت قائمة الانتظار للموعد {when}.',
  loadFailed: 'تعذّر تحميل قائمة الانتظار. يرجى المحاولة مرة أخرى.',
};

export default waitingListTexts;
