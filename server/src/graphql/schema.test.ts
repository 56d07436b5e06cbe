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
      'locations: [Location!]!',
      'organizations: [Organization!]!',
      'bookings(from: DateTime!, locationIds: [ID!], roomIds: [ID!], to: DateTime!): [Booking!]!',
      'me: User',
      'login(email: String!, password: String!): User!',
      'logout: Boolean!',
      'createBooking(input: CreateBookingInput!): Booking!',
      'moveBooking(end: DateTime!, expectedVersion: Int!, id: ID!, roomId: ID!, start: DateTime!): Booking!',
      'updateBooking(expectedVersion: Int!, id: ID!, input: UpdateBookingInput!): Booking!',
      'cancelBooking(expectedVersion: Int!, id: ID!): Booking!',
      'bookingChanged(after: String, locationIds: [ID!]): BookingChange!',
    ])
      expect(sdl).toContain(name);
  });
});
