import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  coachingRequestAbilities,
  mayReadCoachAccount,
  mayReadCoachContact,
  mayReadCoachingRequest,
  mayReadCoachSuggestions,
  type CoachingRequestAbilities,
} from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Room } from '../locations/room.entity.js';
import type { Location } from '../locations/location.entity.js';
import { LocationType, RoomType } from '../locations/location.types.js';
import type { Coach, CoachingRequest, CoachingSession } from './coaching.entities.js';
import type { CoachingMessageView } from './coaching.service.js';
import { isOverdue, OVERDUE_WITHIN_DAYS, suggestCoaches, type CoachSuggestion } from './coaching-queue.js';
import { CoachSuggestionType } from './coaching-queue.types.js';
import type { CoachingStatus } from './coaching.enums.js';
import {
  CoachInput,
  CoachingMessageType,
  CoachingRequestAbilitiesType,
  CoachingRequestInput,
  CoachingRequestType,
  CoachingSessionInput,
  CoachingSessionType,
  CoachingStatusEnum,
  CoachType,
  UpdateCoachInput,
} from './coaching.types.js';

/** The active coaches, read once per operation however many requests a queue shows. */
const activeCoachesOfOperation = new WeakMap<GraphQLContext, Promise<Coach[]>>();
function activeCoaches(context: GraphQLContext): Promise<Coach[]> {
  const known = activeCoachesOfOperation.get(context);
  if (known) return known;
  const loading = context.services.coaches.activeCoaches();
  activeCoachesOfOperation.set(context, loading);
  return loading;
}

@Resolver(() => CoachingRequestType)
export class CoachingResolver {
  @FieldResolver(() => [CoachSuggestionType], {
    description: 'Staff only, empty for everyone else: active coaches who know the topic or speak a language of the request, best first.',
  })
  async suggestedCoaches(@Root() request: CoachingRequest, @Ctx() context: GraphQLContext): Promise<Array<CoachSuggestion<Coach>>> {
    if (!mayReadCoachSuggestions(context.viewer)) return [];
    return suggestCoaches(request, await activeCoaches(context));
  }

  @FieldResolver(() => Boolean, {
    description: `Still waiting (REQUESTED or ASSIGNED: no session set) with a deadline passed or under ${OVERDUE_WITHIN_DAYS} days away, by the server's clock.`,
  })
  overdue(@Root() request: CoachingRequest, @Ctx() { services }: GraphQLContext): boolean {
    return isOverdue(request, services.clock());
  }

  @FieldResolver(() => CoachingRequestAbilitiesType, { description: 'What the viewer may do on this request now.' })
  viewerMay(@Root() request: CoachingRequest, @Ctx() { viewer }: GraphQLContext): CoachingRequestAbilities {
    return coachingRequestAbilities(viewer, request);
  }

  @FieldResolver(() => [CoachingMessageType], { description: 'The notes this reader may read, oldest first.' })
  messages(@Root() request: CoachingRequest, @Ctx() { services, viewer }: GraphQLContext): Promise<CoachingMessageView[]> {
    return services.coaching.messagesFor(viewer, request);
  }

  @FieldResolver(() => [CoachingSessionType], { description: 'Oldest first, cancelled ones too.' })
  async sessions(@Root() request: CoachingRequest, @Ctx() { loaders, viewer }: GraphQLContext): Promise<CoachingSession[]> {
    // one query for all the requests of an answer (a list, a live refetch), not one per request
    return mayReadCoachingRequest(viewer, request) ? loaders.coachingSessionsByRequest.load(request.id) : [];
  }

  @Mutation(() => CoachingSessionType, {
    description: 'The request’s coach or staff: in a room (booked like any booking: BOOKING_CONFLICT names the taken slot) or online.',
  })
  scheduleCoachingSession(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('input', () => CoachingSessionInput) input: CoachingSessionInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingSession> {
    return services.coachingSessions.schedule(viewer, requestId, input);
  }

  @Mutation(() => CoachingSessionType, { description: 'The MO, the request’s coach or staff; a room is free again.' })
  cancelCoachingSession(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingSession> {
    return services.coachingSessions.cancel(viewer, id, reason);
  }

  @Mutation(() => CoachingSessionType, {
    description: 'The MO, the request’s coach or staff: another time, another room, or between a room and online.',
  })
  moveCoachingSession(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CoachingSessionInput) input: CoachingSessionInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingSession> {
    return services.coachingSessions.move(viewer, id, input);
  }

  @Query(() => [CoachingRequestType], {
    description: 'Newest first: a member their MO’s requests, a coach those assigned to them, staff all.',
  })
  coachingRequests(
    @Arg('status', () => [CoachingStatusEnum], { nullable: true }) status: CoachingStatus[] | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingRequest[]> {
    return services.coaching.listRequests(viewer, { status, organizationId });
  }

  @Query(() => CoachingRequestType, { nullable: true, description: 'NOT_FOUND for a request the viewer may not read.' })
  coachingRequest(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<CoachingRequest> {
    return services.coaching.findRequest(viewer, id);
  }

  @Mutation(() => CoachingRequestType, { description: 'A member for their own MO; staff for any MO.' })
  requestCoaching(
    @Arg('input', () => CoachingRequestInput) input: CoachingRequestInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingRequest> {
    return services.coaching.requestCoaching(viewer, input);
  }

  @Mutation(() => CoachingRequestType, { description: 'Staff only. WRONG_STATUS once the request is closed or declined.' })
  assignCoach(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('coachId', () => ID) coachId: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingRequest> {
    return services.coaching.assignCoach(viewer, requestId, coachId);
  }

  @Mutation(() => CoachingRequestType, { description: 'Staff only; the MO reads the reason.' })
  declineCoachingRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingRequest> {
    return services.coaching.declineRequest(viewer, requestId, reason);
  }

  @Mutation(() => CoachingMessageType, {
    description: 'Anyone who may read the request; a staff-only note only staff and the request’s coach.',
  })
  addCoachingMessage(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('text', () => String) text: string,
    // as the contract has it: left out or null, a note for everyone who reads the request
    @Arg('staffOnly', () => Boolean, { nullable: true, defaultValue: false }) staffOnly: boolean | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingMessageView> {
    return services.coaching.addMessage(viewer, requestId, text, staffOnly ?? false);
  }

  @Mutation(() => CoachingRequestType, {
    description:
      'The MO’s members or staff, with how it went. Sessions still to come (starting after now) are cancelled with it and their rooms freed; each is told as a cancelled session.',
  })
  closeCoachingRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('outcome', () => String) outcome: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingRequest> {
    return services.coaching.closeRequest(viewer, requestId, outcome);
  }
}

@Resolver(() => CoachType)
export class CoachResolver {
  @FieldResolver(() => String, { nullable: true, description: 'For staff and the coach; null for everyone else.' })
  contact(@Root() coach: Coach, @Ctx() { viewer }: GraphQLContext): string | null {
    return mayReadCoachContact(viewer, coach) ? coach.contact : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Staff only: the person (role COACH) who signs in as this coach.' })
  userId(@Root() coach: Coach, @Ctx() { viewer }: GraphQLContext): string | null {
    return mayReadCoachAccount(viewer) ? coach.userId : null;
  }

  @Query(() => [CoachType], { description: 'Staff only: every coach, active ones first.' })
  coaches(@Ctx() { services, viewer }: GraphQLContext): Promise<Coach[]> {
    return services.coaches.listCoaches(viewer);
  }

  @Mutation(() => CoachType, { description: 'Staff only.' })
  createCoach(@Arg('input', () => CoachInput) input: CoachInput, @Ctx() { services, viewer }: GraphQLContext): Promise<Coach> {
    return services.coaches.createCoach(viewer, input);
  }

  @Mutation(() => CoachType, { description: 'Staff only: only the fields given change.' })
  updateCoach(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCoachInput) input: UpdateCoachInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Coach> {
    return services.coaches.updateCoach(viewer, id, input);
  }
}

@Resolver(() => CoachingSessionType)
export class CoachingSessionResolver {
  @FieldResolver(() => RoomType, { nullable: true, description: 'Null for a session online.' })
  async room(@Root() session: CoachingSession, @Ctx() { loaders }: GraphQLContext): Promise<Room | null> {
    return session.roomId ? loaders.roomById.load(session.roomId) : null;
  }

  @FieldResolver(() => LocationType, {
    nullable: true,
    description:
      'The house of the room, with its address; null for a session online. Beside `room` so that a list of requests with their sessions stays shallow.',
  })
  async house(@Root() session: CoachingSession, @Ctx() { loaders }: GraphQLContext): Promise<Location | null> {
    const room = session.roomId ? await loaders.roomById.load(session.roomId) : null;
    return room ? loaders.locationById.load(room.locationId) : null;
  }
}
