import type { MemberProposalFragment } from '../graphql/graphql.js';

export type Proposal = MemberProposalFragment;

/** The most supported first, then the newest: what many MOs want sits on top, as the server sorts it too. */
export function sortProposals<T extends Pick<Proposal, 'supportCount' | 'createdAt'>>(proposals: readonly T[]): T[] {
  return [...proposals].sort((a, b) => b.supportCount - a.supportCount || b.createdAt.localeCompare(a.createdAt));
}

/**
 * The support button's act: where the server lets the viewer give or withdraw their MO's voice (a member,
 * not on their own MO's proposal, while it is open to support), withdraw it once given, else give it.
 */
export function supportAction(proposal: Pick<Proposal, 'supportedByMine' | 'abilities'>): 'support' | 'withdraw' | null {
  if (!proposal.abilities.support) return null;
  return proposal.supportedByMine ? 'withdraw' : 'support';
}
