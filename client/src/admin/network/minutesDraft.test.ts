import { describe, expect, it } from 'vitest';
import { draftOfMinutes, toMinutesInput } from './minutesDraft.js';

const kalyna = { id: 'o1', name: 'Kalyna' };
const sdkv = { id: 'o2', name: 'SDKV' };
const afghan = { id: 'o3', name: 'Afghanischer Frauenverein' };

describe('the minutes form', () => {
  it('prefills who came from the answers, every other invited MO with 0', () => {
    const draft = draftOfMinutes({
      decisions: [],
      responses: [
        { attending: true, people: 3, organization: kalyna },
        { attending: false, people: 0, organization: sdkv },
      ],
      notAnswered: [afghan],
      attendance: [],
    });
    expect(draft.text).toBe('');
    expect(draft.decisions).toEqual([{ text: '', responsible: '' }]);
    expect(draft.attendance).toEqual([
      { organizationId: 'o3', name: 'Afghanischer Frauenverein', people: 0 },
      { organizationId: 'o1', name: 'Kalyna', people: 3 },
      { organizationId: 'o2', name: 'SDKV', people: 0 },
    ]);
  });

  it('shows published minutes as recorded, not as answered', () => {
    const draft = draftOfMinutes({
      minutes: 'Protokoll',
      decisions: [{ id: 'd1', text: 'Klavierraum samstags', responsible: 'Team' }],
      responses: [{ attending: true, people: 3, organization: kalyna }],
      attendance: [{ people: 5, organization: kalyna }],
    });
    expect(draft).toEqual({
      text: 'Protokoll',
      decisions: [{ id: 'd1', text: 'Klavierraum samstags', responsible: 'Team' }],
      attendance: [{ organizationId: 'o1', name: 'Kalyna', people: 5 }],
    });
  });

  it('sends the decisions given and the MOs that came; empty rows are dropped', () => {
    expect(
      toMinutesInput({
        text: ' Wir haben gesprochen. ',
        decisions: [
          { text: ' Sonntags öffnen ', responsible: ' Anna ' },
          { text: '', responsible: '' },
        ],
        attendance: [
          { organizationId: 'o1', name: 'Kalyna', people: 4 },
          { organizationId: 'o2', name: 'SDKV', people: 0 },
        ],
      }),
    ).toEqual({
      input: {
        text: 'Wir haben gesprochen.',
        decisions: [{ text: 'Sonntags öffnen', responsible: 'Anna' }],
        attendance: [{ organizationId: 'o1', people: 4 }],
      },
    });
  });

  it('sends a published decision back with its id, so that republishing keeps its state; a new row goes without', () => {
    const draft = draftOfMinutes({
      minutes: 'Protokoll',
      decisions: [{ id: 'd1', text: 'Sonntags öffnen', responsible: 'Anna' }],
      attendance: [],
    });
    draft.decisions.unshift({ text: 'Neu', responsible: '' });
    expect(toMinutesInput(draft)).toMatchObject({
      input: {
        decisions: [
          { text: 'Neu', responsible: '' },
          { id: 'd1', text: 'Sonntags öffnen', responsible: 'Anna' },
        ],
      },
    });
    const built = toMinutesInput(draft);
    expect('input' in built && built.input.decisions[0]).not.toHaveProperty('id');
  });

  it('names the row of a mistake', () => {
    const base = { text: 'x', decisions: [], attendance: [] };
    expect(toMinutesInput({ ...base, text: ' ' })).toEqual({ problem: { field: 'text', key: 'REQUIRED' } });
    expect(
      toMinutesInput({
        ...base,
        decisions: [
          { text: 'a', responsible: '' },
          { text: '', responsible: 'Anna' },
        ],
      }),
    ).toEqual({
      problem: { field: 'decision-1', key: 'REQUIRED' },
    });
    expect(toMinutesInput({ ...base, attendance: [{ organizationId: 'o1', name: 'K', people: -1 }] })).toEqual({
      problem: { field: 'people-0', key: 'OUT_OF_RANGE' },
    });
  });
});
