import type { MailMessages } from './types.js';

const uk: MailMessages = {
  invitation: {
    subject: 'Ваше запрошення до бронювання кімнат у KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Вітаємо, ${name || ''}`.trim().replace(/,$/, '') + '!',
        '',
        organization
          ? `${inviter} запрошує Вас бронювати кімнати в KolLEktiv для організації «${organization}».`
          : `${inviter} запрошує Вас до команди бронювання кімнат у KolLEktiv.`,
        'Відкрийте це посилання та оберіть пароль:',
        '',
        url,
        '',
        `Посилання діє до ${until} і лише один раз.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'Новий пароль для бронювання кімнат у KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `Вітаємо, ${name}!`,
        '',
        'За цим посиланням Ви можете обрати новий пароль:',
        '',
        url,
        '',
        `Посилання діє до ${until} і лише один раз. Якщо Ви не просили новий пароль, просто видаліть цей лист.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `Скасовано: ${title}` : `Перенесено: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'Вітаємо!',
        '',
        after
          ? `${byStaff ? 'Команда KolLEktiv перенесла' : 'Хтось інший переніс'} бронювання «${title}» організації «${organization}».`
          : `${byStaff ? 'Команда KolLEktiv скасувала' : 'Хтось інший скасував'} бронювання «${title}» організації «${organization}».`,
        '',
        after ? `Тепер: ${after}` : `Було: ${before}`,
        ...(after ? [`Раніше: ${before}`] : []),
        ...(reason ? ['', `Причина: ${reason}`] : []),
        '',
        'Календар:',
        url,
      ].join('\n'),
  },
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `Підтверджено: ${title}`;
        case 'DECLINED':
          return `Неможливо: ${title}`;
        case 'LAPSED':
          return `Термін минув: ${title}`;
        case 'RELEASED':
          return `Звільнено: ${title}`;
        case 'OFFERED':
          return `Для вас звільнилася кімната: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'Вітаємо,',
        '',
        {
          APPROVED: `Команда KolLEktiv підтвердила бронювання «${title}» організації ${organization}.`,
          DECLINED: `Команда KolLEktiv не може підтвердити бронювання «${title}» організації ${organization}. Кімната знову вільна.`,
          LAPSED: `Бронювання «${title}» організації ${organization} не підтвердили вчасно, тому кімната знову вільна.`,
          RELEASED: `На бронювання «${title}» організації ${organization} ніхто вчасно не зареєструвався, тому кімнату звільнено для інших.`,
          OFFERED: `Кімната, на яку ви чекаєте, вільна: «${title}» для ${organization}. Її тримають для вас до ${until ?? ''}. Будь ласка, підтвердьте його в календарі.`,
        }[news],
        '',
        `Коли: ${when}`,
        ...(reason ? ['', `Причина: ${reason}`] : []),
        '',
        'Календар:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `Коучинг для «${organization}»: новини`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'Новий запит на коучинг';
        case 'ASSIGNED':
          return 'Призначено коуча';
        case 'DECLINED':
          return 'Запит відхилено';
        case 'SESSION_SCHEDULED':
          return `Нова зустріч: ${when}`;
        case 'SESSION_MOVED':
          return `Зустріч перенесено, тепер: ${when}`;
        case 'SESSION_CANCELLED':
          return `Зустріч скасовано: ${when}`;
        case 'MESSAGE':
          return 'Нове повідомлення';
        case 'CLOSED':
          return 'Запит закрито';
      }
    },
    online: 'онлайн',
    body: ({ organization, changes, url }) =>
      [
        'Вітаємо!',
        '',
        `Є новини щодо запиту на коучинг організації «${organization}»:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'Запит:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `Протокол: ${title}`;
        case 'MEETING_CANCELLED':
          return `Скасовано: ${title}`;
        case 'MEETING_MOVED':
          return `Перенесено: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `Відповідь на вашу пропозицію: ${title}`;
        case 'ANSWER_REMINDER':
          return `Ви прийдете? ${title}`;
        case 'COMING_REMINDER':
          return `Завтра: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'заплановано', DECLINED: 'відхилено', DONE: 'виконано' };
      const sentence = {
        MINUTES_PUBLISHED: `протокол і рішення зустрічі мережі «${title}» опубліковано.`,
        MEETING_CANCELLED: `зустріч мережі «${title}» скасовано.`,
        MEETING_MOVED: `зустріч мережі «${title}» перенесено.`,
        PROPOSAL_ANSWERED: `команда KolLEktiv відповіла на пропозицію вашої організації «${title}»${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `ваша організація ще не повідомила, чи прийде на зустріч мережі «${title}». Будь ласка, дайте відповідь у застосунку.`,
        COMING_REMINDER: `ваша організація завтра приходить на зустріч мережі «${title}». Чекаємо на вас!`,
      }[kind];
      return [
        'Вітаємо!',
        '',
        sentence.charAt(0).toUpperCase() + sentence.slice(1),
        ...(when ? ['', kind === 'MEETING_MOVED' ? `Тепер: ${when}` : `Коли і де: ${when}`] : []),
        ...(answer ? ['', `Відповідь: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'Пропозиції:' : 'Зустріч:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – місце для громадської активності та зустрічей, Leipzig',
  privacy: ({ url }) => `Як ми обробляємо ваші дані: ${url}`,
};

export default uk;
