import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password.js';
import { User, type UserRole } from '../src/auth/user.entity.js';
import type { BookingCategory, BookingVisibility } from '../src/bookings/booking.enums.js';
import { Coach } from '../src/coaching/coaching.entities.js';
import type { BookingRecord } from '../src/bookings/booking-record.js';
import { draftFrom } from '../src/bookings/booking-shape.js';
import { Location } from '../src/locations/location.entity.js';
import type { OpeningHours } from '../src/locations/opening-hours.js';
import { Room } from '../src/locations/room.entity.js';
import { Organization } from '../src/organizations/organization.entity.js';
import { SESSION_COOKIE } from '../src/auth/session.service.js';
import type { ApiClient, TestApp } from './harness.js';

const unique = () => randomBytes(4).toString('hex');

export const ALWAYS_OPEN: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
export const WEEKDAYS_8_TO_22: OpeningHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }));

export const TEST_PASSWORD = 'correct horse battery';

let testPasswordHash: Promise<string> | undefined;
/** scrypt is slow on purpose; test users share one hash of the one test password (its salt included). */
const hashOfTestPassword = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD));

/** Builds test data straight into the database of a running test app. */
export class Factory {
  constructor(private readonly app: TestApp) {}

  private get dataSource(): DataSource {
    return this.app.services.database.dataSource;
  }

  async location(overrides: Partial<Location> = {}): Promise<Location> {
    return this.dataSource.getRepository(Location).save({
      name: `Haus ${unique()}`,
      address: 'Beispielweg 1, 04229 Leipzig',
      timeZone: 'Europe/Berlin',
      openingHours: WEEKDAYS_8_TO_22,
      sortOrder: 0,
      ...overrides,
    });
  }

  async room(overrides: Partial<Room> & { locationId?: string } = {}): Promise<Room> {
    const locationId = overrides.locationId ?? (await this.location()).id;
    return this.dataSource.getRepository(Room).save({
      name: `Raum ${unique()}`,
      capacity: 20,
      features: [],
      colour: '#336699',
      sortOrder: 0,
      active: true,
      ...overrides,
      locationId,
    });
  }

  async organization(overrides: Partial<Organization> = {}): Promise<Organization> {
    return this.dataSource.getRepository(Organization).save({
      name: `MO ${unique()}`,
      shortName: 'MO',
      description: '',
      languages: ['de'],
      contactEmail: 'kontakt@mo.example',
      contactPhone: null,
      profilePublic: true,
      active: true,
      ...overrides,
    });
  }

  async user(role: UserRole, organizationId: string | null = null, overrides: Partial<User> = {}): Promise<User> {
    const email = `${role.toLowerCase()}-${unique()}@kollektiv.example`;
    const saved = await this.dataSource.getRepository(User).save({
      name: `Test ${role}`,
      email,
      role,
      organizationId,
      passwordHash: await hashOfTestPassword(),
      active: true,
      ...overrides,
    });
    return saved;
  }

  /**
   * A client with a session of `user`, opened as a login opens it but without the password check: the scrypt
   * of a login costs more than most tests' own work (the permission matrix signs in seven people per row), and
   * signing in has tests of its own (`auth/`).
   */
  async signIn(user: User): Promise<ApiClient> {
    const { token } = await this.app.services.sessions.startSession(this.dataSource.manager, user.id);
    const client = this.app.client();
    client.cookie = `${SESSION_COOKIE}=${token}`;
    return client;
  }

  /** A signed-in API client for a new staff user. */
  async staffClient() {
    const user = await this.user('STAFF');
    return { user, client: await this.signIn(user) };
  }

  /** A signed-in API client for a new member of `organizationId`. */
  async memberClient(organizationId: string) {
    const user = await this.user('MEMBER', organizationId);
    return { user, client: await this.signIn(user) };
  }

  /** A coach record, linked to a person when `userId` is given. */
  async coach(overrides: Partial<Coach> = {}): Promise<Coach> {
    return this.dataSource.getRepository(Coach).save({
      name: `Coach ${unique()}`,
      topics: ['FUNDING'],
      languages: ['de'],
      contact: 'coach@kollektiv.example',
      active: true,
      userId: null,
      ...overrides,
    });
  }

  /** A signed-in API client for a new person with the COACH role and the coach record linked to them. */
  async coachClient(overrides: Partial<Coach> = {}) {
    const user = await this.user('COACH');
    const coach = await this.coach({ ...overrides, userId: user.id });
    return { user, coach, client: await this.signIn(user) };
  }

  /** A booking written through the booking service as staff, so it lands in the change log like any other. */
  async booking(input: {
    roomId: string;
    organizationId: string;
    start: string;
    end: string;
    title?: string;
    category?: BookingCategory;
    visibility?: BookingVisibility;
    notes?: string | null;
    expectedAttendees?: number | null;
  }): Promise<BookingRecord> {
    const staff = await this.user('STAFF');
    return this.app.services.bookings.createBooking(
      { kind: 'staff', userId: staff.id, sessionId: 'factory' },
      draftFrom({
        ...input,
        title: input.title ?? 'Probe',
        category: input.category ?? 'MEETING',
        start: new Date(input.start),
        end: new Date(input.end),
      }),
    );
  }
}
