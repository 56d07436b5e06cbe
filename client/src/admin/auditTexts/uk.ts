import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in Ukrainian; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'Нотатки',
    reason: 'Причина',
    status: 'Стан',
    active: 'Діє',
    language: 'Мова',
    languages: 'Мови',
    createdById: 'Створив(ла)',
    keptBookings: 'Залишені бронювання',
  },
  status: {
    CONFIRMED: 'заброньовано',
    CANCELLED: 'скасовано',
  },
  yes: 'так',
  no: 'ні',
};

export default auditTexts;
