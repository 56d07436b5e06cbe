import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { runComposable } from '../shared/testing.js';
import { useCoachingActions } from './useCoachingActions.js';

function fakeApollo() {
  const operationOf = (document: DocumentNode) => (document.definitions[0] as OperationDefinitionNode).name!.value;
  const sent: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  return {
    sent,
    mutate: vi.fn(async (options: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
      sent.push({ operation: operationOf(options.mutation), variables: options.variables });
      return { data: {} };
    }),
  };
}

function actions() {
  const apollo = fakeApollo();
  const changed = vi.fn();
  const { result, unmount } = runComposable(() => useCoachingActions(() => 'c1', changed), { apollo });
  return { apollo, changed, result, unmount };
}

describe('useCoachingActions', () => {
  it('sends a note for staff only, then empties the form and refetches', async () => {
    const { apollo, changed, result, unmount } = actions();
    Object.assign(result.message, { text: 'Kassenprüfung fehlt', staffOnly: true });

    await result.sendMessage();

    expect(apollo.sent).toEqual([
      { operation: 'AddCoachingMessage', variables: { requestId: 'c1', text: 'Kassenprüfung fehlt', staffOnly: true } },
    ]);
    expect(result.message).toEqual({ text: '', staffOnly: false });
    expect(changed).toHaveBeenCalledOnce();
    unmount();
  });

  it('closes the request with how it went', async () => {
    const { apollo, result, unmount } = actions();
    result.closing.outcome = 'Antrag ist raus.';
    await result.close();
    expect(apollo.sent).toEqual([{ operation: 'CloseCoachingRequest', variables: { requestId: 'c1', outcome: 'Antrag ist raus.' } }]);
    unmount();
  });

  it('cancels a session with a reason, or with none when only blanks were typed', async () => {
    const { apollo, result, unmount } = actions();
    await result.cancel('s1', ' krank ');
    await result.cancel('s2', '   ');
    expect(apollo.sent.map((entry) => entry.variables)).toEqual([
      { id: 's1', reason: 'krank' },
      { id: 's2', reason: null },
    ]);
    unmount();
  });
});
