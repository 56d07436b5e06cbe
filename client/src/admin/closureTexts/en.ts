import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in English; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'What happens to the bookings in this time?',
  intro: 'Bookings affected: {count}. The organisations learn of your decision at once, in the calendar and by e-mail in their language.',
  changedMeanwhile: 'Someone booked here in the meantime. Please decide about the new bookings too.',
  move: 'Move to:',
  moveRoomFor: 'New room for {title}',
  roomSuggested: '{room} – suggested',
  roomChosen: '{house}, room for {capacity} people.',
  noRoom: 'No other room is free and big enough at this time.',
  cancel: 'Cancel, with the reason for the closure',
  keep: 'Keep: it takes place despite the closure',
  undecided: 'Please choose for this booking.',
  confirmCreate: 'Enter the closure and do this',
  confirmDecide: 'Do this',
  dismiss: 'Back',
  created: 'Closure entered. Moved: {moved}, cancelled: {cancelled}, kept: {kept}.',
  decided: 'Done. Moved: {moved}, cancelled: {cancelled}, kept: {kept}.',
  ask: 'Decide about these bookings',
};

export default closureTexts;
