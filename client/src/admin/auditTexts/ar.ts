import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in Arabic; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'ملاحظات',
    reason: 'السبب',
    status: 'الحالة',
    active: 'قيد الاستخدام',
    language: 'اللغة',
    languages: 'اللغات',
    createdById: 'أنشأه',
    keptBookings: 'الحجوزات التي بقيت',
  },
  status: {
    CONFIRMED: 'محجوز',
    CANCELLED: 'ملغى',
  },
  yes: 'نعم',
  no: 'لا',
};

export default auditTexts;
