import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The most items each list of objects can hold in one answer: real maxima where the data bounds them (a
 * series has at most 731 dates), generous estimates where it grows (houses, rooms). An answer's cost is the
 * number of fields it can hold, each multiplied by the bounds of the lists above it, so
 * `locations { rooms { location { rooms } } }` costs what its answer would weigh, not a few points.
 * A list of objects missing here fails `list-cost.test.ts`.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.locations': 100,
  'Location.rooms': 100,
  'Location.openingHours': 21,
  'Query.bookings': 2000,
  'Query.myBookings': 500,
  'Query.searchBookings': 100,
  'Query.freeRooms': 300,
  'Query.freeSlots': 300,
  'Query.holidays': 400,
  'Query.organizations': 200,
  'Query.publicOrganizations': 200,
  'Query.users': 500,
  'Query.invitations': 200,
  'Query.displayLinks': 100,
  'Query.notifications': 100,
  'Query.calendarFeeds': 10,
  'Query.roomOccupancy': 300,
  'RoomOccupancy.cells': 168,
  'UsageReport.rows': 2000,
  'CoachingReport.rows': 2000,
  'ReportRow.keys': 8,
  'AuditPage.entries': 100,
  'BookingSeries.dates': 731,
  'BookingSeriesChange.bookings': 731,
  'Closure.affectedBookings': 1000,
  'CreateBookingSeriesResult.created': 731,
  'CreateBookingSeriesResult.skipped': 731,
  'SeriesPreview.occurrences': 731,
  'SeriesOccurrence.conflicting': 10,
  'Organization.descriptionTranslations': 10,
  'PublicOrganization.descriptionTranslations': 10,
  'PublicOrganization.nextEvents': 5,
  'PublicOrganization.regularMeetings': 30,
  'PublicOrganization.houses': 100,
  'Mutation.cancelClosureBookings': 1000,
  'Mutation.moveClosureBookings': 1000,
  'Mutation.decideClosureBookings': 1000,
  'Query.closurePreview': 1000,
  'ClosureAffectedBooking.suggestions': 5,
  // fair use (issue 29): a rule set per room, house and the centre; the queue's 500 soonest requests; a house
  // each; the last 100 notices; the open entries of every MO (ten each for members); a row per MO
  'Query.approvalRules': 500,
  'Query.bookingRequests': 500,
  'Query.checkInSettings': 100,
  'Query.seriesNotices': 100,
  'Query.myWaitingList': 2000,
  'FairnessReport.rows': 200,
  'Query.coachingRequests': 200,
  'Query.coachingNotices': 100,
  'Query.coaches': 200,
  'CoachingRequest.messages': 100,
  'CoachingRequest.availability': 21,
  'CoachingRequest.sessions': 50,
  // one suggestion per active coach at most (MAX_COACHES)
  'CoachingRequest.suggestedCoaches': 200,
  // MAX_LISTED_MEETINGS; one answer per invited MO (as many as MOs are listed); a need per language asked for
  'Query.networkMeetings': 100,
  'NetworkMeeting.responses': 200,
  'NetworkMeeting.notAnswered': 200,
  'NetworkMeeting.interpretationNeeds': 50,
  // MAX_AGENDA_ITEMS, MAX_DECISIONS, MAX_ATTENDANCE; a supporter per MO; MAX_LISTED_PROPOSALS; the notices' LIST_LIMIT
  'NetworkMeeting.agenda': 200,
  'NetworkMeeting.decisions': 100,
  'NetworkMeeting.attendance': 500,
  'Proposal.supporters': 200,
  'Query.proposals': 500,
  'Query.networkNotices': 100,
  // a month per row over at most MAX_REPORT_DAYS
  'NetworkReport.rows': 30,
};

/** Lists not in the table (none, while the test holds) count as this many. */
const UNKNOWN_LIST_BOUND = 100;

/**
 * The cost of an operation: every field it selects, times the bounds of the lists it sits in. A fragment is
 * costed once (at multiplier 1) and multiplied where it is spread: spreading fragments that spread others twice
 * over must not cost the server what it would cost to answer.
 */
export function operationCost(context: ValidationContext, selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();
  const costOf = (selections: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += 1;
        if (!selection.selectionSet || !isObjectType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const inner = getNamedType(field.type) as GraphQLNamedType;
        if (!isCompositeType(inner)) continue;
        const bound = isListType(getNullableType(field.type)) ? (LIST_BOUNDS[`${parent.name}.${field.name}`] ?? UNKNOWN_LIST_BOUND) : 1;
        cost += bound * costOf(selection.selectionSet, inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
        cost += costOf(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent);
      } else {
        const name = selection.name.value;
        const known = fragmentCosts.get(name);
        if (known !== undefined) {
          cost += known;
          continue;
        }
        const fragment = context.getFragment(name);
        // a fragment spread within itself is refused by another rule; here it simply adds nothing
        if (!fragment || inProgress.has(name)) continue;
        inProgress.add(name);
        const condition = context.getSchema().getType(fragment.typeCondition.name.value);
        const fragmentCost = costOf(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent);
        inProgress.delete(name);
        fragmentCosts.set(name, fragmentCost);
        cost += fragmentCost;
      }
    }
    return cost;
  };
  return costOf(selectionSet, type);
}

/** Refuses an operation whose answer could hold more than `maxCost` fields, before it runs. */
export function listCostRule(maxCost: number, onReject: (context: ValidationContext) => void): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root =
        operation.operation === OperationTypeNode.QUERY
          ? context.getSchema().getQueryType()
          : operation.operation === OperationTypeNode.MUTATION
            ? context.getSchema().getMutationType()
            : context.getSchema().getSubscriptionType();
      if (root && operationCost(context, operation.selectionSet, root) > maxCost) onReject(context);
    },
  });
}
