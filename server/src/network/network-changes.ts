import type { ChangeEntry, ChangeEntity } from '../changes/change-log.js';

/** The change-log entities that are the network's. */
export const NETWORK_ENTITIES = ['NETWORK_MEETING', 'MEETING_RESPONSE', 'AGENDA_ITEM', 'MEETING_DECISION', 'PROPOSAL'] as const;
export type NetworkEntity = (typeof NETWORK_ENTITIES)[number] & ChangeEntity;

/** One change-log entry read as a network change: which meeting or proposal to refetch. Plain data, no private fields. */
export interface NetworkChange {
  entity: NetworkEntity;
  action: string;
  entityId: string;
  meetingId: string | null;
  proposalId: string | null;
}

const NETWORK = new Set<string>(NETWORK_ENTITIES);

const idIn = (snapshot: ChangeEntry['after'] | null, key: string): string | null => {
  const value = snapshot?.[key];
  return typeof value === 'string' ? value : null;
};

/**
 * The one place that reads change-log entries as network changes. A meeting's entry names itself; an answer,
 * an agenda topic and a decision name their meeting by their snapshots' `meetingId` (an agenda topic its
 * proposal by `proposalId`); a proposal names itself. Null for every other entity.
 */
export function networkChangeOf(entry: Pick<ChangeEntry, 'entity' | 'entityId' | 'action' | 'before' | 'after'>): NetworkChange | null {
  if (!NETWORK.has(entry.entity)) return null;
  const entity = entry.entity as NetworkEntity;
  const named = (key: string) => idIn(entry.after, key) ?? idIn(entry.before, key);
  switch (entity) {
    case 'NETWORK_MEETING':
      return { entity, action: entry.action, entityId: entry.entityId, meetingId: entry.entityId, proposalId: null };
    case 'PROPOSAL':
      return { entity, action: entry.action, entityId: entry.entityId, meetingId: null, proposalId: entry.entityId };
    case 'MEETING_RESPONSE':
    case 'AGENDA_ITEM':
    case 'MEETING_DECISION':
      return { entity, action: entry.action, entityId: entry.entityId, meetingId: named('meetingId'), proposalId: named('proposalId') };
  }
}
