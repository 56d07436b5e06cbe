import { useApolloClient } from '@vue/apollo-composable';
import { DateTime } from 'luxon';
import { ref } from 'vue';
import type { AuditLogQuery } from '../graphql/graphql.js';
import { AuditLogQuery as AuditLogDocument } from './documents.js';

export type AuditEntry = AuditLogQuery['auditLog']['entries'][number];

export interface AuditFilterForm {
  /** yyyy-mm-dd, in Berlin; empty for no bound. */
  from: string;
  to: string;
  organizationId: string;
  locationId: string;
  roomId: string;
  actorId: string;
}

export const PAGE_SIZE = 50;

/** The filter as the API takes it: whole days in Berlin, `to` inclusive; empty choices left out. */
export function toApiFilter(form: AuditFilterForm) {
  const day = (date: string) => DateTime.fromISO(date, { zone: 'Europe/Berlin' });
  return {
    from: form.from ? day(form.from).toISO() : null,
    to: form.to ? day(form.to).plus({ days: 1 }).toISO() : null,
    organizationId: form.organizationId || null,
    locationId: form.locationId || null,
    roomId: form.roomId || null,
    actorId: form.actorId || null,
  };
}

/** Pages of the audit log, newest first: `show` starts over with a filter, `more` appends the next older page. */
export function useAuditLog() {
  const { resolveClient } = useApolloClient();
  const entries = ref<AuditEntry[]>([]);
  const state = ref<'idle' | 'loading' | 'done' | 'more' | 'error'>('idle');
  let filter: ReturnType<typeof toApiFilter> = toApiFilter({
    from: '',
    to: '',
    organizationId: '',
    locationId: '',
    roomId: '',
    actorId: '',
  });

  async function load(after: string | null) {
    state.value = 'loading';
    try {
      const { data } = await resolveClient().query({
        query: AuditLogDocument,
        variables: { filter, first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      entries.value = after === null ? data.auditLog.entries : [...entries.value, ...data.auditLog.entries];
      state.value = data.auditLog.hasMore ? 'more' : 'done';
    } catch {
      state.value = 'error';
    }
  }

  return {
    entries,
    state,
    show(form: AuditFilterForm) {
      filter = toApiFilter(form);
      return load(null);
    },
    more() {
      return load(entries.value.at(-1)?.cursor ?? null);
    },
  };
}
