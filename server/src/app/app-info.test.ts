import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { ConfigError, loadConfig } from '../config.js';
import { privacyInfo } from './app-info.js';

const PRIVACY_QUERY = `{ appInfo { privacy {
  controllerName controllerContact imprintUrl sessionDays auditRetentionMonths notificationRetentionMonths backupDays
} } }`;

describe('what the privacy page reads from configuration', () => {
  it('takes the controller and imprint from the environment, a written \\n breaking the address', () => {
    const config = loadConfig({
      PRIVACY_CONTROLLER_NAME: 'KolLEktiv e. V.',
      PRIVACY_CONTROLLER_CONTACT: 'Zschochersche Str. 50\\n04229 Leipzig',
      IMPRINT_URL: 'https://kollektiv.example/impressum',
    });
    expect(config.privacy).toEqual({
      controllerName: 'KolLEktiv e. V.',
      controllerContact: 'Zschochersche Str. 50\n04229 Leipzig',
      imprintUrl: 'https://kollektiv.example/impressum',
    });
  });

  it('refuses an imprint address a link on every page must not carry', () => {
    expect(() => loadConfig({ IMPRINT_URL: 'javascript:alert(1)' })).toThrow(ConfigError);
    expect(() => loadConfig({ IMPRINT_URL: 'data:text/html,hi' })).toThrow(ConfigError);
    expect(() => loadConfig({ IMPRINT_URL: 'impressum.html' })).toThrow(ConfigError);
  });

  it('states the periods the app applies: sessions, retention, and how long backups keep erased data', () => {
    const defaults = privacyInfo(loadConfig({}));
    expect(defaults).toEqual({
      controllerName: null,
      controllerContact: null,
      imprintUrl: null,
      sessionDays: 30,
      auditRetentionMonths: 24,
      notificationRetentionMonths: 6,
      backupDays: null,
    });
    const configured = privacyInfo(
      loadConfig({
        SESSION_DAYS: '14',
        RETENTION_AUDIT_MONTHS: '12',
        RETENTION_NOTIFICATIONS_MONTHS: '3',
        BACKUP_DIR: '/var/backups/kollektiv',
        BACKUP_EVERY_HOURS: '12',
        BACKUP_KEEP: '7',
      }),
    );
    // seven backups twelve hours apart: the oldest is three and a half days old, so erased data goes within four
    expect(configured).toMatchObject({ sessionDays: 14, auditRetentionMonths: 12, notificationRetentionMonths: 3, backupDays: 4 });
  });

  it('answers everyone, signed in or not, through appInfo', async () => {
    const app = await createTestApp({
      config: {
        privacy: { controllerName: 'KolLEktiv e. V.', controllerContact: 'datenschutz@kollektiv.example', imprintUrl: undefined },
        retention: { auditMonths: 18, notificationsMonths: 2 },
      },
    });
    try {
      const { appInfo } = await app.client().data(PRIVACY_QUERY);
      expect(appInfo.privacy).toEqual({
        controllerName: 'KolLEktiv e. V.',
        controllerContact: 'datenschutz@kollektiv.example',
        imprintUrl: null,
        sessionDays: 30,
        auditRetentionMonths: 18,
        notificationRetentionMonths: 2,
        backupDays: null,
      });
    } finally {
      await app.stop();
    }
  });
});
