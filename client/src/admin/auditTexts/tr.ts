import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in Turkish; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'Notlar',
    reason: 'Neden',
    status: 'Durum',
    active: 'Kullanımda',
    language: 'Dil',
    languages: 'Diller',
    createdById: 'Oluşturan',
    keptBookings: 'Korunan rezervasyonlar',
  },
  status: {
    CONFIRMED: 'rezerve',
    CANCELLED: 'iptal edildi',
  },
  yes: 'evet',
  no: 'hayır',
};

export default auditTexts;
