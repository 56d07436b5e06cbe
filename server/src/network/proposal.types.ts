import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationType } from '../organizations/organization.types.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from './network.enums.js';
import type { ProposalDraft } from './proposal.service.js';

export const ProposalStatusEnum = Object.fromEntries(PROPOSAL_STATUSES.map((status) => [status, status])) as {
  [K in ProposalStatus]: K;
};
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description: 'OPEN until staff answer; then PLANNED, DECLINED (the answer is the reason) or DONE. Staff may answer again.',
});

@ObjectType('ProposalAbilities', {
  description: 'What the viewer may do on this proposal now, by the policy and its state; the server still checks each step.',
})
export class ProposalAbilitiesType {
  @Field(() => Boolean, { description: 'Give or withdraw their MO’s support (another MO’s proposal, OPEN or PLANNED).' })
  support!: boolean;

  @Field(() => Boolean, { description: 'Change it: its MO’s members while it is OPEN.' })
  edit!: boolean;

  @Field(() => Boolean, { description: 'Answer it (again): staff.' })
  answer!: boolean;
}

@ObjectType('Proposal', { description: 'Something an MO proposes for the centre between meetings, which other MOs support.' })
export class ProposalType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType, { description: 'The MO that proposes it.' })
  organization!: OrganizationType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'A few lines; may be empty.' })
  text!: string;

  @Field(() => String, { description: 'The language the MO wrote it in (BCP 47).' })
  language!: string;

  @Field(() => ProposalStatusEnum)
  status!: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'Staff’s answer (a declined proposal’s reason); null while OPEN.' })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { description: 'How many MOs support it; one voice per MO.' })
  supportCount!: number;

  @Field(() => [OrganizationType], { description: 'The MOs that support it, the earliest first.' })
  supporters!: OrganizationType[];
}

@InputType('ProposalInput')
export class ProposalInput {
  @Field(() => String, { description: 'At most 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters.' })
  text?: string | null;

  @Field(() => String, { description: 'BCP 47 tag of the language it is written in.' })
  language!: string;
}

/** The input and the service's draft name the same fields: a field added to one only fails the build. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
export const proposalInputAgrees: SameKeys<ProposalInput, ProposalDraft> = true;
