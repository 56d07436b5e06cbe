import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in Russian; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'Заметки',
    reason: 'Причина',
    status: 'Состояние',
    active: 'Действует',
    language: 'Язык',
    languages: 'Языки',
    createdById: 'Создал(а)',
    keptBookings: 'Оставленные бронирования',
  },
  status: {
    CONFIRMED: 'забронировано',
    CANCELLED: 'отменено',
  },
  yes: 'да',
  no: 'нет',
};

export default auditTexts;
