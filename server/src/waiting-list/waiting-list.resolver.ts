import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../auth/viewer.js';
import { draftFrom, draftFromJson } from '../bookings/booking-shape.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { WaitingListView } from './waiting-list.service.js';
import { WaitingListEntryType, WaitingListInput } from './waiting-list.types.js';

@Resolver()
export class WaitingListResolver {
  @Query(() => [WaitingListEntryType], {
    description: 'The slots your MO waits for (staff: every MO’s), offers first; only those still waiting or offered.',
  })
  async myWaitingList(@Ctx() { services, viewer }: GraphQLContext): Promise<EntryAnswer[]> {
    return (await services.waitingList.list(viewer)).map((view) => toEntryType(view, viewer));
  }

  @Mutation(() => WaitingListEntryType, {
    description:
      'Waits for a taken slot. BAD_USER_INPUT with reason SLOT_IS_FREE when it is free (book it), ALREADY_WAITING, WAITING_LIST_FULL, IN_THE_PAST.',
  })
  async joinWaitingList(
    @Arg('input', () => WaitingListInput) input: WaitingListInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<EntryAnswer> {
    const view = await services.waitingList.join(viewer, {
      draft: draftFrom(input),
      seriesId: input.seriesId ?? null,
      occurrenceStart: input.occurrenceStart ?? null,
    });
    return toEntryType(view, viewer);
  }

  @Mutation(() => WaitingListEntryType, { description: 'Leaves the list; an offer you hold is declined and goes to the next in line.' })
  async leaveWaitingList(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<EntryAnswer> {
    return toEntryType(await services.waitingList.leave(viewer, id), viewer);
  }

  @Mutation(() => WaitingListEntryType, {
    description: 'Takes the offer up: its held booking becomes yours. BAD_USER_INPUT OFFER_EXPIRED once the hold has passed.',
  })
  async confirmWaitingListOffer(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<EntryAnswer> {
    return toEntryType(await services.waitingList.confirm(viewer, id), viewer);
  }

  @Mutation(() => WaitingListEntryType, { description: 'Declines the offer: the slot goes to the next in line.' })
  async declineWaitingListOffer(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<EntryAnswer> {
    return toEntryType(await services.waitingList.decline(viewer, id), viewer);
  }
}

/** An entry as the API answers it: the room, MO and offer as their own types' resolvers read them. */
type EntryAnswer = Omit<WaitingListEntryType, 'room' | 'organization' | 'offer'> & {
  room: Room;
  organization: Organization;
  offer: BookingView | null;
};

function toEntryType({ entry, room, organization, offer, ahead }: WaitingListView, viewer: Viewer): EntryAnswer {
  const { roomId: _roomId, organizationId: _organizationId, start: _start, end: _end, ...wished } = draftFromJson(entry.draft);
  return {
    ...wished,
    id: entry.id,
    status: entry.status,
    room,
    organization,
    start: entry.start,
    end: entry.end,
    seriesId: entry.seriesId,
    occurrenceStart: entry.occurrenceStart,
    ahead,
    offer: offer ? toBookingView(offer, viewer) : null,
    joinedAt: entry.createdAt,
  };
}
