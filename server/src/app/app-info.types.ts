import { Field, ObjectType } from 'type-graphql';

/** What the client needs to know about this installation before anyone signs in. */
export interface AppInfo {
  /** Published demo accounts exist (development, or a public demo instance); the UI says so. */
  demo: boolean;
  /** E-mail goes out (SMTP_URL); otherwise staff pass invitation and reset links on themselves. */
  mailConfigured: boolean;
}

@ObjectType('AppInfo')
export class AppInfoType {
  @Field(() => Boolean, { description: 'This installation has the published demo accounts; the UI says it is a demo.' })
  demo!: boolean;

  @Field(() => Boolean, { description: 'Invitations and reset links are e-mailed; otherwise staff pass them on.' })
  mailConfigured!: boolean;
}
