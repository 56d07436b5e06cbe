import type { Role } from '../graphql/graphql.js';

/**
 * Whether a person of a role belongs to one MO: a member does, staff and coaches do not. The forms that choose a role
 * ask for an MO by it, and the people list shows staff by it. Data about the person being edited, not a
 * permission of the one editing (that is `me.capabilities`).
 */
export const BELONGS_TO_ORGANIZATION = { STAFF: false, MEMBER: true, COACH: false } as const satisfies Record<Role, boolean>;
