import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import type { BookingRow } from './booking.repository.js';
import type { BookingRange } from './booking.service.js';
import { BOOKING_FIELDS, SHOWN_FIELD_NAMES, type ShownFieldName } from './booking-shape.js';
import { bookingAccess, type BookingAccess } from './booking.view.js';
import type { OperationGate } from '../graphql/operation-gate.js';
import { controlCharacterRefusal } from '../graphql/input-guard.js';

/**
 * The calendar's `bookings` answer without graphql-js executing it field by field. A week across all houses
 * is about 8,000 fields; executing them (a resolver call, a path and a promise check each), decoding the
 * full joined rows and building a view object per booking took 28–38 ms of CPU per week, most of the
 * executing path's time (docs/BENCHMARKS.md). Here a selection of the fields the calendar asks for is read
 * with one lean query (`BOOKING_ROWS_IN_RANGE_SQL`) and shaped straight into the answer's JSON.
 *
 * Only documents this can answer exactly as graphql-js would are taken: the query passed the API's own gate
 * (parse limits, the specification's validation, depth, alias, cost and directive limits) once for its text;
 * it has one root field, `bookings`, and asks only for the plain fields below, without directives. What a
 * viewer sees is decided by the same `bookingAccess` (the policy) and the same `shown` column of the booking's
 * shape as `toBookingView`. Anything else — another field, a directive, bad variables, a refused range — is
 * left to Apollo, which executes it (and words the error) as before. `bookings-answer.test.ts` holds both
 * answers equal for every kind of viewer.
 */

type Leaf = ShownFieldName | 'redacted' | 'canManage' | '__typename';
const BOOKING_LEAVES = new Set<string>([...SHOWN_FIELD_NAMES, 'redacted', 'canManage', '__typename']);
/** The objects a booking links to, with the fields of each the lean row holds. */
const LINKED = {
  room: { id: 'roomId', name: 'roomName', locationId: 'locationId' },
  organization: { id: 'organizationId', name: 'organizationName', shortName: 'organizationShortName' },
  series: { id: 'seriesId', rrule: 'seriesRrule' },
} as const satisfies Record<string, Record<string, keyof BookingRow>>;
type Linked = keyof typeof LINKED;

type Entry =
  | { key: string; leaf: Leaf }
  | { key: string; linked: Linked; typename: string; fields: Array<{ key: string; column: keyof BookingRow | '__typename' }> };

interface Plan {
  rootKey: string;
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
  document: DocumentNode;
  variableDefinitions: readonly VariableDefinitionNode[];
  typename: string;
  entries: Entry[];
}

const MAX_REMEMBERED_QUERIES = 256;

export class PreShapedBookings {
  private readonly plans = new Map<string, Plan | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly gate: OperationGate,
    private readonly listRows: (viewer: Viewer, range: BookingRange) => Promise<BookingRow[]>,
  ) {}

  /**
   * The answer's JSON (as Apollo would send it, newline included), or null when this request is Apollo's to
   * execute, or the refusal of a range over the bound, which Apollo then words without reading it again.
   * No error is answered here.
   */
  async answer(
    viewer: Viewer,
    body: { query?: unknown; variables?: unknown; operationName?: unknown },
  ): Promise<{ json: string } | { refusal: AppError } | null> {
    if (typeof body.query !== 'string') return null;
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    const plan = this.planFor(body.query, operationName);
    if (!plan) return null;
    const inputs = body.variables ?? {};
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return null;
    const variables = getVariableValues(this.schema, plan.variableDefinitions, inputs as Record<string, unknown>, {
      maxErrors: 1,
    });
    if (variables.errors) return null;
    if (controlCharacterRefusal(plan.document, inputs as Record<string, unknown>)) return null;
    let range: BookingRange;
    try {
      const args = getArgumentValues(plan.field, plan.fieldNode, variables.coerced);
      range = {
        from: args.from as Date,
        to: args.to as Date,
        locationIds: (args.locationIds as string[] | null | undefined) ?? null,
        roomIds: (args.roomIds as string[] | null | undefined) ?? null,
      };
    } catch {
      return null;
    }
    let rows: BookingRow[];
    try {
      rows = await this.listRows(viewer, range);
    } catch (error: unknown) {
      const refused = error instanceof AppError && (error as AppError).code === ErrorCode.QueryTooComplex;
      return refused ? { refusal: error as AppError } : null;
    }
    const bookings = rows.map((row) => shape(row, bookingAccess(row, viewer), plan));
    return { json: `${JSON.stringify({ data: { [plan.rootKey]: bookings } })}\n` };
  }

  private planFor(query: string, operationName: string | null): Plan | null {
    const memoKey = `${operationName ?? ''}\n${query}`;
    let plan = this.plans.get(memoKey);
    if (plan === undefined) {
      plan = this.compile(query, operationName);
      if (this.plans.size >= MAX_REMEMBERED_QUERIES) this.plans.clear();
      this.plans.set(memoKey, plan);
    }
    return plan;
  }

  private compile(query: string, operationName: string | null): Plan | null {
    // the shape first, cheaply: a document of a thousand aliased `bookings` is refused by Apollo's validation
    // alone, not validated here as well
    try {
      const operations = parse(query, this.gate.parseOptions).definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const named =
        operationName === null
          ? operations.length === 1
            ? operations[0]
            : undefined
          : operations.find((one) => one.name?.value === operationName);
      if (named?.selectionSet.selections.length !== 1) return null;
    } catch {
      return null;
    }
    const admitted = this.gate.admit(query, null, operationName, OperationTypeNode.QUERY);
    if (Array.isArray(admitted)) return null;
    const { document, operation } = admitted;
    const roots = operation.selectionSet.selections;
    const root = roots[0];
    if (roots.length !== 1 || root?.kind !== Kind.FIELD || root.name.value !== 'bookings' || root.directives?.length) return null;
    if (operation.directives?.length || operation.variableDefinitions?.some((definition) => definition.directives?.length)) return null;
    const field = this.schema.getQueryType()?.getFields().bookings;
    const bookingType = field && getNamedType(field.type);
    if (!field || !isObjectType(bookingType) || !root.selectionSet) return null;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const entries = this.entriesOf(root.selectionSet, bookingType, fragments);
    if (!entries) return null;
    return {
      rootKey: root.alias?.value ?? 'bookings',
      field,
      fieldNode: root,
      document,
      variableDefinitions: operation.variableDefinitions ?? [],
      typename: bookingType.name,
      entries,
    };
  }

  private entriesOf(
    selectionSet: SelectionSetNode,
    type: GraphQLObjectType,
    fragments: Map<string, FragmentDefinitionNode>,
  ): Entry[] | null {
    const collected = collectFields([selectionSet], type.name, fragments);
    if (!collected) return null;
    const entries: Entry[] = [];
    for (const [key, nodes] of collected) {
      const name = nodes[0]!.name.value;
      if (nodes.some((node) => node.arguments?.length)) return null;
      if (BOOKING_LEAVES.has(name)) {
        entries.push({ key, leaf: name as Leaf });
        continue;
      }
      if (!(name in LINKED)) return null;
      const linked = name as Linked;
      const linkedType = getNamedType(type.getFields()[name]?.type);
      if (!isObjectType(linkedType)) return null;
      const inner = collectFields(
        nodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined),
        linkedType.name,
        fragments,
      );
      if (!inner) return null;
      const columns: Record<string, keyof BookingRow> = LINKED[linked];
      const fields: Array<{ key: string; column: keyof BookingRow | '__typename' }> = [];
      for (const [innerKey, innerNodes] of inner) {
        const innerName = innerNodes[0]!.name.value;
        if (innerNodes.some((node) => node.arguments?.length || node.selectionSet)) return null;
        const column = innerName === '__typename' ? '__typename' : columns[innerName];
        if (!column) return null;
        fields.push({ key: innerKey, column });
      }
      entries.push({ key, linked, typename: linkedType.name, fields });
    }
    return entries;
  }
}

/**
 * The fields of selection sets by response key, in the order graphql-js answers them (first appearance),
 * fragments spread in place; null on anything this path does not answer (a directive, another type).
 */
function collectFields(
  selectionSets: SelectionSetNode[],
  typeName: string,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
  seen = new Set<string>(),
): Map<string, FieldNode[]> | null {
  for (const selectionSet of selectionSets)
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = into.get(key);
        if (nodes) nodes.push(selection);
        else into.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) return null;
        if (!collectFields([selection.selectionSet], typeName, fragments, into, seen)) return null;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || fragment.typeCondition.name.value !== typeName) return null;
        // a fragment spread twice adds its fields once, as graphql-js does
        if (seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        if (!collectFields([fragment.selectionSet], typeName, fragments, into, seen)) return null;
      }
    }
  return into;
}

/** One booking as the plan's selection shows it to a viewer with this access. */
function shape(row: BookingRow, access: BookingAccess, plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of plan.entries) {
    if ('leaf' in entry) out[entry.key] = leafValue(row, access, entry.leaf, plan.typename);
    else out[entry.key] = linkedValue(row, access, entry);
  }
  return out;
}

function leafValue(row: BookingRow, access: BookingAccess, leaf: Leaf, typename: string): unknown {
  switch (leaf) {
    case '__typename':
      return typename;
    case 'redacted':
      return !access.details;
    case 'canManage':
      return access.manage;
    default:
      return access[BOOKING_FIELDS[leaf].shown] ? row[leaf] : null;
  }
}

function linkedValue(row: BookingRow, access: BookingAccess, entry: Extract<Entry, { linked: Linked }>): unknown {
  // the organisation is a detail; a booking outside a series (or whose series is gone) has none
  if (entry.linked === 'organization' && !access.details) return null;
  if (entry.linked === 'series' && row.seriesRrule === null) return null;
  const out: Record<string, unknown> = {};
  for (const field of entry.fields) out[field.key] = field.column === '__typename' ? entry.typename : row[field.column];
  return out;
}
