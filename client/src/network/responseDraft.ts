import type { MeetingResponseInput } from '../graphql/graphql.js';
import type { MeetingResponse } from './networkModel.js';

/** The answer form as people fill it in: coming or not (nothing chosen yet: null), how many, which interpretation. */
export interface ResponseDraft {
  attending: boolean | null;
  /** A number from the field, or '' while empty. */
  people: number | '';
  interpretation: string[];
}

/** The form starts from the MO's answer, if it gave one; interpretation only into languages still offered. */
export function responseDraft(
  response: Pick<MeetingResponse, 'attending' | 'people' | 'interpretation'> | null,
  offered: readonly string[],
): ResponseDraft {
  if (!response) return { attending: null, people: '', interpretation: [] };
  return {
    attending: response.attending,
    people: response.attending ? response.people : '',
    interpretation: response.interpretation.filter((code) => offered.includes(code)),
  };
}

export type ResponseProblem = { field: 'attending' | 'people'; key: 'REQUIRED' | 'INVALID' };

/**
 * The API's input, or what the form can already tell is missing. Not coming sends no people and no
 * interpretation; the server checks the rest (how many at most) and names the field.
 */
export function toResponseInput(
  draft: ResponseDraft,
  offered: readonly string[],
): { input: MeetingResponseInput } | { problem: ResponseProblem } {
  if (draft.attending === null) return { problem: { field: 'attending', key: 'REQUIRED' } };
  if (!draft.attending) return { input: { attending: false, people: null, interpretation: null } };
  if (draft.people === '') return { problem: { field: 'people', key: 'REQUIRED' } };
  if (!Number.isInteger(draft.people) || draft.people < 1) return { problem: { field: 'people', key: 'INVALID' } };
  const interpretation = offered.filter((code) => draft.interpretation.includes(code));
  return { input: { attending: true, people: draft.people, interpretation } };
}
