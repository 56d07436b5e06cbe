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
  signature: 'KolLEktiv – место встреч и общественной активности, Leipzig',
};

export default ru;
