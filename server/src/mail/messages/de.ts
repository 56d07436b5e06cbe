import type { MailMessages } from './types.js';

/** German: the centre's own language, and the fallback. */
const de: MailMessages = {
  invitation: {
    subject: 'Ihre Einladung zur Raumbuchung im KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Hallo ${name || ''}`.trim() + ',',
        '',
        organization
          ? `${inviter} lädt Sie ein, für „${organization}“ Räume im KolLEktiv zu buchen.`
          : `${inviter} lädt Sie ins Team der Raumbuchung im KolLEktiv ein.`,
        'Öffnen Sie diesen Link und wählen Sie ein Passwort:',
        '',
        url,
        '',
        `Der Link gilt bis ${until} und nur einmal.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'Neues Passwort für die Raumbuchung im KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `Hallo ${name},`,
        '',
        'Mit diesem Link wählen Sie ein neues Passwort:',
        '',
        url,
        '',
        `Der Link gilt bis ${until} und nur einmal. Wenn Sie kein neues Passwort wollten, löschen Sie diese E-Mail einfach.`,
      ].join('\n'),
  },
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `Abgesagt: ${title}` : `Verschoben: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'Hallo,',
        '',
        after
          ? `${byStaff ? 'Das Team von KolLEktiv' : 'Jemand anderes'} hat die Buchung „${title}“ von ${organization} verschoben.`
          : `${byStaff ? 'Das Team von KolLEktiv' : 'Jemand anderes'} hat die Buchung „${title}“ von ${organization} abgesagt.`,
        '',
        after ? `Jetzt: ${after}` : `Sie war: ${before}`,
        ...(after ? [`Vorher: ${before}`] : []),
        ...(reason ? ['', `Grund: ${reason}`] : []),
        '',
        'Zum Kalender:',
        url,
      ].join('\n'),
  },
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `Bestätigt: ${title}`;
        case 'DECLINED':
          return `Nicht möglich: ${title}`;
        case 'LAPSED':
          return `Verfallen: ${title}`;
        case 'RELEASED':
          return `Freigegeben: ${title}`;
        case 'OFFERED':
          return `Ein Raum ist frei für Sie: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'Hallo,',
        '',
        {
          APPROVED: `Das KolLEktiv-Team hat die Buchung „${title}“ von ${organization} bestätigt.`,
          DECLINED: `Das KolLEktiv-Team kann die Buchung „${title}“ von ${organization} leider nicht bestätigen. Der Raum ist wieder frei.`,
          LAPSED: `Die Buchung „${title}“ von ${organization} wurde nicht rechtzeitig bestätigt. Der Raum ist wieder frei.`,
          RELEASED: `Für die Buchung „${title}“ von ${organization} hat niemand rechtzeitig eingecheckt. Der Raum wurde für andere freigegeben.`,
          OFFERED: `Der Raum, auf den Sie warten, ist frei: „${title}“ für ${organization}. Er wird bis ${until ?? ''} für Sie freigehalten. Bitte bestätigen Sie ihn im Kalender.`,
        }[news],
        '',
        `Wann: ${when}`,
        ...(reason ? ['', `Grund: ${reason}`] : []),
        '',
        'Zum Kalender:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `Coaching für ${organization}: Neuigkeiten`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'Neue Coaching-Anfrage';
        case 'ASSIGNED':
          return 'Ein Coach wurde zugewiesen';
        case 'DECLINED':
          return 'Die Anfrage wurde abgelehnt';
        case 'SESSION_SCHEDULED':
          return `Neuer Termin: ${when}`;
        case 'SESSION_MOVED':
          return `Termin verschoben, jetzt: ${when}`;
        case 'SESSION_CANCELLED':
          return `Termin abgesagt: ${when}`;
        case 'MESSAGE':
          return 'Neue Nachricht';
        case 'CLOSED':
          return 'Die Anfrage wurde abgeschlossen';
      }
    },
    online: 'online',
    body: ({ organization, changes, url }) =>
      [
        'Hallo,',
        '',
        `es gibt Neues zur Coaching-Anfrage von ${organization}:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'Zur Anfrage:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `Protokoll: ${title}`;
        case 'MEETING_CANCELLED':
          return `Abgesagt: ${title}`;
        case 'MEETING_MOVED':
          return `Verschoben: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `Antwort auf Ihren Vorschlag: ${title}`;
        case 'ANSWER_REMINDER':
          return `Kommen Sie? ${title}`;
        case 'COMING_REMINDER':
          return `Morgen: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'geplant', DECLINED: 'abgelehnt', DONE: 'umgesetzt' };
      const sentence = {
        MINUTES_PUBLISHED: `das Protokoll und die Beschlüsse des Netzwerktreffens „${title}“ sind veröffentlicht.`,
        MEETING_CANCELLED: `das Netzwerktreffen „${title}“ wurde abgesagt.`,
        MEETING_MOVED: `das Netzwerktreffen „${title}“ wurde verschoben.`,
        PROPOSAL_ANSWERED: `das Team von KolLEktiv hat auf den Vorschlag „${title}“ Ihrer Organisation geantwortet${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `Ihre Organisation hat noch nicht gesagt, ob sie zum Netzwerktreffen „${title}“ kommt. Bitte antworten Sie in der App.`,
        COMING_REMINDER: `Ihre Organisation kommt morgen zum Netzwerktreffen „${title}“. Wir freuen uns auf Sie!`,
      }[kind];
      return [
        'Hallo,',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `Jetzt: ${when}` : `Wann und wo: ${when}`] : []),
        ...(answer ? ['', `Die Antwort: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'Zu den Vorschlägen:' : 'Zum Treffen:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – Treffpunkt für Engagement und Begegnung, Leipzig',
  privacy: ({ url }) => `Wie wir mit Ihren Daten umgehen: ${url}`,
};

export default de;
