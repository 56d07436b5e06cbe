import { Field, ObjectType } from 'type-graphql';

/** What the client needs to know about this installation before anyone signs in. */
export interface AppInfo {
  /** Published demo accounts exist (development, or a public demo instance); the UI says so. */
  demo: boolean;
}

@ObjectType('AppInfo')
export class AppInfoType {
  @Field(() => Boolean, { description: 'This installation has the published demo accounts; the UI says it is a demo.' })
  demo!: boolean;
}
