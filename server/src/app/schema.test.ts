import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaSdl } from './emit-schema.js';

describe('committed schema', () => {
  it('matches the resolvers (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaSdl());
  });

  it('keeps the names clients and scripts rely on', async () => {
    const sdl = await schemaSdl();
    for (const name of [
      'locations(includeRetired: Boolean! = false): [Location!]!',
      'organizations(includeInactive: Boolean! = false): [Organization!]!',
      'bookings(from: DateTime!, locationIds: [ID!], roomIds: [ID!], to: DateTime!): [Booking!]!',
      'me: User',
      'login(email: String!, password: String!): User!',
      'logout: Boolean!',
      'createBooking(input: CreateBookingInput!): Booking!',
      'moveBooking(end: DateTime!, expectedVersion: Int!, id: ID!, reason: String, roomId: ID!, start: DateTime!): Booking!',
      'updateBooking(expectedVersion: Int!, id: ID!, input: UpdateBookingInput!, reason: String): Booking!',
      'cancelBooking(expectedVersion: Int!, id: ID!, reason: String): Booking!',
      // weekly groups (issue "Weekly groups")
      'previewBookingSeries(input: BookingSeriesInput!): SeriesPreview!',
      'createBookingSeries(input: BookingSeriesInput!, onConflict: OnConflict! = FAIL): CreateBookingSeriesResult!',
      'updateBookingSeries(expectedVersion: Int, fromStart: DateTime, input: UpdateBookingSeriesInput!, seriesId: ID!): BookingSeriesChange!',
      'cancelBookingSeries(fromStart: DateTime, seriesId: ID!): BookingSeriesChange!',
      'holidays(from: DateTime!, locationId: ID, to: DateTime!): [ClosedPeriod!]!',
      // a closure over bookings takes a decision for each of them (issue 27); without any it closes an empty span as before
      'createClosure(decisions: [ClosureDecisionInput!]! = [], input: CreateClosureInput!): Closure!',
      'deleteClosure(id: ID!): Boolean!',
      // finding and knowing (issue "Find a free room")
      'freeRooms(features: [RoomFeature!], from: DateTime!, locationIds: [ID!], minCapacity: Int, to: DateTime!): [Room!]!',
      'freeSlots(date: Date!, minMinutes: Int, roomId: ID): [FreeSlot!]!',
      'myBookings(first: Int, from: DateTime): [Booking!]!',
      'searchBookings(from: DateTime!, text: String!, to: DateTime!): [Booking!]!',
      'notifications(unreadOnly: Boolean): [Notification!]!',
      'markNotificationsRead(ids: [ID!]): Int!',
      // the centre's own work (issue "The centre's own work")
      'usageReport(from: DateTime!, groupBy: [ReportDimension!]!, to: DateTime!): UsageReport!',
      'calendarFeeds: [CalendarFeed!]!',
      'publicOrganizations: [PublicOrganization!]!',
      'publicOrganization(shortName: String!): PublicOrganization',
      'renewCalendarFeed(kind: CalendarFeedKind!): CalendarFeed!',
      'bookingChanged(after: String, locationIds: [ID!]): BookingChange!',
      // administration (issue "Going live")
      'users(organizationId: ID): [User!]!',
      'invitations: [Invitation!]!',
      'auditLog(after: String, filter: AuditFilter, first: Int! = 50): AuditPage!',
      'createLocation(input: CreateLocationInput!): Location!',
      'updateLocation(id: ID!, input: UpdateLocationInput!): Location!',
      'createRoom(input: CreateRoomInput!): Room!',
      'updateRoom(id: ID!, input: UpdateRoomInput!): Room!',
      'createOrganization(input: CreateOrganizationInput!): Organization!',
      'updateOrganization(id: ID!, input: UpdateOrganizationInput!): Organization!',
      'inviteUser(input: InviteUserInput!): InvitationResult!',
      'revokeInvitation(id: ID!): Invitation!',
      'acceptInvitation(name: String!, password: String!, token: String!): User!',
      'updateUser(id: ID!, input: UpdateUserInput!): User!',
      'createPasswordReset(userId: ID!): PasswordResetLink!',
      'requestPasswordReset(email: String!): Boolean!',
      'resetPassword(password: String!, token: String!): User!',
      'changePassword(currentPassword: String!, newPassword: String!): Boolean!',
      'updateMe(input: UpdateMeInput!): User!',
      'directoryChanged: DirectoryChange!',
    ])
      expect(sdl).toContain(name);
  });
});
