import type { MessageTree } from '../../i18n/message-tree.js';
import type { FindTexts } from './de.js';

/** The free-room search's answers in Farsi (also read in Dari); see de.ts. */
const findTexts: MessageTree<FindTexts> = {
  results: 'یک اتاق خالی است. | {count} اتاق خالی است.',
  busy: 'در این زمان هیچ اتاق مناسبی خالی نیست.',
  busyOffers: 'یکی از زمان‌های خالی زیر یا روز دیگری را انتخاب کنید.',
  busyNothingNear:
    'در ساعت‌های دیگر این روز و در سه روز بعد هم اتاق مناسبی خالی نیست. روز دیگری را امتحان کنید یا امکانات کمتری انتخاب کنید.',
  tooBig: 'هیچ اتاقی برای یک نفر به اندازهٔ کافی بزرگ نیست. | هیچ اتاقی برای {count} نفر به اندازهٔ کافی بزرگ نیست.',
  tooBigWith:
    'هیچ اتاقی با این امکانات ({features}) برای یک نفر به اندازهٔ کافی بزرگ نیست. | هیچ اتاقی با این امکانات ({features}) برای {count} نفر به اندازهٔ کافی بزرگ نیست.',
  largest: 'بزرگ‌ترین اتاق جای یک نفر را دارد. | بزرگ‌ترین اتاق جای {count} نفر را دارد.',
  tooBigHint: 'گروه را تقسیم کنید، یا برای تعداد کمتری جست‌وجو کنید.',
  withoutFeatures: 'بدون این امکانات اتاق‌هایی برای یک نفر هست. | بدون این امکانات اتاق‌هایی برای {count} نفر هست.',
  noFeatures: 'هیچ اتاقی همهٔ آنچه انتخاب کرده‌اید را ندارد: {features}.',
  noFeaturesHint: 'امکانات کمتری انتخاب کنید.',
  otherHouses: 'در ساختمان‌های دیگر اتاق مناسبی هست.',
  searchAllHouses: 'جست‌وجو در همهٔ ساختمان‌ها',
  laterDays: 'در همین ساعت در روزهای بعد:',
};

export default findTexts;
