import { badInput } from '../shared/errors.js';

export const COACHING_TOPICS = ['FOUNDING', 'FUNDING', 'FINANCES', 'PUBLIC_RELATIONS', 'VOLUNTEERS', 'EVENTS', 'LEGAL', 'OTHER'] as const;
export type CoachingTopic = (typeof COACHING_TOPICS)[number];

export const COACHING_STATUSES = ['REQUESTED', 'ASSIGNED', 'SCHEDULED', 'CLOSED', 'DECLINED'] as const;
export type CoachingStatus = (typeof COACHING_STATUSES)[number];

/** When an MO can be coached: a weekday (1 = Monday … 7 = Sunday) and a span of wall-clock time in Leipzig. */
export interface Availability {
  weekday: number;
  from: string;
  to: string;
}

export type CoachingStep = 'assign' | 'decline' | 'message' | 'close' | 'schedule' | 'cancelSession';

/**
 * Which step each state allows. A closed or declined request is finished: nothing more happens to it, so a
 * late assignment cannot wake it. Assigning again while ASSIGNED or SCHEDULED hands the request to another
 * coach (one who drops out), who takes its sessions over.
 */
const ALLOWED: Record<CoachingStep, readonly CoachingStatus[]> = {
  assign: ['REQUESTED', 'ASSIGNED', 'SCHEDULED'],
  decline: ['REQUESTED', 'ASSIGNED'],
  message: ['REQUESTED', 'ASSIGNED', 'SCHEDULED'],
  close: ['REQUESTED', 'ASSIGNED', 'SCHEDULED'],
  schedule: ['ASSIGNED', 'SCHEDULED'],
  // a finished request's sessions are its record (the city's report counts them): none is cancelled afterwards
  cancelSession: ['ASSIGNED', 'SCHEDULED'],
};

/** Refuses a step the request's state does not allow with BAD_USER_INPUT WRONG_STATUS, naming the state. */
export function assertStepAllowed(step: CoachingStep, status: CoachingStatus): void {
  if (!ALLOWED[step].includes(status)) throw badInput('requestId', 'WRONG_STATUS', status);
}

export function mayTakeStep(step: CoachingStep, status: CoachingStatus): boolean {
  return ALLOWED[step].includes(status);
}
