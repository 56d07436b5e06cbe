import type { MailMessages } from './types.js';

const en: MailMessages = {
  invitation: {
    subject: 'Your invitation to book rooms at KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Hello ${name || ''}`.trim() + ',',
        '',
        organization
          ? `${inviter} invites you to book rooms at KolLEktiv for “${organization}”.`
          : `${inviter} invites you to the KolLEktiv room booking team.`,
        'Open this link and choose a password:',
        '',
        url,
        '',
        `The link works until ${until}, and only once.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'A new password for KolLEktiv room booking',
    body: ({ name, url, until }) =>
      [
        `Hello ${name},`,
        '',
        'Use this link to choose a new password:',
        '',
        url,
        '',
        `The link works until ${until}, and only once. If you did not ask for a new password, just delete this e-mail.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `Cancelled: ${title}` : `Moved: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'Hello,',
        '',
        after
          ? `${byStaff ? 'The KolLEktiv team' : 'Someone else'} has moved the booking “${title}” of ${organization}.`
          : `${byStaff ? 'The KolLEktiv team' : 'Someone else'} has cancelled the booking “${title}” of ${organization}.`,
        '',
        after ? `Now: ${after}` : `It was: ${before}`,
        ...(after ? [`Before: ${before}`] : []),
        ...(reason ? ['', `Reason: ${reason}`] : []),
        '',
        'The calendar:',
        url,
      ].join('\n'),
  },
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `Confirmed: ${title}`;
        case 'DECLINED':
          return `Not possible: ${title}`;
        case 'LAPSED':
          return `Lapsed: ${title}`;
        case 'RELEASED':
          return `Released: ${title}`;
        case 'OFFERED':
          return `A room is free for you: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'Hello,',
        '',
        {
          APPROVED: `The KolLEktiv team has confirmed the booking “${title}” of ${organization}.`,
          DECLINED: `The KolLEktiv team cannot confirm the booking “${title}” of ${organization}. The room is free again.`,
          LAPSED: `The booking “${title}” of ${organization} was not confirmed in time, so the room is free again.`,
          RELEASED: `Nobody checked in for the booking “${title}” of ${organization} in time, so the room was released for others.`,
          OFFERED: `The room you were waiting for is free: “${title}” for ${organization}. It is kept for you until ${until ?? ''}. Please confirm it in the calendar.`,
        }[news],
        '',
        `When: ${when}`,
        ...(reason ? ['', `Reason: ${reason}`] : []),
        '',
        'The calendar:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `Coaching for ${organization}: news`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'New coaching request';
        case 'ASSIGNED':
          return 'A coach has been assigned';
        case 'DECLINED':
          return 'The request was declined';
        case 'SESSION_SCHEDULED':
          return `New session: ${when}`;
        case 'SESSION_MOVED':
          return `Session moved, now: ${when}`;
        case 'SESSION_CANCELLED':
          return `Session cancelled: ${when}`;
        case 'MESSAGE':
          return 'New message';
        case 'CLOSED':
          return 'The request was closed';
      }
    },
    online: 'online',
    body: ({ organization, changes, url }) =>
      [
        'Hello,',
        '',
        `there is news about the coaching request of ${organization}:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'The request:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `Minutes: ${title}`;
        case 'MEETING_CANCELLED':
          return `Cancelled: ${title}`;
        case 'MEETING_MOVED':
          return `Moved: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `Answer to your proposal: ${title}`;
        case 'ANSWER_REMINDER':
          return `Are you coming? ${title}`;
        case 'COMING_REMINDER':
          return `Tomorrow: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'planned', DECLINED: 'declined', DONE: 'done' };
      const sentence = {
        MINUTES_PUBLISHED: `the minutes and decisions of the network meeting “${title}” are published.`,
        MEETING_CANCELLED: `the network meeting “${title}” has been cancelled.`,
        MEETING_MOVED: `the network meeting “${title}” has been moved.`,
        PROPOSAL_ANSWERED: `the KolLEktiv team has answered your organisation’s proposal “${title}”${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `your organisation has not yet said whether it is coming to the network meeting “${title}”. Please answer in the app.`,
        COMING_REMINDER: `your organisation is coming to the network meeting “${title}” tomorrow. We look forward to seeing you!`,
      }[kind];
      return [
        'Hello,',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `Now: ${when}` : `When and where: ${when}`] : []),
        ...(answer ? ['', `The answer: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'The proposals:' : 'The meeting:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – meeting place for engagement and encounter, Leipzig',
  privacy: ({ url }) => `How we handle your data: ${url}`,
};

export default en;
