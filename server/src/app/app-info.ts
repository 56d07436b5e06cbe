import type { AppConfig } from '../config.js';
import type { PrivacyInfo } from './app-info.types.js';

/**
 * The privacy page's facts, read from the same settings the app applies: the session length that ends a
 * sign-in, the retention periods the retention work uses and the backup schedule, so the page and the practice
 * cannot differ.
 */
export function privacyInfo(config: AppConfig): PrivacyInfo {
  return {
    controllerName: config.privacy.controllerName ?? null,
    controllerContact: config.privacy.controllerContact ?? null,
    imprintUrl: config.privacy.imprintUrl ?? null,
    sessionDays: config.sessionDays,
    auditRetentionMonths: config.retention.auditMonths,
    notificationRetentionMonths: config.retention.notificationsMonths,
    // the oldest kept backup is `keep` periods old: an erased person's data lingers there that long
    backupDays: config.backup.dir === undefined ? null : Math.ceil((config.backup.everyHours * config.backup.keep) / 24),
  };
}
