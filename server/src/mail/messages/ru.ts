import type { MailMessages } from './types.js';

const ru: MailMessages = {
  invitation: {
    subject: 'Приглашение: бронирование комнат в KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Здравствуйте, ${name || ''}`.trim().replace(/,$/, '') + '!',
        '',
        organization
          ? `${inviter} приглашает Вас бронировать комнаты в KolLEktiv для организации «${organization}».`
          : `${inviter} приглашает Вас в команду бронирования комнат в KolLEktiv.`,
        'Откройте эту ссылку и придумайте пароль:',
        '',
        url,
        '',
        `Ссылка действует до ${until} и только один раз.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'Новый пароль для бронирования комнат в KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `Здравствуйте, ${name}!`,
        '',
        'По этой ссылке Вы можете выбрать новый пароль:',
        '',
        url,
        '',
        `Ссылка действует до ${until} и только один раз. Если Вы не просили новый пароль, просто удалите это письмо.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `Отменено: ${title}` : `Перенесено: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'Здравствуйте!',
        '',
        after
          ? `${byStaff ? 'Команда KolLEktiv перенесла' : 'Кто-то другой перенёс'} бронирование «${title}» организации «${organization}».`
          : `${byStaff ? 'Команда KolLEktiv отменила' : 'Кто-то другой отменил'} бронирование «${title}» организации «${organization}».`,
        '',
        after ? `Теперь: ${after}` : `Было: ${before}`,
        ...(after ? [`Раньше: ${before}`] : []),
        ...(reason ? ['', `Причина: ${reason}`] : []),
        '',
        'Календарь:',
        url,
      ].join('\n'),
  },
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `Подтверждено: ${title}`;
        case 'DECLINED':
          return `Невозможно: ${title}`;
        case 'LAPSED':
          return `Срок истёк: ${title}`;
        case 'RELEASED':
          return `Освобождено: ${title}`;
        case 'OFFERED':
          return `Для вас освободилась комната: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'Здравствуйте,',
        '',
        {
          APPROVED: `Команда KolLEktiv подтвердила бронирование «${title}» организации ${organization}.`,
          DECLINED: `Команда KolLEktiv не может подтвердить бронирование «${title}» организации ${organization}. Комната снова свободна.`,
          LAPSED: `Бронирование «${title}» организации ${organization} не подтвердили вовремя, поэтому комната снова свободна.`,
          RELEASED: `На бронирование «${title}» организации ${organization} никто вовремя не отметился, поэтому комната освобождена для других.`,
          OFFERED: `Комната, которую вы ждёте, свободна: «${title}» для ${organization}. Её держат для вас до ${until ?? ''}. Пожалуйста, подтвердите его в календаре.`,
        }[news],
        '',
        `Когда: ${when}`,
        ...(reason ? ['', `Причина: ${reason}`] : []),
        '',
        'Календарь:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `Коучинг для «${organization}»: новости`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'Новый запрос на коучинг';
        case 'ASSIGNED':
          return 'Назначен коуч';
        case 'DECLINED':
          return 'Запрос отклонён';
        case 'SESSION_SCHEDULED':
          return `Новая встреча: ${when}`;
        case 'SESSION_MOVED':
          return `Встреча перенесена, теперь: ${when}`;
        case 'SESSION_CANCELLED':
          return `Встреча отменена: ${when}`;
        case 'MESSAGE':
          return 'Новое сообщение';
        case 'CLOSED':
          return 'Запрос закрыт';
      }
    },
    online: 'онлайн',
    body: ({ organization, changes, url }) =>
      [
        'Здравствуйте!',
        '',
        `Есть новости по запросу на коучинг организации «${organization}»:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'Запрос:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `Протокол: ${title}`;
        case 'MEETING_CANCELLED':
          return `Отменено: ${title}`;
        case 'MEETING_MOVED':
          return `Перенесено: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `Ответ на ваше предложение: ${title}`;
        case 'ANSWER_REMINDER':
          return `Вы придёте? ${title}`;
        case 'COMING_REMINDER':
          return `Завтра: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'запланировано', DECLINED: 'отклонено', DONE: 'выполнено' };
      const sentence = {
        MINUTES_PUBLISHED: `Протокол и решения встречи сети «${title}» опубликованы.`,
        MEETING_CANCELLED: `Встреча сети «${title}» отменена.`,
        MEETING_MOVED: `Встреча сети «${title}» перенесена.`,
        PROPOSAL_ANSWERED: `Команда KolLEktiv ответила на предложение вашей организации «${title}»${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `Ваша организация ещё не сообщила, придёт ли она на встречу сети «${title}». Пожалуйста, ответьте в приложении.`,
        COMING_REMINDER: `Ваша организация завтра придёт на встречу сети «${title}». Ждём вас!`,
      }[kind];
      return [
        'Здравствуйте!',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `Теперь: ${when}` : `Когда и где: ${when}`] : []),
        ...(answer ? ['', `Ответ: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'Предложения:' : 'Встреча:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – место встреч и общественной активности, Leipzig',
  privacy: ({ url }) => `Как мы обрабатываем ваши данные: ${url}`,
};

export default ru;
