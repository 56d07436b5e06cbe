import type { ProposalStatus } from './network.enums.js';

/**
 * What a proposal's state allows, apart from who asks (that is `auth/policy.ts`, which joins the two into the
 * abilities the client shows).
 */

/** Its MO reshapes a proposal until staff answer it; after that the answer refers to what was written. */
export function mayEditWhile(status: ProposalStatus): boolean {
  return status === 'OPEN';
}

/**
 * Support is given and withdrawn while the proposal is OPEN or PLANNED: until it is done, the centre still
 * learns how many MOs want it. Once DECLINED or DONE the count is the record of what was decided, and stays.
 */
export function maySupportWhile(status: ProposalStatus): boolean {
  return status === 'OPEN' || status === 'PLANNED';
}
