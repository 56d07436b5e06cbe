import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  agendaIsOpen,
  answeringOrganizationOf,
  mayReadMeetingResponses,
  networkMeetingAbilities,
  type NetworkMeetingAbilities,
} from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Location } from '../locations/location.entity.js';
import { LocationType, RoomType } from '../locations/location.types.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { meetingStateOf } from './meeting-state.js';
import { languageNeeds, type LanguageNeed } from './language-needs.js';
import type { MeetingResponse } from './network.entities.js';
import type { MeetingState } from './network.enums.js';
import {
  LanguageNeedType,
  MeetingResponseInput,
  MeetingResponseType,
  MeetingStateEnum,
  NetworkMeetingAbilitiesType,
  NetworkMeetingInput,
  NetworkMeetingType,
  UpdateNetworkMeetingInput,
  type NetworkMeetingView,
} from './network.types.js';

/** What one operation reads once however many meetings it shows: the answers, the invited MOs, MOs by id. */
interface NetworkReads {
  responses: DataLoader<string, MeetingResponse[]>;
  invited: Promise<Organization[]> | null;
  organizations: DataLoader<string, Organization | null>;
}
const readsOfOperation = new WeakMap<GraphQLContext, NetworkReads>();
function reads(context: GraphQLContext): NetworkReads {
  let known = readsOfOperation.get(context);
  if (!known) {
    const service = context.services.networkResponses;
    known = {
      responses: new DataLoader((ids) => service.responsesOfMeetings(ids)),
      invited: null,
      organizations: new DataLoader(async (ids) => {
        const found = new Map((await service.organizationsByIds(ids)).map((organization) => [organization.id, organization]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
    readsOfOperation.set(context, known);
  }
  return known;
}
function invited(context: GraphQLContext): Promise<Organization[]> {
  const operation = reads(context);
  operation.invited ??= context.services.networkResponses.invitedOrganizations();
  return operation.invited;
}

@Resolver(() => NetworkMeetingType)
export class NetworkMeetingResolver {
  @Query(() => [NetworkMeetingType], {
    description: 'Signed-in members, coaches and staff: the meetings meeting [from, to) by start, called-off ones too; at most 400 days.',
  })
  networkMeetings(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView[]> {
    return services.networkMeetings.list(viewer, from, to);
  }

  @Query(() => NetworkMeetingType, { description: 'Signed-in members, coaches and staff; NOT_FOUND when there is none.' })
  networkMeeting(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<NetworkMeetingView> {
    return services.networkMeetings.find(viewer, id);
  }

  @Mutation(() => NetworkMeetingType, {
    description:
      'Staff only: a meeting (or a series: each its own meeting) booked for the centre like any booking; BOOKING_CONFLICT, LOCATION_CLOSED and OUTSIDE_OPENING_HOURS as for bookings. Returns the first.',
  })
  createNetworkMeeting(
    @Arg('input', () => NetworkMeetingInput) input: NetworkMeetingInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView> {
    return services.networkMeetings.create(viewer, input);
  }

  @Mutation(() => NetworkMeetingType, {
    description: 'Staff only: only the fields given change; STALE_VERSION when expectedVersion is not the version.',
  })
  updateNetworkMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNetworkMeetingInput) input: UpdateNetworkMeetingInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView> {
    return services.networkMeetings.update(viewer, id, input, expectedVersion);
  }

  @Mutation(() => NetworkMeetingType, { description: 'Staff only: the meeting is called off and its room freed; MOs read the reason.' })
  cancelNetworkMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkMeetingView> {
    return services.networkMeetings.cancel(viewer, id, reason);
  }

  @Mutation(() => MeetingResponseType, {
    description:
      'A member for their own MO (one answer per MO: a second replaces the first); MEETING_OVER once the meeting has started or was called off. Staff record who came with the minutes instead.',
  })
  respondToNetworkMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => MeetingResponseInput) input: MeetingResponseInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<MeetingResponse> {
    return services.networkResponses.respond(viewer, meetingId, input);
  }

  @FieldResolver(() => RoomType)
  async room(@Root() meeting: NetworkMeetingView, @Ctx() { loaders }: GraphQLContext): Promise<Room> {
    const room = await loaders.roomById.load(meeting.roomId);
    if (!room) throw new Error(`room ${meeting.roomId} of meeting ${meeting.id} not found`);
    return room;
  }

  @FieldResolver(() => LocationType, { description: 'The house of the room, with its address.' })
  async location(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<Location> {
    const room = await this.room(meeting, context);
    return context.loaders.locationById.load(room.locationId);
  }

  @FieldResolver(() => MeetingStateEnum, { description: "By the server's clock." })
  state(@Root() meeting: NetworkMeetingView, @Ctx() { services }: GraphQLContext): MeetingState {
    return meetingStateOf(meeting, services.clock());
  }

  @FieldResolver(() => Boolean, { description: 'Coming, and the agenda deadline not passed: MOs may put topics on it.' })
  agendaOpen(@Root() meeting: NetworkMeetingView, @Ctx() { services }: GraphQLContext): boolean {
    const now = services.clock();
    return agendaIsOpen({ state: meetingStateOf(meeting, now), agendaDeadline: meeting.agendaDeadline }, now);
  }

  @FieldResolver(() => MeetingResponseType, {
    nullable: true,
    description: 'The answer of the viewer’s MO; null for others and before it answered.',
  })
  async myResponse(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<MeetingResponse | null> {
    const organizationId = answeringOrganizationOf(context.viewer);
    if (organizationId === null) return null;
    const responses = await reads(context).responses.load(meeting.id);
    return responses.find((response) => response.organizationId === organizationId) ?? null;
  }

  @FieldResolver(() => Int, { description: 'How many MOs said they come.' })
  async attendingCount(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<number> {
    return (await reads(context).responses.load(meeting.id)).filter((response) => response.attending).length;
  }

  @FieldResolver(() => [MeetingResponseType], { nullable: true, description: 'Staff only, else null: every MO’s answer.' })
  async responses(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<MeetingResponse[] | null> {
    if (!mayReadMeetingResponses(context.viewer)) return null;
    return reads(context).responses.load(meeting.id);
  }

  @FieldResolver(() => [OrganizationType], {
    nullable: true,
    description: 'Staff only, else null: the invited MOs (active, of kind MO) that have not answered, by name.',
  })
  async notAnswered(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<Organization[] | null> {
    if (!mayReadMeetingResponses(context.viewer)) return null;
    const [responses, organizations] = await Promise.all([reads(context).responses.load(meeting.id), invited(context)]);
    const answered = new Set(responses.map((response) => response.organizationId));
    return organizations.filter((organization) => !answered.has(organization.id));
  }

  @FieldResolver(() => [LanguageNeedType], {
    nullable: true,
    description: 'Staff only, else null: per language, how many MOs coming need it and how many people they bring.',
  })
  async interpretationNeeds(@Root() meeting: NetworkMeetingView, @Ctx() context: GraphQLContext): Promise<LanguageNeed[] | null> {
    if (!mayReadMeetingResponses(context.viewer)) return null;
    return languageNeeds(await reads(context).responses.load(meeting.id));
  }

  @FieldResolver(() => NetworkMeetingAbilitiesType, { description: 'What the viewer may do with this meeting now.' })
  abilities(@Root() meeting: NetworkMeetingView, @Ctx() { services, viewer }: GraphQLContext): NetworkMeetingAbilities {
    const now = services.clock();
    return networkMeetingAbilities(viewer, { state: meetingStateOf(meeting, now), agendaDeadline: meeting.agendaDeadline }, now);
  }
}

@Resolver(() => MeetingResponseType)
export class MeetingResponseResolver {
  @FieldResolver(() => OrganizationType)
  async organization(@Root() response: MeetingResponse, @Ctx() context: GraphQLContext): Promise<Organization> {
    const organization = await reads(context).organizations.load(response.organizationId);
    if (!organization) throw new Error(`organization ${response.organizationId} of an answer not found`);
    return organization;
  }
}
