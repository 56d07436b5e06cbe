import type { MailMessages } from './types.js';

const ar: MailMessages = {
  invitation: {
    subject: 'دعوتكم لحجز الغرف في KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `مرحبًا ${name || ''}`.trim() + '،',
        '',
        organization
          ? `يدعوكم ${inviter} إلى حجز الغرف في KolLEktiv لمنظمة «${organization}».`
          : `يدعوكم ${inviter} إلى الانضمام إلى فريق حجز الغرف في KolLEktiv.`,
        'افتحوا هذا الرابط واختاروا كلمة مرور:',
        '',
        url,
        '',
        `الرابط صالح حتى ${until}، ولمرة واحدة فقط.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'كلمة مرور جديدة لحجز الغرف في KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `مرحبًا ${name}،`,
        '',
        'من خلال هذا الرابط تختارون كلمة مرور جديدة:',
        '',
        url,
        '',
        `الرابط صالح حتى ${until}، ولمرة واحدة فقط. إذا لم تطلبوا كلمة مرور جديدة، يمكنكم ببساطة حذف هذه الرسالة.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `تم إلغاء الحجز: ${title}` : `تم نقل الحجز: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'مرحبًا،',
        '',
        after
          ? `قام ${byStaff ? 'فريق مركز KolLEktiv' : 'شخص آخر'} بنقل حجز «${title}» الخاص بمنظمة ${organization}.`
          : `قام ${byStaff ? 'فريق مركز KolLEktiv' : 'شخص آخر'} بإلغاء حجز «${title}» الخاص بمنظمة ${organization}.`,
        '',
        after ? `الآن: ${after}` : `كان الموعد: ${before}`,
        ...(after ? [`سابقًا: ${before}`] : []),
        ...(reason ? ['', `السبب: ${reason}`] : []),
        '',
        'افتحوا التقويم:',
        url,
      ].join('\n'),
  },
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `تم تأكيد الحجز: ${title}`;
        case 'DECLINED':
          return `الحجز غير ممكن: ${title}`;
        case 'LAPSED':
          return `انتهت مهلة الحجز: ${title}`;
        case 'RELEASED':
          return `تم تحرير الغرفة: ${title}`;
        case 'OFFERED':
          return `غرفة متاحة لكم: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'مرحبًا،',
        '',
        {
          APPROVED: `أكّد فريق مركز KolLEktiv حجز «${title}» الخاص بمنظمة ${organization}.`,
          DECLINED: `لا يستطيع فريق مركز KolLEktiv تأكيد حجز «${title}» الخاص بمنظمة ${organization}. الغرفة متاحة من جديد.`,
          LAPSED: `لم يتم تأكيد حجز «${title}» الخاص بمنظمة ${organization} في الوقت المحدد، لذلك أصبحت الغرفة متاحة من جديد.`,
          RELEASED: `لم يسجّل أحد حضوره لحجز «${title}» الخاص بمنظمة ${organization} في الوقت المحدد، لذلك أصبحت الغرفة متاحة للآخرين.`,
          OFFERED: `الغرفة التي تنتظرونها متاحة: «${title}» لمنظمة ${organization}. نحجزها لكم حتى ${until ?? ''}. يرجى تأكيدها في التقويم.`,
        }[news],
        '',
        `الموعد: ${when}`,
        ...(reason ? ['', `السبب: ${reason}`] : []),
        '',
        'افتحوا التقويم:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `الإرشاد لمنظمة ${organization}: مستجدات`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'طلب إرشاد جديد';
        case 'ASSIGNED':
          return 'تم تعيين مرشد';
        case 'DECLINED':
          return 'تم رفض الطلب';
        case 'SESSION_SCHEDULED':
          return `جلسة جديدة: ${when}`;
        case 'SESSION_MOVED':
          return `تم نقل الجلسة، الموعد الجديد: ${when}`;
        case 'SESSION_CANCELLED':
          return `تم إلغاء الجلسة: ${when}`;
        case 'MESSAGE':
          return 'رسالة جديدة';
        case 'CLOSED':
          return 'تم إغلاق الطلب';
      }
    },
    online: 'عبر الإنترنت',
    body: ({ organization, changes, url }) =>
      [
        'مرحبًا،',
        '',
        `هناك مستجدات بشأن طلب الإرشاد الخاص بمنظمة ${organization}:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'افتحوا الطلب:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `المحضر: ${title}`;
        case 'MEETING_CANCELLED':
          return `تم الإلغاء: ${title}`;
        case 'MEETING_MOVED':
          return `تم تغيير الموعد: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `رد على اقتراحكم: ${title}`;
        case 'ANSWER_REMINDER':
          return `هل ستحضرون؟ ${title}`;
        case 'COMING_REMINDER':
          return `غدًا: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'مُخطَّط له', DECLINED: 'مرفوض', DONE: 'تم تنفيذه' };
      const sentence = {
        MINUTES_PUBLISHED: `تم نشر محضر وقرارات لقاء الشبكة «${title}».`,
        MEETING_CANCELLED: `تم إلغاء لقاء الشبكة «${title}».`,
        MEETING_MOVED: `تم تغيير موعد لقاء الشبكة «${title}».`,
        PROPOSAL_ANSWERED: `ردّ فريق مركز KolLEktiv على اقتراح منظمتكم «${title}»${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `لم تُخبرنا منظمتكم بعد إن كانت ستحضر لقاء الشبكة «${title}». يُرجى الرد في التطبيق.`,
        COMING_REMINDER: `ستحضر منظمتكم غدًا لقاء الشبكة «${title}». نتطلع إلى لقائكم!`,
      }[kind];
      return [
        'مرحبًا،',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `الموعد الجديد: ${when}` : `الموعد والمكان: ${when}`] : []),
        ...(answer ? ['', `الرد: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'افتحوا الاقتراحات:' : 'افتحوا اللقاء:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – ملتقى للعمل المجتمعي والتعارف، Leipzig',
  privacy: ({ url }) => `كيف نتعامل مع بياناتكم: ${url}`,
};

export default ar;
