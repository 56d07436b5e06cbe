import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { mayReadMeetingAttendance, mayReadMeetingRecord } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { agendaLoaders } from './agenda-loaders.js';
import { DecisionStateEnum, MeetingAttendanceEntryType, MeetingDecisionType, MinutesInput } from './agenda.types.js';
import type { MeetingAttendance, MeetingDecision } from './network.entities.js';
import type { DecisionState } from './network.enums.js';
import { NetworkMeetingType, type NetworkMeetingView } from './network.types.js';

@Resolver(() => NetworkMeetingType)
export class MeetingMinutesResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Null until staff publish them; never on the public page.' })
  minutes(@Root() meeting: NetworkMeetingView, @Ctx() { viewer }: GraphQLContext): string | null {
    return mayReadMeetingRecord(viewer) ? meeting.minutes : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the minutes as they are now were published.' })
  minutesPublishedAt(@Root() meeting: NetworkMeetingView, @Ctx() { viewer }: GraphQLContext): Date | null {
    return mayReadMeetingRecord(viewer) ? meeting.minutesPublishedAt : null;
  }

  @FieldResolver(() => [MeetingDecisionType], { description: 'In the order of the minutes; empty until they are published.' })
  async decisions(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<MeetingDecision[]> {
    return mayReadMeetingRecord(context.viewer) ? agendaLoaders(context).decisions.load(meeting.id) : [];
  }

  @FieldResolver(() => [MeetingAttendanceEntryType], { nullable: true, description: 'Staff only, else null: who came, as recorded.' })
  async attendance(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<MeetingAttendance[] | null> {
    return mayReadMeetingAttendance(context.viewer) ? agendaLoaders(context).attendance.load(meeting.id) : null;
  }

  @Mutation(() => NetworkMeetingType, {
    description:
      'Staff, once the meeting has started (MEETING_NOT_HELD before, and for one called off). Publishing again replaces the text, the decisions (matched by id) and, when given, the attendance.',
  })
  publishMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => MinutesInput) input: MinutesInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView> {
    return services.minutes.publish(viewer, meetingId, input);
  }

  @Mutation(() => MeetingDecisionType, { description: 'Staff: a decision is done, or open again.' })
  updateDecision(
    @Arg('id', () => ID) id: string,
    @Arg('state', () => DecisionStateEnum) state: DecisionState,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<MeetingDecision> {
    return services.minutes.updateDecision(viewer, id, state);
  }
}

@Resolver(() => MeetingAttendanceEntryType)
export class MeetingAttendanceResolver {
  @FieldResolver(() => OrganizationType)
  async organization(@Root() entry: MeetingAttendance, @Ctx() context: GraphQLContext): Promise<Organization> {
    const organization = await agendaLoaders(context).organization.load(entry.organizationId);
    if (!organization) throw new Error(`attendance names organisation ${entry.organizationId}, which is gone`);
    return organization;
  }
}
