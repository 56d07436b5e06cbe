import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode, badInput, notFound } from '../shared/errors.js';
import { MAX_AGENDA_ITEMS } from './agenda-input.js';
import { compactPositions, itemCount, lockItem, nextPosition, setItem, type AgendaChange } from './agenda-rows.js';
import { meetingStateOf } from './meeting-state.js';
import { AgendaItem } from './network.entities.js';
import type { AgendaDecision } from './network.enums.js';
import { findMeetingView, lockMeeting } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/** An item's meeting changed between reading it and locking it (a concurrent MOVE): the decision starts over. */
export class ItemMovedMeanwhile extends Error {}

/** How often a decision starts over before the topic is taken to be moving too often to decide on now. */
export const DECIDE_ATTEMPTS = 4;

/**
 * Runs `attempt` (one transaction) again while the topic was moved under it. A topic still moving after
 * DECIDE_ATTEMPTS is refused as changed meanwhile: nothing was written, the client may read it again and retry.
 */
export async function retryWhileMoved<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ItemMovedMeanwhile)) throw error;
      if (tries >= DECIDE_ATTEMPTS) throw new AppError(ErrorCode.ServiceUnavailable, {}, 'agenda item kept moving while decided on');
    }
  }
}

export interface DecisionRequest {
  id: string;
  decision: AgendaDecision;
  toMeetingId: string | null;
  intoItemId: string | null;
  now: Date;
}

/**
 * One decision in the caller's transaction: ACCEPT puts the topic at the end of the agenda, MERGE into another
 * topic of the same meeting, MOVE to the end of a later meeting still to come, DECLINE takes it off. The
 * accepted topics keep positions 1..n. Returns the changes to log.
 */
export async function decideLocked(manager: EntityManager, request: DecisionRequest): Promise<AgendaChange[]> {
  const { id, decision, toMeetingId, intoItemId, now } = request;
  const [found] = await manager.query<Array<{ meeting_id: string }>>('SELECT meeting_id FROM agenda_item WHERE id = $1', [id]);
  if (!found) throw notFound('AgendaItem', id);
  const sourceId = found.meeting_id;
  // a MOVE locks both meetings, in id order, and the topic after them; every other agenda write locks one
  // meeting or one topic alone, so no two writes wait for each other's rows the other way round: no deadlock
  const meetingIds = [...new Set([sourceId, ...(decision === 'MOVE' && toMeetingId ? [toMeetingId] : [])])].sort();
  const meetings = new Map<string, NetworkMeetingView>();
  for (const meetingId of meetingIds) {
    const meeting = (await lockMeeting(manager, meetingId)) ? await findMeetingView(manager, meetingId) : null;
    if (!meeting) throw meetingId === toMeetingId ? badInput('toMeetingId', 'INVALID_ID') : new ItemMovedMeanwhile();
    meetings.set(meetingId, meeting);
  }
  const before = await lockItem(manager, id);
  if (before.meetingId !== sourceId) throw new ItemMovedMeanwhile();
  const changes: AgendaChange[] = [];
  const set = async (values: Partial<AgendaItem>) => {
    const after = await setItem(manager, id, values, now);
    changes.push({ action: 'UPDATED', before, after });
  };
  switch (decision) {
    case 'ACCEPT':
      if (before.status !== 'ACCEPTED')
        await set({ status: 'ACCEPTED', position: await nextPosition(manager, sourceId), mergedIntoId: null });
      break;
    case 'DECLINE':
      if (before.status !== 'DECLINED') await set({ status: 'DECLINED', position: null, mergedIntoId: null });
      break;
    case 'MERGE': {
      const into = intoItemId ? await lockItem(manager, intoItemId).catch(() => null) : null;
      if (!into || into.id === id || into.meetingId !== sourceId || (into.status !== 'PROPOSED' && into.status !== 'ACCEPTED'))
        throw badInput('intoItemId', 'INVALID');
      await set({ status: 'MERGED', position: null, mergedIntoId: into.id });
      // topics merged into this one follow it, so no topic points at one that is merged itself
      const followers = await manager.getRepository(AgendaItem).find({ where: { mergedIntoId: id }, order: { id: 'ASC' } });
      for (const follower of followers)
        changes.push({ action: 'UPDATED', before: follower, after: await setItem(manager, follower.id, { mergedIntoId: into.id }, now) });
      break;
    }
    case 'MOVE': {
      const source = meetings.get(sourceId);
      const target = toMeetingId ? meetings.get(toMeetingId) : undefined;
      if (!source || !target || target.id === sourceId || meetingStateOf(target, now) !== 'COMING' || target.start <= source.start)
        throw badInput('toMeetingId', 'INVALID');
      // the target's bound holds for topics moved in as for those brought to it (its row is locked: the count stays)
      if ((await itemCount(manager, target.id)) >= MAX_AGENDA_ITEMS) throw badInput('toMeetingId', 'OUT_OF_RANGE', MAX_AGENDA_ITEMS);
      await set({
        meetingId: target.id,
        movedFromMeetingId: sourceId,
        status: 'ACCEPTED',
        position: await nextPosition(manager, target.id),
        mergedIntoId: null,
      });
      break;
    }
  }
  if (before.status === 'ACCEPTED') changes.push(...(await compactPositions(manager, sourceId, now)));
  return changes;
}
