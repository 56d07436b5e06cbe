import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { proposalAbilities, viewerSupports, type ProposalAbilities } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ProposalStatus } from './network.enums.js';
import type { ProposalView } from './proposal.service.js';
import { ProposalAbilitiesType, ProposalInput, ProposalStatusEnum, ProposalType } from './proposal.types.js';

@Resolver(() => ProposalType)
export class ProposalsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the viewer’s MO supports it; false for anyone without an MO.' })
  supportedByMine(@Root() proposal: ProposalView, @Ctx() { viewer }: GraphQLContext): boolean {
    return viewerSupports(
      viewer,
      proposal.supporters.map((organization) => organization.id),
    );
  }

  @FieldResolver(() => ProposalAbilitiesType, { description: 'What the viewer may do on this proposal now.' })
  abilities(@Root() proposal: ProposalView, @Ctx() { viewer }: GraphQLContext): ProposalAbilities {
    return proposalAbilities(viewer, proposal);
  }

  @Query(() => [ProposalType], {
    description: 'Signed-in members, coaches and staff: the most supported first, then the newest; optionally of some states only.',
  })
  proposals(
    @Arg('status', () => [ProposalStatusEnum], { nullable: true }) status: ProposalStatus[] | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ProposalView[]> {
    return services.proposals.list(viewer, status);
  }

  @Mutation(() => ProposalType, { description: 'A member, for their own MO.' })
  createProposal(
    @Arg('input', () => ProposalInput) input: ProposalInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ProposalView> {
    return services.proposals.create(viewer, input);
  }

  @Mutation(() => ProposalType, { description: 'Its MO’s members while it is OPEN; ALREADY_DECIDED once staff answered.' })
  updateProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalInput) input: ProposalInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ProposalView> {
    return services.proposals.update(viewer, id, input);
  }

  @Mutation(() => ProposalType, {
    description:
      'A member gives (true) or withdraws (false) their MO’s support, for another MO’s proposal while OPEN or PLANNED. OWN_PROPOSAL, ALREADY_SUPPORTED, NOT_SUPPORTED, ALREADY_DECIDED.',
  })
  supportProposal(
    @Arg('id', () => ID) id: string,
    @Arg('support', () => Boolean) support: boolean,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ProposalView> {
    return services.proposals.support(viewer, id, support);
  }

  @Mutation(() => ProposalType, {
    description: 'Staff: PLANNED, DECLINED (the answer is the reason) or DONE, with words for the MO; may answer again. OPEN is refused.',
  })
  answerProposal(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ProposalStatusEnum) status: ProposalStatus,
    @Arg('answer', () => String) answer: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ProposalView> {
    return services.proposals.answer(viewer, id, status, answer);
  }
}
