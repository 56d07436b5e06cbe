/**
 * The fairness report's rules that need no database, so they are tested as tables: when an evening begins,
 * what an MO's fair share of the evenings is, and how far each MO is from it.
 */

/**
 * Evenings begin at 17:00 on the wall clock of the booking's house and last until midnight: after work and
 * school, the hours the MOs' volunteers can come and the hours twenty MOs compete for. Minutes after midnight.
 */
export const EVENING_STARTS_MINUTES = 17 * 60;

/** "17:00", as the report tells its readers when their evenings begin. */
export const EVENING_STARTS_AT = `${String(Math.floor(EVENING_STARTS_MINUTES / 60)).padStart(2, '0')}:${String(EVENING_STARTS_MINUTES % 60).padStart(2, '0')}`;

/** Two decimals: quarter hours stay exact, sums stay readable. */
export const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

/** An MO's evening hours and whether it asked for any room in the period. */
export interface EveningUse {
  eveningHours: number;
  /** Booked, asked for or was declined a room in the period (anything but a cancellation). */
  takesPart: boolean;
}

export interface FairShare {
  /** The evening hours all MOs booked in the period. */
  eveningHours: number;
  /** The MOs that took part: the evening hours are shared among these. */
  organizations: number;
  /** eveningHours / organizations; 0 when no MO took part. */
  hoursPerOrganization: number;
}

/**
 * The evenings booked by all MOs, split evenly among the MOs that took part in the period: those that booked,
 * asked for or were refused any room, evening or not. Not among the MOs that booked evenings only: an MO
 * that got no evening at all is exactly the one the report must show below its share. Not among every MO on
 * the books either: one that asked for nothing in the period competes for nothing, and counting it would put
 * every MO that meets in the evening above a share nobody could take.
 */
export function fairShare(organizations: readonly EveningUse[]): FairShare {
  const takingPart = organizations.filter((organization) => organization.takesPart);
  const eveningHours = takingPart.reduce((sum, organization) => sum + organization.eveningHours, 0);
  return {
    eveningHours: roundHours(eveningHours),
    organizations: takingPart.length,
    hoursPerOrganization: takingPart.length === 0 ? 0 : roundHours(eveningHours / takingPart.length),
  };
}

/**
 * How many evening hours an MO booked above (positive) or below (negative) the fair share; null for an MO that
 * took no part, which the share is not about.
 */
export function againstFairShare(organization: EveningUse, share: FairShare): number | null {
  if (!organization.takesPart) return null;
  // against the share before rounding, so a difference is rounded once
  return roundHours(organization.eveningHours - share.eveningHours / share.organizations);
}
