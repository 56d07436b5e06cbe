import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in English; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'My waiting list',
  intro:
    'When a slot you wait for becomes free, it is held for your organisation for {minutes} minutes. Confirm it in that time, or it goes to the next on the list.',
  none: 'Your organisation is not waiting for any slot.',
  join: 'Tell me when it is free',
  joinHint: 'This slot is booked. We can tell you when it becomes free.',
  joinTitle: 'What for? (title)',
  joined: 'You are on the waiting list for {when}.',
  ahead: 'Organisations ahead of you: {count}',
  waiting: 'Waiting',
  offerHeading: 'Free now: please confirm',
  offerText: '{title}, {when}, {room}: held for your organisation.',
  timeLeft: '{time} left',
  confirm: 'Confirm booking',
  decline: 'Decline',
  leave: 'Leave the waiting list',
  confirmed: 'Booked: “{title}”, {when}.',
  declined: 'Declined. The slot goes to the next on the list.',
  left: 'You left the waiting list for {when}.',
  loadFailed: 'The waiting list could not be loaded. Please try again.',
};

export default waitingListTexts;
