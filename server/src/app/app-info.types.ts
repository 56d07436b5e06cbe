import { Field, Int, ObjectType } from 'type-graphql';

/**
 * What the privacy page (`/datenschutz`) says from configuration: who answers for the data, and how long each
 * kind of it is kept. The figures are the ones the retention work applies, so the page cannot promise another.
 */
export interface PrivacyInfo {
  controllerName: string | null;
  controllerContact: string | null;
  imprintUrl: string | null;
  sessionDays: number;
  auditRetentionMonths: number;
  notificationRetentionMonths: number;
  /** Scheduled backups are replaced by newer ones after this many days; null when none are scheduled. */
  backupDays: number | null;
}

/** What the client needs to know about this installation before anyone signs in. */
export interface AppInfo {
  /** Published demo accounts exist (development, or a public demo instance); the UI says so. */
  demo: boolean;
  /** E-mail goes out (SMTP_URL); otherwise staff pass invitation and reset links on themselves. */
  mailConfigured: boolean;
  privacy: PrivacyInfo;
}

@ObjectType('PrivacyInfo', { description: 'The controller of the data and how long it is kept, for the privacy page.' })
export class PrivacyInfoType {
  @Field(() => String, { nullable: true, description: 'Who is responsible for the data (PRIVACY_CONTROLLER_NAME).' })
  controllerName!: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach them: address, e-mail, phone; lines kept.' })
  controllerContact!: string | null;

  @Field(() => String, { nullable: true, description: "The operator's imprint (IMPRINT_URL), an http(s) address." })
  imprintUrl!: string | null;

  @Field(() => Int, { description: 'A sign-in lasts this many days at most (SESSION_DAYS).' })
  sessionDays!: number;

  @Field(() => Int, { description: 'Names in change-log entries older than this are pseudonymised (RETENTION_AUDIT_MONTHS).' })
  auditRetentionMonths!: number;

  @Field(() => Int, { description: 'Notifications are deleted after this many months (RETENTION_NOTIFICATIONS_MONTHS).' })
  notificationRetentionMonths!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Scheduled backups (holding erased data too) are replaced after this many days; null: none scheduled.',
  })
  backupDays!: number | null;
}

@ObjectType('AppInfo')
export class AppInfoType {
  @Field(() => Boolean, { description: 'This installation has the published demo accounts; the UI says it is a demo.' })
  demo!: boolean;

  @Field(() => Boolean, { description: 'Invitations and reset links are e-mailed; otherwise staff pass them on.' })
  mailConfigured!: boolean;

  @Field(() => PrivacyInfoType, { description: 'What the privacy page says from configuration.' })
  privacy!: PrivacyInfo;
}
