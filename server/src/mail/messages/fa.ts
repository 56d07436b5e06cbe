import type { MailMessages } from './types.js';

/** Persian, for readers in Iran and Dari readers in Afghanistan. */
const fa: MailMessages = {
  invitation: {
    subject: 'دعوت شما برای رزرو اتاق در KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `سلام ${name || ''}`.trim() + '،',
        '',
        organization
          ? `${inviter} شما را دعوت می‌کند که برای «${organization}» در KolLEktiv اتاق رزرو کنید.`
          : `${inviter} شما را به تیم رزرو اتاق KolLEktiv دعوت می‌کند.`,
        'این لینک را باز کنید و یک رمز عبور انتخاب کنید:',
        '',
        url,
        '',
        `این لینک تا ${until} و فقط یک بار معتبر است.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'رمز عبور جدید برای رزرو اتاق در KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `سلام ${name}،`,
        '',
        'با این لینک یک رمز عبور جدید انتخاب کنید:',
        '',
        url,
        '',
        `این لینک تا ${until} و فقط یک بار معتبر است. اگر رمز عبور جدید نخواسته‌اید، این ایمیل را پاک کنید.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `لغو شد: ${title}` : `جابه‌جا شد: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'سلام،',
        '',
        after
          ? `${byStaff ? 'تیم KolLEktiv' : 'شخص دیگری'} رزرو «${title}» مربوط به انجمن ${organization} را جابه‌جا کرده است.`
          : `${byStaff ? 'تیم KolLEktiv' : 'شخص دیگری'} رزرو «${title}» مربوط به انجمن ${organization} را لغو کرده است.`,
        '',
        after ? `الان: ${after}` : `زمان رزرو: ${before}`,
        ...(after ? [`قبلاً: ${before}`] : []),
        ...(reason ? ['', `دلیل: ${reason}`] : []),
        '',
        'تقویم را باز کنید:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `مشاوره برای انجمن ${organization}: خبر تازه`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'درخواست مشاوره تازه';
        case 'ASSIGNED':
          return 'یک مشاور تعیین شد';
        case 'DECLINED':
          return 'درخواست رد شد';
        case 'SESSION_SCHEDULED':
          return `جلسه تازه: ${when}`;
        case 'SESSION_MOVED':
          return `جلسه جابه‌جا شد، زمان تازه: ${when}`;
        case 'SESSION_CANCELLED':
          return `جلسه لغو شد: ${when}`;
        case 'MESSAGE':
          return 'پیام تازه';
        case 'CLOSED':
          return 'درخواست بسته شد';
      }
    },
    online: 'آنلاین',
    body: ({ organization, changes, url }) =>
      [
        'سلام،',
        '',
        `درباره درخواست مشاوره انجمن ${organization} خبر تازه‌ای هست:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'درخواست را باز کنید:',
        url,
      ].join('\n'),
  },
  signature: 'KolLEktiv – محل دیدار برای مشارکت اجتماعی و آشنایی، Leipzig',
};

export default fa;
