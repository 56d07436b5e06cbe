import type { MessageTree } from '../../i18n/message-tree.js';
import type { FindTexts } from './de.js';

/** The free-room search's answers in English; see de.ts. */
const findTexts: MessageTree<FindTexts> = {
  results: 'One room is free. | {count} rooms are free.',
  busy: 'No suitable room is free at this time.',
  busyOffers: 'Choose one of the free times below, or another day.',
  busyNothingNear:
    'Nothing suitable is free at other times of this day or on the next three days either. Try another day or less equipment.',
  tooBig: 'No room is big enough for one person. | No room is big enough for {count} people.',
  tooBigWith:
    'No room with this equipment ({features}) is big enough for one person. | No room with this equipment ({features}) is big enough for {count} people.',
  largest: 'The largest has room for one person. | The largest has room for {count} people.',
  tooBigHint: 'Split the group, or search for fewer people.',
  withoutFeatures: 'Without this equipment there are rooms for one person. | Without this equipment there are rooms for {count} people.',
  noFeatures: 'No room has everything you chose: {features}.',
  noFeaturesHint: 'Choose less equipment.',
  otherHouses: 'Other houses have a suitable room.',
  searchAllHouses: 'Search all houses',
  laterDays: 'At the same time on the next days:',
};

export default findTexts;
