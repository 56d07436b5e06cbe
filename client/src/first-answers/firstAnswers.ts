/**
 * Answers asked before the app's scripts have run. On a phone on mobile data the calendar's first questions
 * went out only once about 200 kB of scripts had arrived and run (docs/BENCHMARKS.md); the page's first and
 * smallest script (`early.ts`) asks them at once and leaves a shelf on `window`, from which the API client
 * (`app/apollo.ts`) takes each answer, once, instead of asking the same question again. The client reaches
 * the shelf through `window`, not an import: what the app's entry imports is bundled with the app, and the
 * first script must stay a small file of its own.
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

/** Asks each question now, with the page's cookie and the headers Apollo's HttpLink sends, and shelves the answers. */
export function askEarly(
  questions: readonly FirstQuestion[],
  send: typeof fetch = fetch,
  headers: Record<string, string> = {},
): FirstAnswers {
  const kept = new Map<string, Promise<Response>>();
  for (const question of questions) {
    const response = send('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: '*/*', ...headers },
      body: JSON.stringify(question),
    });
    // a failure is the client's to meet when it asks itself; nothing here may be left unhandled
    response.catch(() => undefined);
    kept.set(answerKey(question.operationName, question.variables), response);
  }
  return {
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
