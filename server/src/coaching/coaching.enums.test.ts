import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { assertStepAllowed, COACHING_STATUSES, mayTakeStep, type CoachingStatus, type CoachingStep } from './coaching.enums.js';

// each state × each step: what a request in that state allows
const TABLE: Record<CoachingStatus, Record<CoachingStep, boolean>> = {
  REQUESTED: { assign: true, decline: true, message: true, close: true, schedule: false, cancelSession: false },
  ASSIGNED: { assign: true, decline: true, message: true, close: true, schedule: true, cancelSession: true },
  SCHEDULED: { assign: true, decline: false, message: true, close: true, schedule: true, cancelSession: true },
  CLOSED: { assign: false, decline: false, message: false, close: false, schedule: false, cancelSession: false },
  DECLINED: { assign: false, decline: false, message: false, close: false, schedule: false, cancelSession: false },
};

describe('the steps a coaching request allows', () => {
  it.each(COACHING_STATUSES.flatMap((status) => Object.entries(TABLE[status]).map(([step, allowed]) => [status, step, allowed] as const)))(
    '%s allows %s: %s',
    (status, step, allowed) => {
      expect(mayTakeStep(step as CoachingStep, status)).toBe(allowed);
    },
  );

  it('refuses a step with BAD_USER_INPUT WRONG_STATUS naming the state', () => {
    expect.assertions(2);
    try {
      assertStepAllowed('assign', 'CLOSED');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual({ field: 'requestId', reason: 'WRONG_STATUS', limit: 'CLOSED' });
    }
  });
});
