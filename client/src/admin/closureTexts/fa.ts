import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in Farsi; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'با رزروهای این بازه چه کنیم؟',
  intro: 'رزروهای مربوط: {count}. انجمن‌ها فوراً از تصمیم شما باخبر می‌شوند، در تقویم و با ایمیل به زبان خودشان.',
  changedMeanwhile: 'در این فاصله اینجا رزرو تازه‌ای ثبت شد. لطفاً دربارهٔ رزروهای تازه هم تصمیم بگیرید.',
  move: 'جابه‌جا کردن به:',
  moveRoomFor: 'اتاق تازه برای {title}',
  roomSuggested: '{room} – پیشنهاد',
  roomChosen: '{house}، ظرفیت: {capacity}.',
  noRoom: 'در این زمان اتاق دیگری خالی و به اندازهٔ کافی بزرگ نیست.',
  cancel: 'لغو کردن، با دلیل تعطیلی',
  keep: 'نگه داشتن: با وجود تعطیلی برگزار می‌شود',
  undecided: 'لطفاً برای این رزرو انتخاب کنید.',
  confirmCreate: 'ثبت تعطیلی و انجام این کارها',
  confirmDecide: 'انجام شود',
  dismiss: 'انصراف',
  created: 'تعطیلی ثبت شد. جابه‌جا شده: {moved}، لغو شده: {cancelled}، نگه داشته: {kept}.',
  decided: 'انجام شد. جابه‌جا شده: {moved}، لغو شده: {cancelled}، نگه داشته: {kept}.',
  ask: 'تصمیم دربارهٔ این رزروها',
};

export default closureTexts;
