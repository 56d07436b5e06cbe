/**
 * Answers the page has before the app's scripts have run. On a phone on mobile data the calendar's first
 * questions went out only once about 200 kB of scripts had arrived and run (docs/BENCHMARKS.md); now a signed-in
 * member's page carries them (`server/src/http/first-answers.ts`), and the page's first script (`early.ts`)
 * asks at once what it does not carry. It leaves a shelf on `window`, from which the API client
 * (`app/apollo.ts`) takes each answer, once, instead of asking the same question again. The client reaches
 * the shelf through `window`, not an import: the first script is built apart, a small classic script
 * (`client/classic-script.ts`), and shares no module with the app at run time.
 */

/** One of a page's first questions, as the API client would send it. */
export interface FirstQuestion {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface FirstAnswers {
  /**
   * The response asked early for the request the client is about to send, with the operation it answers; null when
   * none was asked, or it failed.
   */
  take(body: unknown): Promise<{ operationName: string; response: Response } | null>;
  /**
   * The result of one of the questions (its `data`), read for the page's first drawing beside the copy the API
   * client takes; null when it was not asked, failed or carries errors.
   */
  read(operationName: string, variables: Record<string, unknown>): Promise<unknown>;
  /**
   * Hands out nothing more: once the live stream is up, every answer must be newer than its start (the app asks
   * once more what it took before), and an answer no first question took must not serve a later one.
   */
  close(): void;
}

declare global {
  interface Window {
    kollektivFirstAnswers?: FirstAnswers;
  }
}

/** A question's identity: its operation and variables, keys sorted, so both sides write the same text. */
export function answerKey(operationName: unknown, variables: unknown): string {
  return `${String(operationName)} ${sortedJson(variables ?? {})}`;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${sortedJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The id of the page's data block (`server/src/http/first-answers.ts` `FIRST_ANSWERS_ELEMENT`). */
export const FIRST_ANSWERS_ELEMENT = 'kollektiv-first-answers';

/** An answer the server wrote into the page: the question's identity and Apollo's result. */
export interface AnswerInPage {
  operationName: string;
  variables: Record<string, unknown>;
  result: unknown;
}

/** The answers the page carries; none when it carries none (signed out, a shell from the service worker) or they do not read. */
export function answersInPage(text: string | null | undefined): AnswerInPage[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed)
      ? parsed.filter(
          (entry): entry is AnswerInPage =>
            !!entry && typeof entry === 'object' && typeof (entry as AnswerInPage).operationName === 'string' && 'result' in entry,
        )
      : [];
  } catch {
    return [];
  }
}

/** The data of the page's answer to exactly this question; null when it carries none, or one with errors. */
export function dataInPage(inPage: readonly AnswerInPage[], operationName: string, variables: Record<string, unknown>): unknown {
  const key = answerKey(operationName, variables);
  const result = inPage.find((answer) => answerKey(answer.operationName, answer.variables) === key)?.result as
    { data?: unknown; errors?: unknown[] } | null | undefined;
  return result && !result.errors?.length ? (result.data ?? null) : null;
}

/**
 * Shelves each question's answer: the page's own when it carries one for exactly this question, else asked now
 * with the page's cookie and the headers Apollo's HttpLink sends.
 */
export function askEarly(
  questions: readonly FirstQuestion[],
  send: typeof fetch = fetch,
  headers: Record<string, string> = {},
  inPage: readonly AnswerInPage[] = [],
): FirstAnswers {
  const kept = new Map<string, Promise<Response>>();
  const readable = new Map<string, Promise<unknown>>();
  const given = new Map(inPage.map((answer) => [answerKey(answer.operationName, answer.variables), answer.result]));
  for (const question of questions) {
    const key = answerKey(question.operationName, question.variables);
    if (given.has(key)) {
      const body = JSON.stringify(given.get(key));
      kept.set(key, Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })));
      continue;
    }
    const response = send('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: '*/*', ...headers },
      body: JSON.stringify(question),
    });
    // a failure is the client's to meet when it asks itself; nothing here may be left unhandled
    response.catch(() => undefined);
    kept.set(key, response);
  }
  // a copy of each body, taken before anyone reads the original: the API client may take it at any time after
  for (const [key, response] of kept)
    readable.set(
      key,
      response
        .then(async (answer) => {
          if (!answer.ok) return null;
          const result = (await answer.clone().json()) as { data?: unknown; errors?: unknown[] };
          return result.errors?.length ? null : (result.data ?? null);
        })
        .catch(() => null),
    );
  return {
    read(operationName, variables) {
      return readable.get(answerKey(operationName, variables)) ?? Promise.resolve(null);
    },
    close() {
      kept.clear();
    },
    async take(body) {
      if (kept.size === 0 || typeof body !== 'string') return null;
      let request: { operationName?: unknown; variables?: unknown };
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        return null;
      }
      const key = answerKey(request.operationName, request.variables);
      const answer = kept.get(key);
      if (!answer) return null;
      kept.delete(key);
      try {
        const response = await answer;
        return response.ok ? { operationName: String(request.operationName), response } : null;
      } catch {
        return null;
      }
    },
  };
}
