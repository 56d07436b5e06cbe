import { describe, expect, it } from 'vitest';
import { agendaItemOfProposal, answerDraftOf, splitProposals, toAnswer } from './proposalAnswer.js';

describe('answering a proposal', () => {
  it('starts an open proposal at “planned”, an answered one at its answer', () => {
    expect(answerDraftOf({ status: 'OPEN', answer: null })).toEqual({ status: 'PLANNED', answer: '' });
    expect(answerDraftOf({ status: 'DECLINED', answer: 'Kein Raum frei' })).toEqual({ status: 'DECLINED', answer: 'Kein Raum frei' });
  });

  it('never sends an empty answer', () => {
    expect(toAnswer({ status: 'DECLINED', answer: '   ' })).toBeNull();
    expect(toAnswer({ status: 'DONE', answer: ' Seit Mai offen. ' })).toEqual({ status: 'DONE', answer: 'Seit Mai offen.' });
  });

  it('lists open proposals before answered ones, each in the server’s order', () => {
    const proposals = [
      { id: 'a', status: 'DONE' as const },
      { id: 'b', status: 'OPEN' as const },
      { id: 'c', status: 'PLANNED' as const },
      { id: 'd', status: 'OPEN' as const },
    ];
    const { open, answered } = splitProposals(proposals);
    expect(open.map((one) => one.id)).toEqual(['b', 'd']);
    expect(answered.map((one) => one.id)).toEqual(['a', 'c']);
  });

  it('puts a proposal on an agenda in its own words and language, linked to it', () => {
    expect(agendaItemOfProposal({ id: 'p1', title: 'Klavier', text: 'Samstags', language: 'uk' })).toEqual({
      title: 'Klavier',
      text: 'Samstags',
      language: 'uk',
      proposalId: 'p1',
    });
  });
});
