import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NETWORK_NOTICE_KINDS, type NetworkNoticeKind } from './network-notices.js';

export const NetworkNoticeKindEnum = Object.fromEntries(NETWORK_NOTICE_KINDS.map((kind) => [kind, kind])) as {
  [K in NetworkNoticeKind]: K;
};
registerEnumType(NetworkNoticeKindEnum, {
  name: 'NetworkNoticeKind',
  description: 'What an MO is told of the network: news others made, or a reminder before a meeting.',
});

@ObjectType('NetworkNotice', { description: 'News of the network for your MO: of one meeting or one proposal.' })
export class NetworkNoticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => NetworkNoticeKindEnum)
  kind!: NetworkNoticeKind;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => ID, { nullable: true, description: 'The meeting it tells of (opened at /network/<id>); null for a proposal.' })
  meetingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The proposal it tells of; null for a meeting.' })
  proposalId!: string | null;

  @Field(() => String, { description: 'The meeting’s or the proposal’s title, as it is now.' })
  title!: string;

  @Field(() => Date, { nullable: true, description: 'When the meeting starts, as it is now; null for a proposal.' })
  start!: Date | null;
}
