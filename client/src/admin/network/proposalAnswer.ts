import type { AgendaItemInput, ProposalStatus } from '../../graphql/graphql.js';

/** The answers staff give a proposal; OPEN is where one starts, never an answer. */
export const ANSWER_STATUSES = ['PLANNED', 'DECLINED', 'DONE'] as const satisfies readonly ProposalStatus[];
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export interface AnswerDraft {
  status: AnswerStatus;
  answer: string;
}

export function answerDraftOf(proposal: { status: ProposalStatus; answer?: string | null }): AnswerDraft {
  return { status: proposal.status === 'OPEN' ? 'PLANNED' : proposal.status, answer: proposal.answer ?? '' };
}

/** The MO reads the answer, a refusal above all: it is never sent empty. */
export function toAnswer(draft: AnswerDraft): { status: AnswerStatus; answer: string } | null {
  const answer = draft.answer.trim();
  return answer ? { status: draft.status, answer } : null;
}

/** Open proposals first (the server sorts each part by support), answered ones after. */
export function splitProposals<P extends { status: ProposalStatus }>(proposals: readonly P[]): { open: P[]; answered: P[] } {
  return {
    open: proposals.filter((proposal) => proposal.status === 'OPEN'),
    answered: proposals.filter((proposal) => proposal.status !== 'OPEN'),
  };
}

/** A proposal put on an agenda: its own title, words and language, and the link back to it. */
export function agendaItemOfProposal(proposal: { id: string; title: string; text: string; language: string }): AgendaItemInput {
  return { title: proposal.title, text: proposal.text, language: proposal.language, proposalId: proposal.id };
}
