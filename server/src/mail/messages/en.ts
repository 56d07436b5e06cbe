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
  signature: 'KolLEktiv – meeting place for engagement and encounter, Leipzig',
};

export default en;
