import { useMutation } from '@vue/apollo-composable';
import { reactive } from 'vue';
import { useFormErrors } from '../shared/useFormErrors.js';
import { AddCoachingMessageMutation, CancelCoachingSessionMutation, CloseCoachingRequestMutation } from './documents.js';

/**
 * What people do on one request besides booking sessions: write a message (a note for staff only from
 * the coach or staff), close the request with how it went, cancel a session. Each has its own errors,
 * so a refusal shows next to the form it came from; `changed` refetches the request afterwards.
 */
export function useCoachingActions(requestId: () => string, changed: () => unknown) {
  const message = reactive({ text: '', staffOnly: false });
  const messageErrors = useFormErrors();
  const { mutate: addMessage } = useMutation(AddCoachingMessageMutation);

  async function sendMessage(): Promise<boolean> {
    const ok = await messageErrors.run(
      () => addMessage({ requestId: requestId(), text: message.text, staffOnly: message.staffOnly }),
      ['text'],
    );
    if (ok) {
      message.text = '';
      message.staffOnly = false;
      await changed();
    }
    return ok;
  }

  const closing = reactive({ outcome: '' });
  const closeErrors = useFormErrors();
  const { mutate: closeRequest } = useMutation(CloseCoachingRequestMutation);

  async function close(): Promise<boolean> {
    const ok = await closeErrors.run(() => closeRequest({ requestId: requestId(), outcome: closing.outcome }), ['outcome']);
    if (ok) await changed();
    return ok;
  }

  const cancelErrors = useFormErrors();
  const { mutate: cancelSession } = useMutation(CancelCoachingSessionMutation);

  async function cancel(sessionId: string, reason: string): Promise<boolean> {
    const ok = await cancelErrors.run(() => cancelSession({ id: sessionId, reason: reason.trim() || null }), ['reason']);
    if (ok) await changed();
    return ok;
  }

  return { message, messageErrors, sendMessage, closing, closeErrors, close, cancelErrors, cancel };
}
