import { describe, expect, it } from 'vitest';
import { sortProposals, supportAction } from './proposalModel.js';

describe('sortProposals', () => {
  it('puts the most supported first, the newest first among equals', () => {
    const sorted = sortProposals([
      { id: 'old-two', supportCount: 2, createdAt: '2026-05-01T10:00:00Z' },
      { id: 'five', supportCount: 5, createdAt: '2026-04-01T10:00:00Z' },
      { id: 'new-two', supportCount: 2, createdAt: '2026-06-01T10:00:00Z' },
      { id: 'none', supportCount: 0, createdAt: '2026-06-09T10:00:00Z' },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['five', 'new-two', 'old-two', 'none']);
  });
});

describe('supportAction', () => {
  it('withdraws the MO’s voice once given, gives it where allowed, and offers nothing otherwise', () => {
    expect(supportAction({ supportedByMine: true, abilities: { support: true, edit: false } })).toBe('withdraw');
    expect(supportAction({ supportedByMine: true, abilities: { support: false, edit: false } })).toBeNull();
    expect(supportAction({ supportedByMine: false, abilities: { support: true, edit: false } })).toBe('support');
    expect(supportAction({ supportedByMine: false, abilities: { support: false, edit: true } })).toBeNull();
  });
});
