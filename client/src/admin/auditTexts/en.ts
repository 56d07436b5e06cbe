import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in English; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'Notes',
    reason: 'Reason',
    status: 'State',
    active: 'In use',
    language: 'Language',
    languages: 'Languages',
    createdById: 'Created by',
    keptBookings: 'Bookings kept',
  },
  status: {
    CONFIRMED: 'booked',
    CANCELLED: 'cancelled',
  },
  yes: 'yes',
  no: 'no',
};

export default auditTexts;
