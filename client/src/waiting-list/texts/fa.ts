import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in Farsi; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'فهرست انتظار من',
  intro:
    'وقتی زمانی که منتظرش هستید خالی شود، {minutes} دقیقه برای انجمن شما نگه داشته می‌شود. در این مدت آن را تأیید کنید، وگرنه به نفر بعدی فهرست می‌رسد.',
  none: 'انجمن شما منتظر هیچ زمانی نیست.',
  join: 'وقتی خالی شد به من خبر بده',
  joinHint: 'این زمان رزرو شده است. می‌توانیم وقتی خالی شد به شما خبر بدهیم.',
  joinTitle: 'برای چه؟ (عنوان)',
  joined: 'شما در فهرست انتظار برای {when} هستید.',
  ahead: 'انجمن‌های جلوتر از شما: {count}',
  waiting: 'در انتظار',
  offerHeading: 'الان خالی است: لطفاً تأیید کنید',
  offerText: '{title}، {when}، {room}: برای انجمن شما نگه داشته شده است.',
  timeLeft: 'زمان باقی‌مانده: {time}',
  confirm: 'تأیید رزرو',
  decline: 'رد کردن',
  leave: 'خروج از فهرست انتظار',
  confirmed: 'رزرو شد: «{title}»، {when}.',
  declined: 'رد شد. این زمان به نفر بعدی فهرست می‌رسد.',
  left: 'شما از فهرست انتظار برای {when} خارج شدید.',
  loadFailed: 'فهرست انتظار بارگیری نشد. لطفاً دوباره امتحان کنید.',
};

export default waitingListTexts;
