import type { MinutesInput } from '../../graphql/graphql.js';

/** The minutes form: the text, the decisions with who is responsible, and how many people each MO sent. */
export interface MinutesDraft {
  text: string;
  /** `id`: a decision published before, sent back so that it keeps its state; a row added here has none. */
  decisions: Array<{ id?: string; text: string; responsible: string }>;
  /** One row per invited MO; people 0 means it did not come. */
  attendance: Array<{ organizationId: string; name: string; people: number }>;
}

interface Named {
  id: string;
  name: string;
}

export interface MinutesSource {
  minutes?: string | null;
  decisions: ReadonlyArray<{ id: string; text: string; responsible: string }>;
  responses?: ReadonlyArray<{ attending: boolean; people: number; organization: Named }> | null;
  notAnswered?: readonly Named[] | null;
  attendance?: ReadonlyArray<{ people: number; organization: Named }> | null;
}

/**
 * The form filled: published minutes as they are; otherwise who came is prefilled from the answers (those who
 * said they come, with the people they said), every other invited MO listed with 0 for staff to correct.
 */
export function draftOfMinutes(meeting: MinutesSource): MinutesDraft {
  const recorded = meeting.attendance ?? [];
  const counted = new Map<string, number>(
    recorded.length > 0
      ? recorded.map((entry) => [entry.organization.id, entry.people])
      : (meeting.responses ?? []).map((response) => [response.organization.id, response.attending ? response.people : 0]),
  );
  const organizations = new Map<string, string>();
  for (const one of [...recorded, ...(meeting.responses ?? [])]) organizations.set(one.organization.id, one.organization.name);
  for (const one of meeting.notAnswered ?? []) organizations.set(one.id, one.name);
  return {
    text: meeting.minutes ?? '',
    decisions:
      meeting.decisions.length > 0 ? meeting.decisions.map(({ id, text, responsible }) => ({ id, text, responsible })) : [emptyDecision()],
    attendance: [...organizations]
      .map(([organizationId, name]) => ({ organizationId, name, people: counted.get(organizationId) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export const emptyDecision = () => ({ text: '', responsible: '' });

export type MinutesProblem = { field: 'text' | `decision-${number}` | `people-${number}`; key: 'REQUIRED' | 'OUT_OF_RANGE' };

/** The API's input: rows left empty are dropped, a responsible person without a decision is a mistake. */
export function toMinutesInput(draft: MinutesDraft): { input: MinutesInput } | { problem: MinutesProblem } {
  if (!draft.text.trim()) return { problem: { field: 'text', key: 'REQUIRED' } };
  const missing = draft.decisions.findIndex((decision) => !decision.text.trim() && decision.responsible.trim());
  if (missing >= 0) return { problem: { field: `decision-${missing}`, key: 'REQUIRED' } };
  const wrong = draft.attendance.findIndex((row) => !Number.isInteger(row.people) || row.people < 0);
  if (wrong >= 0) return { problem: { field: `people-${wrong}`, key: 'OUT_OF_RANGE' } };
  return {
    input: {
      text: draft.text.trim(),
      decisions: draft.decisions
        .filter((decision) => decision.text.trim())
        .map((decision) => ({
          ...(decision.id ? { id: decision.id } : {}),
          text: decision.text.trim(),
          responsible: decision.responsible.trim(),
        })),
      attendance: draft.attendance.filter((row) => row.people > 0).map(({ organizationId, people }) => ({ organizationId, people })),
    },
  };
}
