/** GraphQL documents the server tests send, written as a client would. */

export const BOOKING_FIELDS = `
  id title category start end status visibility expectedAttendees notes version redacted canManage occurrenceStart
  room { id name location { id name } }
  series { id rrule }
  organization { id name }
`;

export const CREATE_BOOKING = `
  mutation ($input: CreateBookingInput!) { createBooking(input: $input) { ${BOOKING_FIELDS} } }
`;

export const MOVE_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) { ${BOOKING_FIELDS} }
  }
`;

export const UPDATE_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {
    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) { ${BOOKING_FIELDS} }
  }
`;

export const CANCEL_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!) {
    cancelBooking(id: $id, expectedVersion: $expectedVersion) { ${BOOKING_FIELDS} }
  }
`;

export const BOOKINGS = `
  query ($from: DateTime!, $to: DateTime!, $locationIds: [ID!], $roomIds: [ID!]) {
    bookings(from: $from, to: $to, locationIds: $locationIds, roomIds: $roomIds) { ${BOOKING_FIELDS} }
  }
`;

export const BOOKING_CHANGED = `
  subscription ($locationIds: [ID!], $after: String) {
    bookingChanged(locationIds: $locationIds, after: $after) {
      cursor kind bookingId batchRemaining byStaff actorId reason booking { ${BOOKING_FIELDS} }
    }
  }
`;

export const USER_FIELDS = `id name email role active language lastSignInAt organization { id name }`;

export const INVITE_USER = `
  mutation ($input: InviteUserInput!) {
    inviteUser(input: $input) { url emailSent invitation { id email name role expiresAt organization { id } } }
  }
`;

export const INVITATIONS = `{ invitations { id email role expiresAt organization { id } } }`;

export const REVOKE_INVITATION = `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`;

export const INVITATION_BY_TOKEN = `
  query ($token: String!) { invitationByToken(token: $token) { name role organizationName language expiresAt } }
`;

export const ACCEPT_INVITATION = `
  mutation ($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) { ${USER_FIELDS} }
  }
`;

export const CREATE_PASSWORD_RESET = `mutation ($userId: ID!) { createPasswordReset(userId: $userId) { url expiresAt } }`;
export const REQUEST_PASSWORD_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET_PASSWORD = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { ${USER_FIELDS} } }`;
export const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
export const UPDATE_ME = `mutation ($input: UpdateMeInput!) { updateMe(input: $input) { ${USER_FIELDS} } }`;
export const USERS = `query ($organizationId: ID) { users(organizationId: $organizationId) { ${USER_FIELDS} } }`;
export const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;
export const SET_USER_ACTIVE = `mutation ($userId: ID!, $active: Boolean!) { setUserActive(userId: $userId, active: $active) { ${USER_FIELDS} } }`;

export const LOCATION_FIELDS = `id name address timeZone sortOrder active openingHours { weekday opens closes } rooms(includeRetired: true) { id name active }`;
export const CREATE_LOCATION = `mutation ($input: CreateLocationInput!) { createLocation(input: $input) { ${LOCATION_FIELDS} } }`;
export const UPDATE_LOCATION = `mutation ($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { ${LOCATION_FIELDS} } }`;
export const ROOM_FIELDS = `id locationId name capacity features colour sortOrder active`;
export const CREATE_ROOM = `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { ${ROOM_FIELDS} } }`;
export const UPDATE_ROOM = `mutation ($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ${ROOM_FIELDS} } }`;
export const ORGANIZATION_FIELDS = `id name shortName description descriptionTranslations { language text } languages contactEmail contactPhone profilePublic active`;
export const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`;
export const UPDATE_ORGANIZATION = `mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORGANIZATION_FIELDS} } }`;

export const UPDATE_ORGANIZATION_DESCRIPTION = `
  mutation ($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {
    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {
      ${ORGANIZATION_FIELDS}
    }
  }
`;

export const AUDIT_LOG = `
  query ($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      hasMore
      entries { cursor occurredAt actor { id name } entity entityId action before after reason }
    }
  }
`;

export const DIRECTORY_CHANGED = `subscription { directoryChanged { cursor entity entityId } }`;

export const SERIES_OCCURRENCE_FIELDS = `start end status reason holiday conflicting { id title organizationName start end }`;
export const PREVIEW_BOOKING_SERIES = `
  query ($input: BookingSeriesInput!) { previewBookingSeries(input: $input) { occurrences { ${SERIES_OCCURRENCE_FIELDS} } } }
`;
export const CREATE_BOOKING_SERIES = `
  mutation ($input: BookingSeriesInput!, $onConflict: OnConflict) {
    createBookingSeries(input: $input, onConflict: $onConflict) {
      series { id rrule timeZone version }
      created { ${BOOKING_FIELDS} }
      skipped { ${SERIES_OCCURRENCE_FIELDS} }
    }
  }
`;
export const UPDATE_BOOKING_SERIES = `
  mutation ($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!, $expectedVersion: Int) {
    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input, expectedVersion: $expectedVersion) {
      series { id rrule version }
      bookings { ${BOOKING_FIELDS} }
    }
  }
`;
export const CANCEL_BOOKING_SERIES = `
  mutation ($seriesId: ID!, $fromStart: DateTime) {
    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) { series { id rrule version } bookings { ${BOOKING_FIELDS} } }
  }
`;
export const RESTORE_SERIES_OCCURRENCE = `
  mutation ($seriesId: ID!, $occurrenceStart: DateTime!) {
    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) { ${BOOKING_FIELDS} }
  }
`;
export const BOOKING_SERIES = `
  query ($id: ID!) { bookingSeries(id: $id) { id rrule version dates { occurrenceStart start end status booking { id } } } }
`;

export const HOLIDAYS = `
  query ($from: DateTime!, $to: DateTime!, $locationId: ID) {
    holidays(from: $from, to: $to, locationId: $locationId) { id kind name holiday date start end locationId roomId }
  }
`;
export const CLOSURE_FIELDS = `id locationId roomId start end reason`;
export const CREATE_CLOSURE = `mutation ($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]) { createClosure(input: $input, decisions: $decisions) { ${CLOSURE_FIELDS} affectedBookings { id } } }`;
export const CLOSURE_PREVIEW = `query ($input: CreateClosureInput!) { closurePreview(input: $input) { booking { ${BOOKING_FIELDS} } suggestions { id name capacity location { id name } } } }`;
export const DECIDE_CLOSURE_BOOKINGS = `mutation ($closureId: ID!, $decisions: [ClosureDecisionInput!]!) { decideClosureBookings(closureId: $closureId, decisions: $decisions) { ${BOOKING_FIELDS} } }`;
export const DELETE_CLOSURE = `mutation ($id: ID!) { deleteClosure(id: $id) }`;
export const CLOSURE = `query ($id: ID!) { closure(id: $id) { ${CLOSURE_FIELDS} affectedBookings { ${BOOKING_FIELDS} } } }`;
export const CANCEL_CLOSURE_BOOKINGS = `mutation ($closureId: ID!) { cancelClosureBookings(closureId: $closureId) { ${BOOKING_FIELDS} } }`;
export const MOVE_CLOSURE_BOOKINGS = `mutation ($closureId: ID!, $roomId: ID!) { moveClosureBookings(closureId: $closureId, roomId: $roomId) { ${BOOKING_FIELDS} } }`;

export const FREE_ROOMS = `
  query ($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {
    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) { ${ROOM_FIELDS} }
  }
`;
export const FREE_SLOTS = `
  query ($roomId: ID, $date: Date!, $minMinutes: Int) { freeSlots(roomId: $roomId, date: $date, minMinutes: $minMinutes) { roomId start end } }
`;
export const MY_BOOKINGS = `query ($from: DateTime, $first: Int) { myBookings(from: $from, first: $first) { ${BOOKING_FIELDS} } }`;
export const SEARCH_BOOKINGS = `
  query ($text: String!, $from: DateTime!, $to: DateTime!) { searchBookings(text: $text, from: $from, to: $to) { ${BOOKING_FIELDS} } }
`;
export const NOTIFICATIONS = `
  query ($unreadOnly: Boolean) {
    notifications(unreadOnly: $unreadOnly) {
      id occurredAt read kind byStaff reason booking { id title start end status room { id name } } previous { start end roomName houseName }
    }
  }
`;
export const MARK_NOTIFICATIONS_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
export const MOVE_BOOKING_WITH_REASON = `
  mutation ($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) { ${BOOKING_FIELDS} }
  }
`;
export const CANCEL_BOOKING_WITH_REASON = `
  mutation ($id: ID!, $expectedVersion: Int!, $reason: String) { cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ${BOOKING_FIELDS} } }
`;

export const COACHING_SESSION_FIELDS = `id start end onlineUrl status cancelReason room { id name }`;
export const COACHING_REQUEST_FIELDS = `
  id topic text languages availability { weekday from to } deadline status declineReason outcome createdAt updatedAt
  organization { id name } coach { id name contact } messages { id text staffOnly authorName }
  sessions { ${COACHING_SESSION_FIELDS} }
`;
export const REQUEST_COACHING = `
  mutation ($input: CoachingRequestInput!) { requestCoaching(input: $input) { ${COACHING_REQUEST_FIELDS} } }
`;
export const COACHING_REQUESTS = `
  query ($status: [CoachingStatus!], $organizationId: ID) {
    coachingRequests(status: $status, organizationId: $organizationId) { ${COACHING_REQUEST_FIELDS} }
  }
`;
export const COACHING_REQUEST = `query ($id: ID!) { coachingRequest(id: $id) { ${COACHING_REQUEST_FIELDS} } }`;
export const COACHES = `{ coaches { id name topics languages contact active } }`;
export const CREATE_COACH = `mutation ($input: CoachInput!) { createCoach(input: $input) { id name topics languages contact active } }`;
export const UPDATE_COACH = `
  mutation ($id: ID!, $input: UpdateCoachInput!) { updateCoach(id: $id, input: $input) { id name topics languages contact active } }
`;
export const ASSIGN_COACH = `
  mutation ($requestId: ID!, $coachId: ID!) { assignCoach(requestId: $requestId, coachId: $coachId) { ${COACHING_REQUEST_FIELDS} } }
`;
export const DECLINE_COACHING_REQUEST = `
  mutation ($requestId: ID!, $reason: String!) { declineCoachingRequest(requestId: $requestId, reason: $reason) { ${COACHING_REQUEST_FIELDS} } }
`;
export const ADD_COACHING_MESSAGE = `
  mutation ($requestId: ID!, $text: String!, $staffOnly: Boolean) {
    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) { id text staffOnly authorName }
  }
`;
export const CLOSE_COACHING_REQUEST = `
  mutation ($requestId: ID!, $outcome: String!) { closeCoachingRequest(requestId: $requestId, outcome: $outcome) { ${COACHING_REQUEST_FIELDS} } }
`;
export const SCHEDULE_COACHING_SESSION = `
  mutation ($requestId: ID!, $input: CoachingSessionInput!) {
    scheduleCoachingSession(requestId: $requestId, input: $input) { ${COACHING_SESSION_FIELDS} }
  }
`;
export const CANCEL_COACHING_SESSION = `
  mutation ($id: ID!, $reason: String) { cancelCoachingSession(id: $id, reason: $reason) { ${COACHING_SESSION_FIELDS} } }
`;
export const MOVE_COACHING_SESSION = `
  mutation ($id: ID!, $input: CoachingSessionInput!) { moveCoachingSession(id: $id, input: $input) { ${COACHING_SESSION_FIELDS} } }
`;

export const COACHING_CHANGES = `subscription { coachingChanges { requestId cursor kind } }`;
export const COACHING_NOTICES = `
  query ($unreadOnly: Boolean) {
    coachingNotices(unreadOnly: $unreadOnly) { id occurredAt read kind byStaff request { id status messages { id text staffOnly } } }
  }
`;
export const MARK_COACHING_NOTICES_READ = `mutation ($ids: [ID!]) { markCoachingNoticesRead(ids: $ids) }`;
export const NETWORK_NOTICES = `
  query ($unreadOnly: Boolean) {
    networkNotices(unreadOnly: $unreadOnly) { id kind occurredAt read meetingId proposalId title start }
  }
`;
export const MARK_NETWORK_NOTICES_READ = `mutation ($ids: [ID!]) { markNetworkNoticesRead(ids: $ids) }`;

const PROPOSAL_FIELDS = `id organization { id name } title text language status answer answeredAt createdAt
  supportCount supporters { id name } supportedByMine abilities { support edit answer }`;
export const PROPOSALS = `query ($status: [ProposalStatus!]) { proposals(status: $status) { ${PROPOSAL_FIELDS} } }`;
export const CREATE_PROPOSAL = `mutation ($input: ProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const UPDATE_PROPOSAL = `mutation ($id: ID!, $input: ProposalInput!) { updateProposal(id: $id, input: $input) { ${PROPOSAL_FIELDS} } }`;
export const SUPPORT_PROPOSAL = `mutation ($id: ID!, $support: Boolean!) { supportProposal(id: $id, support: $support) { ${PROPOSAL_FIELDS} } }`;
export const ANSWER_PROPOSAL = `
  mutation ($id: ID!, $status: ProposalStatus!, $answer: String!) {
    answerProposal(id: $id, status: $status, answer: $answer) { ${PROPOSAL_FIELDS} }
  }
`;
