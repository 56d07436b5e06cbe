import type { MessageTree } from '../../i18n/message-tree.js';
import type { AuditTexts } from './de.js';

/** The audit log's own words in Farsi; see de.ts. */
const auditTexts: MessageTree<AuditTexts> = {
  fields: {
    notes: 'یادداشت‌ها',
    reason: 'دلیل',
    status: 'وضعیت',
    active: 'در حال استفاده',
    language: 'زبان',
    languages: 'زبان‌ها',
    createdById: 'ایجاد شده توسط',
    keptBookings: 'رزروهای نگه داشته',
  },
  status: {
    CONFIRMED: 'رزرو شده',
    CANCELLED: 'لغو شده',
  },
  yes: 'بله',
  no: 'نه',
};

export default auditTexts;
