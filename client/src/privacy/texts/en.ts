import type { MessageTree } from '../../i18n/message-tree.js';
import type { PrivacyTexts } from './de.js';

const privacyTexts: MessageTree<PrivacyTexts> = {
  heading: 'Privacy',
  intro: 'What data this room booking stores, why, for how long, and who sees it.',
  controller: {
    heading: 'Who is responsible?',
    missing: 'The operator has not entered a name here yet. Please ask the team in the house.',
    imprintBefore: 'More about the operator:',
  },
  stored: {
    heading: 'What we store and why',
    account:
      'Your account: name, e-mail address, language, role and organisation; the password only encrypted. So that you can sign in and the team knows who belongs to which organisation.',
    sessions: 'Your sign-ins: a cookie with a random key, and when you last signed in. So that you stay signed in.',
    bookings:
      'Bookings: room, time, title, organisation, kind, number of people, notes and who booked. So that rooms are shared fairly and the house can show the city how they are used.',
    organization: 'Your organisation: name, description, languages and contact. So that members and people interested can find it.',
    coaching: 'Coaching: requests, messages and sessions. So that the team and your coach can advise you.',
    network: 'Network: your organisation’s answers to meetings, topics, proposals and minutes. So that the meetings can be planned.',
    notices: 'Notifications and e-mails about changes others made. So that you hear about them.',
    changeLog: 'The change log: who changed what and when. So that changes can be traced and mistakes cleared up.',
    feeds: 'Calendar subscriptions: a secret address, stored only encrypted. So that your calendar app shows the bookings.',
    serverLogs:
      'Server logs: technical details of requests and errors, without names, e-mail addresses or keys. So that errors can be found.',
    browser: 'In your browser: the sign-in cookie and your language. No advertising, no tracking, no services of other providers.',
    legalBasis:
      'The legal basis is Art. 6(1)(b) GDPR (you use the room booking) and, for logs, Art. 6(1)(f) (a secure and traceable service).',
  },
  retention: {
    heading: 'How long we keep data',
    links: 'Invitations and password reset links: deleted as soon as they have expired.',
    mails: 'E-mails: deleted as soon as they have been sent.',
    sessions:
      'Sign-ins: deleted when you sign out, at the latest after one day. | Sign-ins: deleted when you sign out, at the latest after {count} days.',
    notices: 'Notifications: deleted after one month. | Notifications: deleted after {count} months.',
    changeLog:
      'Change log: names and e-mail addresses are replaced by a pseudonym after one month. | Change log: names and e-mail addresses are replaced by a pseudonym after {count} months.',
    account:
      'Your account stays until the team erases it, at your request or your organisation’s. Then name, e-mail address, password, sign-ins, calendar subscriptions and notifications are deleted. Your bookings stay without a reference to you, for the organisation and the city’s figures.',
    backups:
      'Backup copies of the database: replaced by newer ones after one day; until then they also hold erased data. | Backup copies of the database: replaced by newer ones after {count} days; until then they also hold erased data.',
    backupsUnscheduled: 'Backup copies of the database hold the data until newer ones replace them.',
  },
  audiences: {
    heading: 'Who sees what',
    public:
      'Everyone, also without signing in: when a room is booked, title and organisation of public bookings, and the public profiles of the organisations.',
    displays: 'The screens in the house: the day’s bookings in that house, private bookings only as “booked”.',
    members:
      'Signed-in members of all organisations: all bookings (other organisations’ private bookings only as “booked”), the organisations’ contacts, the network meetings and their minutes.',
    ownOrganization:
      'Members of your organisation also: the notes on its bookings, its coaching requests with their messages, and its answers in the network.',
    coaches:
      'Coaches: the coaching requests they look after, with all messages, and the network meetings with their minutes; otherwise what everyone sees.',
    staff: 'The team: everything, including names, e-mail addresses and the change log. It needs this to run the house.',
    nobodyElse: 'Nobody else: the room booking passes no data to other services. E-mails go through the operator’s mail server.',
  },
  rights: {
    heading: 'Your rights',
    access: 'Access and a copy: download all data about you as a file under “My account”.',
    toAccount: 'Go to “My account”',
    correct: 'Correction: change your name and language under “My account”; the team changes everything else.',
    erase: 'Erasure, restriction and objection: write to the responsible body above, or talk to the team.',
    complain: 'Complaint: to a data protection supervisory authority; in Saxony, the Saxon Data Protection and Transparency Commissioner.',
  },
  export: {
    heading: 'My data',
    text: 'Everything the room booking stores about you, as one file (JSON).',
    download: 'Download my data',
    privacy: 'What we store and why',
  },
  erasePerson: {
    download: 'Download data',
    erase: 'Erase person',
    heading: 'Erase {name} for good?',
    goes: 'Deleted: name, e-mail address, password, sign-ins, calendar subscriptions and notifications.',
    stays:
      'Kept: the bookings without a reference to the person, for the organisation and the city’s figures. The change log shows a pseudonym instead of the name.',
    done: 'The person was erased.',
  },
  confirmErase: {
    final: 'This cannot be undone.',
    confirm: 'Erase for good',
    keep: 'Do not erase',
  },
  eraseOrganization: {
    erase: 'Erase organisation',
    heading: 'Erase {name} for good?',
    goes: 'Deleted: the organisation’s name, description and contacts, and all its people, as with “Erase person”. Its coming bookings are cancelled and the rooms are free again.',
    stays: 'Kept: its past bookings without a name, for the city’s figures. The change log shows a pseudonym instead of the name.',
    done: 'The organisation was erased.',
  },
};

export default privacyTexts;
