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
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `رزرو تأیید شد: ${title}`;
        case 'DECLINED':
          return `رزرو ممکن نیست: ${title}`;
        case 'LAPSED':
          return `مهلت رزرو تمام شد: ${title}`;
        case 'RELEASED':
          return `اتاق خالی شد: ${title}`;
        case 'OFFERED':
          return `یک اتاق برای شما خالی است: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'سلام،',
        '',
        {
          APPROVED: `تیم KolLEktiv رزرو «${title}» مربوط به ${organization} را تأیید کرد.`,
          DECLINED: `تیم KolLEktiv نمی‌تواند رزرو «${title}» مربوط به ${organization} را تأیید کند. اتاق دوباره خالی است.`,
          LAPSED: `رزرو «${title}» مربوط به ${organization} به‌موقع تأیید نشد، بنابراین اتاق دوباره خالی است.`,
          RELEASED: `برای رزرو «${title}» مربوط به ${organization} کسی به‌موقع حضور خود را ثبت نکرد، بنابراین اتاق برای دیگران خالی شد.`,
          OFFERED: `اتاقی که منتظرش بودید خالی است: «${title}» برای ${organization}. تا ${until ?? ''} برای شما نگه داشته می‌شود. لطفاً آن را در تقویم تأیید کنید.`,
        }[news],
        '',
        `زمان: ${when}`,
        ...(reason ? ['', `دلیل: ${reason}`] : []),
        '',
        'تقویم:',
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
        `دربارهٔ درخواست مشاورهٔ انجمن ${organization} خبر تازه‌ای هست:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'درخواست را باز کنید:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `صورت‌جلسه: ${title}`;
        case 'MEETING_CANCELLED':
          return `لغو شد: ${title}`;
        case 'MEETING_MOVED':
          return `جابه‌جا شد: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `پاسخ به پیشنهاد شما: ${title}`;
        case 'ANSWER_REMINDER':
          return `می‌آیید؟ ${title}`;
        case 'COMING_REMINDER':
          return `فردا: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'برنامه‌ریزی شد', DECLINED: 'رد شد', DONE: 'انجام شد' };
      const sentence = {
        MINUTES_PUBLISHED: `صورت‌جلسه و تصمیم‌های نشست شبکه «${title}» منتشر شد.`,
        MEETING_CANCELLED: `نشست شبکه «${title}» لغو شد.`,
        MEETING_MOVED: `زمان یا مکان نشست شبکه «${title}» تغییر کرد.`,
        PROPOSAL_ANSWERED: `تیم KolLEktiv به پیشنهاد «${title}» انجمن شما پاسخ داد${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `انجمن شما هنوز اعلام نکرده است که در نشست شبکه «${title}» شرکت می‌کند یا نه. لطفاً در برنامه پاسخ دهید.`,
        COMING_REMINDER: `انجمن شما فردا در نشست شبکه «${title}» شرکت می‌کند. منتظر دیدارتان هستیم!`,
      }[kind];
      return [
        'سلام،',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `الان: ${when}` : `زمان و مکان: ${when}`] : []),
        ...(answer ? ['', `پاسخ: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'پیشنهادها را باز کنید:' : 'نشست را باز کنید:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – محل دیدار برای مشارکت اجتماعی و آشنایی، Leipzig',
  privacy: ({ url }) => `نحوهٔ پردازش داده‌های شما: ${url}`,
};

export default fa;
