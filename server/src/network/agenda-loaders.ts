import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { AgendaItem, MeetingAttendance, MeetingDecision } from './network.entities.js';
import { findMeetingViews, organizationsByIds } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/** Per-operation batching for the agenda and minutes of a list of meetings: one query per kind, not per meeting. */
export interface AgendaLoaders {
  agenda: DataLoader<string, AgendaItem[]>;
  decisions: DataLoader<string, MeetingDecision[]>;
  attendance: DataLoader<string, MeetingAttendance[]>;
  /** Any organisation, inactive ones too (an MO that has since left still brought its topic). */
  organization: DataLoader<string, Organization | null>;
  /** The meeting of a topic, for whether its MO may still edit it. */
  meeting: DataLoader<string, NetworkMeetingView | null>;
}

// kept beside the operation's context rather than in `app/loaders.ts`, so the network's reads stay in this folder
const ofOperation = new WeakMap<GraphQLContext, AgendaLoaders>();

export function agendaLoaders(context: GraphQLContext): AgendaLoaders {
  const known = ofOperation.get(context);
  if (known) return known;
  const { services } = context;
  const loaders: AgendaLoaders = {
    agenda: new DataLoader((ids) => services.agenda.agendaOfMeetings(ids)),
    decisions: new DataLoader((ids) => services.minutes.decisionsOfMeetings(ids)),
    attendance: new DataLoader((ids) => services.minutes.attendanceOfMeetings(ids)),
    organization: new DataLoader(async (ids) => {
      const found = await organizationsByIds(services.database.dataSource.manager, ids);
      const byId = new Map(found.map((organization) => [organization.id, organization]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    meeting: new DataLoader(async (ids) => {
      const found = await findMeetingViews(services.database.dataSource.manager, ids);
      const byId = new Map(found.map((meeting) => [meeting.id, meeting]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
  ofOperation.set(context, loaders);
  return loaders;
}
