import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { mayEditAgendaItem, mayReadMeetingRecord } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { agendaLoaders } from './agenda-loaders.js';
import { AgendaDecisionEnum, AgendaItemInput, AgendaItemType } from './agenda.types.js';
import type { AgendaItem } from './network.entities.js';
import type { AgendaDecision } from './network.enums.js';
import { meetingStateOf } from './meeting-state.js';
import { NetworkMeetingType, type NetworkMeetingView } from './network.types.js';

@Resolver(() => NetworkMeetingType)
export class MeetingAgendaResolver {
  @FieldResolver(() => [AgendaItemType], {
    description: 'Accepted topics by position, then proposed ones oldest first, then merged and declined ones.',
  })
  async agenda(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<AgendaItem[]> {
    return mayReadMeetingRecord(context.viewer) ? agendaLoaders(context).agenda.load(meeting.id) : [];
  }
}

@Resolver(() => AgendaItemType)
export class AgendaResolver {
  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The MO that brought it; null for the centre’s own topics.' })
  async organization(@Root() item: AgendaItem, @Ctx() context: GraphQLContext): Promise<Organization | null> {
    return item.organizationId ? agendaLoaders(context).organization.load(item.organizationId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may change it now: its MO until staff decide and while the agenda is open to it, staff always.',
  })
  async mayEdit(@Root() item: AgendaItem, @Ctx() context: GraphQLContext): Promise<boolean> {
    const { viewer, services } = context;
    // one query for all the topics of an operation (`agendaLoaders`)
    const meeting = await agendaLoaders(context).meeting.load(item.meetingId);
    if (!meeting) return false;
    const now = services.clock();
    return mayEditAgendaItem(viewer, item, { state: meetingStateOf(meeting, now), agendaDeadline: meeting.agendaDeadline }, now);
  }

  @Mutation(() => AgendaItemType, {
    description:
      'A member for their MO until the agenda deadline, staff (also with a proposal) until the meeting starts. AGENDA_CLOSED after, and for a meeting held or called off.',
  })
  proposeAgendaItem(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<AgendaItem> {
    return services.agenda.propose(viewer, meetingId, input);
  }

  @Mutation(() => AgendaItemType, {
    description:
      'Its MO until staff decide on it (ALREADY_DECIDED after) and while the agenda is open to it (AGENDA_CLOSED after); staff always.',
  })
  updateAgendaItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<AgendaItem> {
    return services.agenda.update(viewer, id, input);
  }

  @Mutation(() => AgendaItemType, {
    description:
      'Staff: ACCEPT (at the end), MERGE into another topic of the meeting (intoItemId), MOVE to the end of a later meeting to come (toMeetingId), DECLINE.',
  })
  decideAgendaItem(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => AgendaDecisionEnum) decision: AgendaDecision,
    @Arg('toMeetingId', () => ID, { nullable: true }) toMeetingId: string | null,
    @Arg('intoItemId', () => ID, { nullable: true }) intoItemId: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<AgendaItem> {
    return services.agenda.decide(viewer, id, decision, { toMeetingId, intoItemId });
  }

  @Mutation(() => NetworkMeetingType, { description: 'Staff: the order of the accepted topics, each exactly once.' })
  orderAgenda(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('itemIds', () => [ID]) itemIds: string[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView> {
    return services.agenda.order(viewer, meetingId, itemIds);
  }
}
