/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  query OwnOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        description\n        descriptionTranslations {\n          language\n          text\n        }\n      }\n    }\n  }\n": typeof types.OwnOrganizationDocument,
    "\n  mutation UpdateOrganizationDescription($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {\n    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {\n      id\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDescriptionDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      name\n      role\n      organizationName\n      language\n      expiresAt\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  fragment CoachingQueueRequest on CoachingRequest {\n    id\n    topic\n    text\n    languages\n    availability {\n      weekday\n      from\n      to\n    }\n    deadline\n    status\n    overdue\n    declineReason\n    outcome\n    viewerMay {\n      assign\n      decline\n    }\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    coach {\n      id\n      name\n    }\n    suggestedCoaches {\n      knowsTopic\n      sharedLanguages\n      coach {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoachingQueueRequestFragmentDoc,
    "\n  query CoachingQueue {\n    open: coachingRequests(status: [REQUESTED, ASSIGNED, SCHEDULED]) {\n      ...CoachingQueueRequest\n    }\n    finished: coachingRequests(status: [CLOSED, DECLINED]) {\n      ...CoachingQueueRequest\n    }\n  }\n": typeof types.CoachingQueueDocument,
    "\n  query AdminCoaches {\n    coaches {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n": typeof types.AdminCoachesDocument,
    "\n  query CoachAccounts {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": typeof types.CoachAccountsDocument,
    "\n  mutation AssignCoach($requestId: ID!, $coachId: ID!) {\n    assignCoach(requestId: $requestId, coachId: $coachId) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      coach {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignCoachDocument,
    "\n  mutation DeclineCoachingRequest($requestId: ID!, $reason: String!) {\n    declineCoachingRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      declineReason\n    }\n  }\n": typeof types.DeclineCoachingRequestDocument,
    "\n  mutation CreateCoach($input: CoachInput!) {\n    createCoach(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCoachDocument,
    "\n  mutation UpdateCoach($id: ID!, $input: UpdateCoachInput!) {\n    updateCoach(id: $id, input: $input) {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n": typeof types.UpdateCoachDocument,
    "\n  query AdminLocations {\n    locations(includeRetired: true) {\n      id\n      name\n      address\n      timeZone\n      sortOrder\n      active\n      openOnPublicHolidays\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      rooms(includeRetired: true) {\n        id\n        locationId\n        name\n        capacity\n        features\n        colour\n        sortOrder\n        active\n      }\n    }\n  }\n": typeof types.AdminLocationsDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n": typeof types.UpdateLocationDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  query AdminOrganizations {\n    organizations(includeInactive: true) {\n      id\n      name\n      shortName\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n      languages\n      contactEmail\n      contactPhone\n      profilePublic\n      publicContact\n      active\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      active\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query People($organizationId: ID) {\n    users(organizationId: $organizationId) {\n      id\n      name\n      email\n      role\n      active\n      language\n      lastSignInAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailSent\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation CreatePasswordReset($userId: ID!) {\n    createPasswordReset(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreatePasswordResetDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      hasMore\n      entries {\n        cursor\n        occurredAt\n        actor {\n          id\n          name\n          erased\n        }\n        entity\n        entityId\n        action\n        before\n        after\n        reason\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query HouseClosures($from: DateTime!, $to: DateTime!, $locationId: ID!) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      start\n      end\n      roomId\n    }\n  }\n": typeof types.HouseClosuresDocument,
    "\n  query ClosureBookings($id: ID!) {\n    closure(id: $id) {\n      id\n      affectedBookings {\n        id\n        title\n        start\n        end\n        status\n        version\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClosureBookingsDocument,
    "\n  query ClosurePreview($input: CreateClosureInput!) {\n    closurePreview(input: $input) {\n      booking {\n        id\n        title\n        start\n        end\n        expectedAttendees\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n      suggestions {\n        id\n        name\n        capacity\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClosurePreviewDocument,
    "\n  mutation CreateClosure($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]!) {\n    createClosure(input: $input, decisions: $decisions) {\n      id\n    }\n  }\n": typeof types.CreateClosureDocument,
    "\n  mutation DecideClosureBookings($closureId: ID!, $decisions: [ClosureDecisionInput!]!) {\n    decideClosureBookings(closureId: $closureId, decisions: $decisions) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DecideClosureBookingsDocument,
    "\n  mutation DeleteClosure($id: ID!) {\n    deleteClosure(id: $id)\n  }\n": typeof types.DeleteClosureDocument,
    "\n  query BackupState {\n    backupState {\n      lastTakenAt\n      stale\n      scheduled\n    }\n  }\n": typeof types.BackupStateDocument,
    "\n  fragment NetworkAdminMeetingSummary on NetworkMeeting {\n    id\n    title\n    description\n    start\n    end\n    version\n    state\n    agendaDeadline\n    agendaOpen\n    interpretationLanguages\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      timeZone\n    }\n    attendingCount\n    minutesPublishedAt\n    abilities {\n      manage\n      publishMinutes\n    }\n  }\n": typeof types.NetworkAdminMeetingSummaryFragmentDoc,
    "\n  fragment NetworkAdminMeeting on NetworkMeeting {\n    ...NetworkAdminMeetingSummary\n    responses {\n      id\n      attending\n      people\n      interpretation\n      updatedAt\n      organization {\n        id\n        name\n      }\n    }\n    notAnswered {\n      id\n      name\n    }\n    interpretationNeeds {\n      language\n      organizations\n      people\n    }\n    agenda {\n      id\n      title\n      text\n      language\n      status\n      position\n      mergedIntoId\n      movedFromMeetingId\n      proposalId\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    minutes\n    decisions {\n      id\n      text\n      responsible\n      state\n      updatedAt\n    }\n    attendance {\n      people\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NetworkAdminMeetingFragmentDoc,
    "\n  query NetworkAdminMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...NetworkAdminMeetingSummary\n    }\n  }\n": typeof types.NetworkAdminMeetingsDocument,
    "\n  query NetworkAdminMeetingDetails($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkAdminMeeting\n    }\n  }\n": typeof types.NetworkAdminMeetingDetailsDocument,
    "\n  query NetworkAdminPlaces {\n    locations {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": typeof types.NetworkAdminPlacesDocument,
    "\n  mutation AdminCreateNetworkMeeting($input: NetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateNetworkMeetingDocument,
    "\n  mutation AdminUpdateNetworkMeeting($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {\n    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...NetworkAdminMeeting\n    }\n  }\n": typeof types.AdminUpdateNetworkMeetingDocument,
    "\n  mutation AdminCancelNetworkMeeting($id: ID!, $reason: String) {\n    cancelNetworkMeeting(id: $id, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.AdminCancelNetworkMeetingDocument,
    "\n  mutation AdminDecideAgendaItem($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {\n    decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) {\n      id\n      status\n      position\n      mergedIntoId\n    }\n  }\n": typeof types.AdminDecideAgendaItemDocument,
    "\n  mutation AdminOrderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    orderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      agenda {\n        id\n        status\n        position\n      }\n    }\n  }\n": typeof types.AdminOrderAgendaDocument,
    "\n  mutation AdminPublishMinutes($meetingId: ID!, $input: MinutesInput!) {\n    publishMinutes(meetingId: $meetingId, input: $input) {\n      ...NetworkAdminMeeting\n    }\n  }\n": typeof types.AdminPublishMinutesDocument,
    "\n  mutation AdminUpdateDecision($id: ID!, $state: DecisionState!) {\n    updateDecision(id: $id, state: $state) {\n      id\n      state\n      updatedAt\n    }\n  }\n": typeof types.AdminUpdateDecisionDocument,
    "\n  query NetworkAdminProposals {\n    proposals {\n      id\n      title\n      text\n      language\n      status\n      answer\n      answeredAt\n      createdAt\n      supportCount\n      organization {\n        id\n        name\n      }\n      supporters {\n        id\n        name\n      }\n      abilities {\n        answer\n      }\n    }\n  }\n": typeof types.NetworkAdminProposalsDocument,
    "\n  mutation AdminAnswerProposal($id: ID!, $status: ProposalStatus!, $answer: String!) {\n    answerProposal(id: $id, status: $status, answer: $answer) {\n      id\n      status\n      answer\n      answeredAt\n      abilities {\n        answer\n      }\n    }\n  }\n": typeof types.AdminAnswerProposalDocument,
    "\n  mutation AdminProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminProposeAgendaItemDocument,
    "\n  subscription NetworkAdminChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n": typeof types.NetworkAdminChangesDocument,
    "\n  query AppInfo {\n    appInfo {\n      demo\n      mailConfigured\n      privacy {\n        imprintUrl\n      }\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  mutation UpdateMyLanguage($language: String!) {\n    updateMe(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  query BookingRequests {\n    bookingRequests {\n      booking {\n        ...BookingFields\n        room {\n          id\n          name\n          locationId\n          capacity\n        }\n      }\n      reasons\n      seriesRequested\n      organizationConfirmed\n      organizationReleased\n      organizationDeclined\n    }\n  }\n": typeof types.BookingRequestsDocument,
    "\n  mutation ApproveBooking($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {\n    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n": typeof types.ApproveBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!, $wholeSeries: Boolean) {\n    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n": typeof types.DeclineBookingDocument,
    "\n  fragment ApprovalRuleSetFields on ApprovalRuleSet {\n    id\n    locationId\n    roomId\n    always\n    minAttendees\n    onWeekends\n    seriesLongerThan\n    firstBookings\n  }\n": typeof types.ApprovalRuleSetFieldsFragmentDoc,
    "\n  query ApprovalRules {\n    approvalRules {\n      ...ApprovalRuleSetFields\n    }\n  }\n": typeof types.ApprovalRulesDocument,
    "\n  mutation SetApprovalRules($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {\n    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) {\n      ...ApprovalRuleSetFields\n    }\n  }\n": typeof types.SetApprovalRulesDocument,
    "\n  mutation RemoveApprovalRules($locationId: ID, $roomId: ID) {\n    removeApprovalRules(locationId: $locationId, roomId: $roomId)\n  }\n": typeof types.RemoveApprovalRulesDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    language\n    organization {\n      id\n      name\n      shortName\n    }\n    capabilities {\n      administer\n      viewReports\n      readFairnessReport\n      manageDisplayLinks\n      bookForAnyOrganization\n      giveReasonForChanges\n      editOrganizationDescription\n      askForCoaching\n      workAsCoach\n      manageCoaching\n      manageNetwork\n      readNetwork\n      takePartInNetwork\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!, $reason: String) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": typeof types.UpdateBookingDocument,
    "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": typeof types.MoveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!, $reason: String) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  fragment SeriesOccurrenceFields on SeriesOccurrence {\n    start\n    end\n    status\n    reason\n    holiday\n    conflicting {\n      id\n      title\n      organizationName\n    }\n  }\n": typeof types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query PreviewBookingSeries($input: BookingSeriesInput!) {\n    previewBookingSeries(input: $input) {\n      occurrences {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n": typeof types.PreviewBookingSeriesDocument,
    "\n  mutation CreateBookingSeries($input: BookingSeriesInput!, $onConflict: OnConflict) {\n    createBookingSeries(input: $input, onConflict: $onConflict) {\n      series {\n        id\n        rrule\n      }\n      created {\n        ...BookingFields\n      }\n      skipped {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n": typeof types.CreateBookingSeriesDocument,
    "\n  mutation UpdateBookingSeries($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!) {\n    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.UpdateBookingSeriesDocument,
    "\n  mutation CancelBookingSeries($seriesId: ID!, $fromStart: DateTime) {\n    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.CancelBookingSeriesDocument,
    "\n  mutation RestoreSeriesOccurrence($seriesId: ID!, $occurrenceStart: DateTime!) {\n    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) {\n      ...BookingFields\n    }\n  }\n": typeof types.RestoreSeriesOccurrenceDocument,
    "\n  query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {\n    bookings(from: $from, to: $to, locationIds: $locationIds) {\n      ...BookingFields\n    }\n  }\n": typeof types.BookingsInRangeDocument,
    "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      batchRemaining\n      actorId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.BookingChangedDocument,
    "\n  query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      holiday\n      date\n      start\n      end\n      locationId\n      roomId\n    }\n  }\n": typeof types.ClosedPeriodsDocument,
    "\n  query NextOpenings($from: DateTime!) {\n    locations {\n      id\n      nextOpening(from: $from) {\n        start\n        end\n      }\n    }\n  }\n": typeof types.NextOpeningsDocument,
    "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(bookingId: $bookingId) {\n      ...BookingFields\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query CheckInSettings {\n    checkInSettings {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n": typeof types.CheckInSettingsDocument,
    "\n  mutation SetCheckInSettings($locationId: ID!, $input: CheckInSettingsInput!) {\n    setCheckInSettings(locationId: $locationId, input: $input) {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n": typeof types.SetCheckInSettingsDocument,
    "\n  query CheckInBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n": typeof types.CheckInBookingDocument,
    "\n  query SeriesNotices {\n    seriesNotices(unreadOnly: true) {\n      id\n      occurredAt\n      toStaff\n      booking {\n        id\n        title\n        start\n        organization {\n          id\n          name\n        }\n        series {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeriesNoticesDocument,
    "\n  mutation MarkSeriesNoticesRead($ids: [ID!]) {\n    markSeriesNoticesRead(ids: $ids)\n  }\n": typeof types.MarkSeriesNoticesReadDocument,
    "\n  fragment CoachingSessionFields on CoachingSession {\n    id\n    start\n    end\n    status\n    onlineUrl\n    cancelReason\n    room {\n      id\n      name\n    }\n    house {\n      id\n      name\n      address\n    }\n  }\n": typeof types.CoachingSessionFieldsFragmentDoc,
    "\n  fragment CoachingRequestSummary on CoachingRequest {\n    id\n    status\n    topic\n    createdAt\n    updatedAt\n    deadline\n    organization {\n      id\n      name\n      shortName\n    }\n    coach {\n      id\n      name\n    }\n    sessions {\n      ...CoachingSessionFields\n    }\n  }\n": typeof types.CoachingRequestSummaryFragmentDoc,
    "\n  query CoachingRequests {\n    coachingRequests {\n      ...CoachingRequestSummary\n    }\n  }\n": typeof types.CoachingRequestsDocument,
    "\n  query CoachingRequest($id: ID!) {\n    coachingRequest(id: $id) {\n      ...CoachingRequestSummary\n      text\n      languages\n      outcome\n      declineReason\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n      availability {\n        weekday\n        from\n        to\n      }\n      messages {\n        id\n        text\n        authorName\n        createdAt\n        staffOnly\n      }\n    }\n  }\n": typeof types.CoachingRequestDocument,
    "\n  query CoachingPlaces {\n    locations {\n      id\n      name\n      address\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": typeof types.CoachingPlacesDocument,
    "\n  query CoachingOrganizations {\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.CoachingOrganizationsDocument,
    "\n  mutation RequestCoaching($input: CoachingRequestInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestSummary\n    }\n  }\n": typeof types.RequestCoachingDocument,
    "\n  mutation AddCoachingMessage($requestId: ID!, $text: String!, $staffOnly: Boolean!) {\n    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) {\n      id\n    }\n  }\n": typeof types.AddCoachingMessageDocument,
    "\n  mutation CloseCoachingRequest($requestId: ID!, $outcome: String!) {\n    closeCoachingRequest(requestId: $requestId, outcome: $outcome) {\n      id\n      status\n      outcome\n      # with the new state, so the page never offers a step the state no longer allows\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n    }\n  }\n": typeof types.CloseCoachingRequestDocument,
    "\n  mutation ScheduleCoachingSession($requestId: ID!, $input: CoachingSessionInput!) {\n    scheduleCoachingSession(requestId: $requestId, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n": typeof types.ScheduleCoachingSessionDocument,
    "\n  mutation CancelCoachingSession($id: ID!, $reason: String) {\n    cancelCoachingSession(id: $id, reason: $reason) {\n      ...CoachingSessionFields\n    }\n  }\n": typeof types.CancelCoachingSessionDocument,
    "\n  mutation MoveCoachingSession($id: ID!, $input: CoachingSessionInput!) {\n    moveCoachingSession(id: $id, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n": typeof types.MoveCoachingSessionDocument,
    "\n  subscription CoachingChanges {\n    coachingChanges {\n      requestId\n      cursor\n      kind\n    }\n  }\n": typeof types.CoachingChangesDocument,
    "\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n": typeof types.DisplayDirectoryDocument,
    "\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.DisplayLinksDocument,
    "\n  mutation CreateDisplayLink($locationId: ID!, $label: String, $languages: [String!]) {\n    createDisplayLink(locationId: $locationId, label: $label, languages: $languages) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        languages\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateDisplayLinkDocument,
    "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDisplayLinkDocument,
    "\n  query DisplaySettings {\n    displaySettings {\n      id\n      languages\n    }\n  }\n": typeof types.DisplaySettingsDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      kind\n      label\n      url\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation RenewCalendarFeed($kind: CalendarFeedKind!) {\n    renewCalendarFeed(kind: $kind) {\n      kind\n      label\n      url\n    }\n  }\n": typeof types.RenewCalendarFeedDocument,
    "\n  query FreeRooms($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {\n    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) {\n      id\n      name\n      capacity\n      features\n      locationId\n    }\n  }\n": typeof types.FreeRoomsDocument,
    "\n  query FreeSlots($date: Date!, $minMinutes: Int) {\n    freeSlots(date: $date, minMinutes: $minMinutes) {\n      roomId\n      start\n      end\n    }\n  }\n": typeof types.FreeSlotsDocument,
    "\n  query MyBookings($first: Int, $from: DateTime) {\n    myBookings(first: $first, from: $from) {\n      ...BookingFields\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query SearchBookings($text: String!, $from: DateTime!, $to: DateTime!) {\n    searchBookings(text: $text, from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": typeof types.SearchBookingsDocument,
    "\n  fragment MemberMeetingSummary on NetworkMeeting {\n    id\n    title\n    start\n    end\n    state\n    agendaDeadline\n    agendaOpen\n    minutesPublishedAt\n    attendingCount\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n      timeZone\n    }\n    myResponse {\n      ...MemberMeetingResponse\n    }\n  }\n": typeof types.MemberMeetingSummaryFragmentDoc,
    "\n  fragment MemberMeetingResponse on MeetingResponse {\n    id\n    attending\n    people\n    interpretation\n    updatedAt\n  }\n": typeof types.MemberMeetingResponseFragmentDoc,
    "\n  fragment MemberAgendaItem on AgendaItem {\n    id\n    meetingId\n    title\n    text\n    language\n    status\n    position\n    mergedIntoId\n    createdAt\n    mayEdit\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.MemberAgendaItemFragmentDoc,
    "\n  query MemberNetworkMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...MemberMeetingSummary\n    }\n  }\n": typeof types.MemberNetworkMeetingsDocument,
    "\n  query MemberNetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...MemberMeetingSummary\n      description\n      interpretationLanguages\n      version\n      minutes\n      agenda {\n        ...MemberAgendaItem\n      }\n      decisions {\n        id\n        text\n        responsible\n        state\n        updatedAt\n      }\n      abilities {\n        respond\n        proposeAgendaItem\n      }\n    }\n  }\n": typeof types.MemberNetworkMeetingDocument,
    "\n  mutation MemberRespondToNetworkMeeting($meetingId: ID!, $input: MeetingResponseInput!) {\n    respondToNetworkMeeting(meetingId: $meetingId, input: $input) {\n      ...MemberMeetingResponse\n    }\n  }\n": typeof types.MemberRespondToNetworkMeetingDocument,
    "\n  mutation MemberProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n": typeof types.MemberProposeAgendaItemDocument,
    "\n  mutation MemberUpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n": typeof types.MemberUpdateAgendaItemDocument,
    "\n  fragment MemberProposal on Proposal {\n    id\n    title\n    text\n    language\n    status\n    answer\n    answeredAt\n    createdAt\n    supportCount\n    supportedByMine\n    organization {\n      id\n      name\n      shortName\n    }\n    supporters {\n      id\n      name\n      shortName\n    }\n    abilities {\n      support\n      edit\n    }\n  }\n": typeof types.MemberProposalFragmentDoc,
    "\n  query MemberProposals {\n    proposals {\n      ...MemberProposal\n    }\n  }\n": typeof types.MemberProposalsDocument,
    "\n  mutation MemberCreateProposal($input: ProposalInput!) {\n    createProposal(input: $input) {\n      ...MemberProposal\n    }\n  }\n": typeof types.MemberCreateProposalDocument,
    "\n  mutation MemberUpdateProposal($id: ID!, $input: ProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...MemberProposal\n    }\n  }\n": typeof types.MemberUpdateProposalDocument,
    "\n  mutation MemberSupportProposal($id: ID!, $support: Boolean!) {\n    supportProposal(id: $id, support: $support) {\n      ...MemberProposal\n    }\n  }\n": typeof types.MemberSupportProposalDocument,
    "\n  subscription MemberNetworkChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n": typeof types.MemberNetworkChangesDocument,
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      reason\n      news\n      booking {\n        id\n        title\n        start\n        end\n        expiresAt\n        room {\n          id\n          name\n          locationId\n        }\n      }\n      previous {\n        start\n        end\n        roomName\n        houseName\n      }\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadCoachingNotices {\n    coachingNotices(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      request {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnreadCoachingNoticesDocument,
    "\n  mutation MarkCoachingNoticesRead($ids: [ID!]) {\n    markCoachingNoticesRead(ids: $ids)\n  }\n": typeof types.MarkCoachingNoticesReadDocument,
    "\n  query UnreadNetworkNotices {\n    networkNotices(unreadOnly: true) {\n      id\n      kind\n      occurredAt\n      meetingId\n      proposalId\n      title\n      start\n    }\n  }\n": typeof types.UnreadNetworkNoticesDocument,
    "\n  mutation MarkNetworkNoticesRead($ids: [ID!]) {\n    markNetworkNoticesRead(ids: $ids)\n  }\n": typeof types.MarkNetworkNoticesReadDocument,
    "\n  subscription NoticeCue {\n    bookingChanged {\n      cursor\n      actorId\n      booking {\n        id\n        status\n      }\n    }\n  }\n": typeof types.NoticeCueDocument,
    "\n  query PrivacyFacts {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n        imprintUrl\n        sessionDays\n        auditRetentionMonths\n        notificationRetentionMonths\n        backupDays\n      }\n    }\n  }\n": typeof types.PrivacyFactsDocument,
    "\n  mutation ErasePerson($id: ID!) {\n    erasePerson(id: $id)\n  }\n": typeof types.ErasePersonDocument,
    "\n  mutation EraseOrganization($id: ID!) {\n    eraseOrganization(id: $id)\n  }\n": typeof types.EraseOrganizationDocument,
    "\n  fragment PublicOrganizationFields on PublicOrganization {\n    id\n    shortName\n    name\n    description\n    descriptionTranslations {\n      language\n      text\n    }\n    languages\n    categories\n    contactEmail\n    contactPhone\n    regularMeetings {\n      weekday\n      startTime\n      endTime\n      roomName\n      houseName\n      address\n    }\n    nextEvents {\n      id\n      title\n      category\n      start\n      end\n      roomName\n      houseName\n    }\n    houses {\n      id\n      name\n      address\n    }\n  }\n": typeof types.PublicOrganizationFieldsFragmentDoc,
    "\n  query PublicOrganizations {\n    publicOrganizations {\n      ...PublicOrganizationFields\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n": typeof types.PublicOrganizationsDocument,
    "\n  query PublicOrganization($shortName: String!) {\n    publicOrganization(shortName: $shortName) {\n      ...PublicOrganizationFields\n    }\n  }\n": typeof types.PublicOrganizationDocument,
    "\n  query FirstVisit {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n      }\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n": typeof types.FirstVisitDocument,
    "\n  query UsageReport($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {\n    usageReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n      }\n      totals {\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n        organizations\n        newOrganizations\n      }\n    }\n  }\n": typeof types.UsageReportDocument,
    "\n  query ReportChartFigures($from: DateTime!, $to: DateTime!) {\n    byMonth: usageReport(from: $from, to: $to, groupBy: [MONTH, CATEGORY]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    byOrganization: usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    roomOccupancy(from: $from, to: $to) {\n      roomId\n      roomName\n      locationName\n      openHours\n      bookedHours\n      share\n      cells {\n        weekday\n        hour\n        openHours\n        bookedHours\n      }\n    }\n  }\n": typeof types.ReportChartFiguresDocument,
    "\n  query CoachingReport($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {\n    coachingReport(from: $from, to: $to, by: $by) {\n      rows {\n        topic\n        organizationId\n        organizationName\n        month\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n      totals {\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n    }\n  }\n": typeof types.CoachingReportDocument,
    "\n  query NetworkReport($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod!) {\n    networkReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        period\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n      totals {\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n    }\n  }\n": typeof types.NetworkReportDocument,
    "\n  query FairnessReport($from: DateTime!, $to: DateTime!) {\n    fairnessReport(from: $from, to: $to) {\n      rows {\n        organizationId\n        organizationName\n        takesPart\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n        eveningAgainstFairShare\n      }\n      totals {\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n      }\n      fairShare {\n        eveningHours\n        organizations\n        hoursPerOrganization\n      }\n      eveningStartsAt\n    }\n  }\n": typeof types.FairnessReportDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    checkedInAt\n    expiresAt\n    statusReason\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    occurrenceStart\n    series {\n      id\n      rrule\n    }\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  fragment LocationFields on Location {\n    id\n    name\n    address\n    timeZone\n    openOnPublicHolidays\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      features\n      locationId\n    }\n  }\n": typeof types.LocationFieldsFragmentDoc,
    "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.CalendarDirectoryDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      cursor\n      entity\n      entityId\n    }\n  }\n": typeof types.DirectoryChangedDocument,
    "\n  fragment WaitingListEntryFields on WaitingListEntry {\n    id\n    status\n    start\n    end\n    ahead\n    title\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n    }\n    offer {\n      ...BookingFields\n    }\n  }\n": typeof types.WaitingListEntryFieldsFragmentDoc,
    "\n  query MyWaitingList {\n    myWaitingList {\n      ...WaitingListEntryFields\n    }\n  }\n": typeof types.MyWaitingListDocument,
    "\n  mutation JoinWaitingList($input: WaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryFields\n    }\n  }\n": typeof types.JoinWaitingListDocument,
    "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": typeof types.LeaveWaitingListDocument,
    "\n  mutation ConfirmWaitingListOffer($id: ID!) {\n    confirmWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": typeof types.ConfirmWaitingListOfferDocument,
    "\n  mutation DeclineWaitingListOffer($id: ID!) {\n    declineWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": typeof types.DeclineWaitingListOfferDocument,
    "\n  subscription WaitingListCue {\n    bookingChanged {\n      cursor\n      kind\n      bookingId\n      booking {\n        id\n        status\n        organization {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WaitingListCueDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateMeDocument,
    "\n  query OwnOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        description\n        descriptionTranslations {\n          language\n          text\n        }\n      }\n    }\n  }\n": types.OwnOrganizationDocument,
    "\n  mutation UpdateOrganizationDescription($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {\n    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {\n      id\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n    }\n  }\n": types.UpdateOrganizationDescriptionDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      name\n      role\n      organizationName\n      language\n      expiresAt\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  fragment CoachingQueueRequest on CoachingRequest {\n    id\n    topic\n    text\n    languages\n    availability {\n      weekday\n      from\n      to\n    }\n    deadline\n    status\n    overdue\n    declineReason\n    outcome\n    viewerMay {\n      assign\n      decline\n    }\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    coach {\n      id\n      name\n    }\n    suggestedCoaches {\n      knowsTopic\n      sharedLanguages\n      coach {\n        id\n        name\n      }\n    }\n  }\n": types.CoachingQueueRequestFragmentDoc,
    "\n  query CoachingQueue {\n    open: coachingRequests(status: [REQUESTED, ASSIGNED, SCHEDULED]) {\n      ...CoachingQueueRequest\n    }\n    finished: coachingRequests(status: [CLOSED, DECLINED]) {\n      ...CoachingQueueRequest\n    }\n  }\n": types.CoachingQueueDocument,
    "\n  query AdminCoaches {\n    coaches {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n": types.AdminCoachesDocument,
    "\n  query CoachAccounts {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": types.CoachAccountsDocument,
    "\n  mutation AssignCoach($requestId: ID!, $coachId: ID!) {\n    assignCoach(requestId: $requestId, coachId: $coachId) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      coach {\n        id\n        name\n      }\n    }\n  }\n": types.AssignCoachDocument,
    "\n  mutation DeclineCoachingRequest($requestId: ID!, $reason: String!) {\n    declineCoachingRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      declineReason\n    }\n  }\n": types.DeclineCoachingRequestDocument,
    "\n  mutation CreateCoach($input: CoachInput!) {\n    createCoach(input: $input) {\n      id\n    }\n  }\n": types.CreateCoachDocument,
    "\n  mutation UpdateCoach($id: ID!, $input: UpdateCoachInput!) {\n    updateCoach(id: $id, input: $input) {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n": types.UpdateCoachDocument,
    "\n  query AdminLocations {\n    locations(includeRetired: true) {\n      id\n      name\n      address\n      timeZone\n      sortOrder\n      active\n      openOnPublicHolidays\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      rooms(includeRetired: true) {\n        id\n        locationId\n        name\n        capacity\n        features\n        colour\n        sortOrder\n        active\n      }\n    }\n  }\n": types.AdminLocationsDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n": types.UpdateLocationDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  query AdminOrganizations {\n    organizations(includeInactive: true) {\n      id\n      name\n      shortName\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n      languages\n      contactEmail\n      contactPhone\n      profilePublic\n      publicContact\n      active\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      active\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query People($organizationId: ID) {\n    users(organizationId: $organizationId) {\n      id\n      name\n      email\n      role\n      active\n      language\n      lastSignInAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailSent\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation CreatePasswordReset($userId: ID!) {\n    createPasswordReset(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": types.CreatePasswordResetDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      hasMore\n      entries {\n        cursor\n        occurredAt\n        actor {\n          id\n          name\n          erased\n        }\n        entity\n        entityId\n        action\n        before\n        after\n        reason\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query HouseClosures($from: DateTime!, $to: DateTime!, $locationId: ID!) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      start\n      end\n      roomId\n    }\n  }\n": types.HouseClosuresDocument,
    "\n  query ClosureBookings($id: ID!) {\n    closure(id: $id) {\n      id\n      affectedBookings {\n        id\n        title\n        start\n        end\n        status\n        version\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClosureBookingsDocument,
    "\n  query ClosurePreview($input: CreateClosureInput!) {\n    closurePreview(input: $input) {\n      booking {\n        id\n        title\n        start\n        end\n        expectedAttendees\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n      suggestions {\n        id\n        name\n        capacity\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClosurePreviewDocument,
    "\n  mutation CreateClosure($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]!) {\n    createClosure(input: $input, decisions: $decisions) {\n      id\n    }\n  }\n": types.CreateClosureDocument,
    "\n  mutation DecideClosureBookings($closureId: ID!, $decisions: [ClosureDecisionInput!]!) {\n    decideClosureBookings(closureId: $closureId, decisions: $decisions) {\n      id\n      status\n      version\n    }\n  }\n": types.DecideClosureBookingsDocument,
    "\n  mutation DeleteClosure($id: ID!) {\n    deleteClosure(id: $id)\n  }\n": types.DeleteClosureDocument,
    "\n  query BackupState {\n    backupState {\n      lastTakenAt\n      stale\n      scheduled\n    }\n  }\n": types.BackupStateDocument,
    "\n  fragment NetworkAdminMeetingSummary on NetworkMeeting {\n    id\n    title\n    description\n    start\n    end\n    version\n    state\n    agendaDeadline\n    agendaOpen\n    interpretationLanguages\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      timeZone\n    }\n    attendingCount\n    minutesPublishedAt\n    abilities {\n      manage\n      publishMinutes\n    }\n  }\n": types.NetworkAdminMeetingSummaryFragmentDoc,
    "\n  fragment NetworkAdminMeeting on NetworkMeeting {\n    ...NetworkAdminMeetingSummary\n    responses {\n      id\n      attending\n      people\n      interpretation\n      updatedAt\n      organization {\n        id\n        name\n      }\n    }\n    notAnswered {\n      id\n      name\n    }\n    interpretationNeeds {\n      language\n      organizations\n      people\n    }\n    agenda {\n      id\n      title\n      text\n      language\n      status\n      position\n      mergedIntoId\n      movedFromMeetingId\n      proposalId\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    minutes\n    decisions {\n      id\n      text\n      responsible\n      state\n      updatedAt\n    }\n    attendance {\n      people\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.NetworkAdminMeetingFragmentDoc,
    "\n  query NetworkAdminMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...NetworkAdminMeetingSummary\n    }\n  }\n": types.NetworkAdminMeetingsDocument,
    "\n  query NetworkAdminMeetingDetails($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkAdminMeeting\n    }\n  }\n": types.NetworkAdminMeetingDetailsDocument,
    "\n  query NetworkAdminPlaces {\n    locations {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": types.NetworkAdminPlacesDocument,
    "\n  mutation AdminCreateNetworkMeeting($input: NetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateNetworkMeetingDocument,
    "\n  mutation AdminUpdateNetworkMeeting($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {\n    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...NetworkAdminMeeting\n    }\n  }\n": types.AdminUpdateNetworkMeetingDocument,
    "\n  mutation AdminCancelNetworkMeeting($id: ID!, $reason: String) {\n    cancelNetworkMeeting(id: $id, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n": types.AdminCancelNetworkMeetingDocument,
    "\n  mutation AdminDecideAgendaItem($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {\n    decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) {\n      id\n      status\n      position\n      mergedIntoId\n    }\n  }\n": types.AdminDecideAgendaItemDocument,
    "\n  mutation AdminOrderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    orderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      agenda {\n        id\n        status\n        position\n      }\n    }\n  }\n": types.AdminOrderAgendaDocument,
    "\n  mutation AdminPublishMinutes($meetingId: ID!, $input: MinutesInput!) {\n    publishMinutes(meetingId: $meetingId, input: $input) {\n      ...NetworkAdminMeeting\n    }\n  }\n": types.AdminPublishMinutesDocument,
    "\n  mutation AdminUpdateDecision($id: ID!, $state: DecisionState!) {\n    updateDecision(id: $id, state: $state) {\n      id\n      state\n      updatedAt\n    }\n  }\n": types.AdminUpdateDecisionDocument,
    "\n  query NetworkAdminProposals {\n    proposals {\n      id\n      title\n      text\n      language\n      status\n      answer\n      answeredAt\n      createdAt\n      supportCount\n      organization {\n        id\n        name\n      }\n      supporters {\n        id\n        name\n      }\n      abilities {\n        answer\n      }\n    }\n  }\n": types.NetworkAdminProposalsDocument,
    "\n  mutation AdminAnswerProposal($id: ID!, $status: ProposalStatus!, $answer: String!) {\n    answerProposal(id: $id, status: $status, answer: $answer) {\n      id\n      status\n      answer\n      answeredAt\n      abilities {\n        answer\n      }\n    }\n  }\n": types.AdminAnswerProposalDocument,
    "\n  mutation AdminProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.AdminProposeAgendaItemDocument,
    "\n  subscription NetworkAdminChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n": types.NetworkAdminChangesDocument,
    "\n  query AppInfo {\n    appInfo {\n      demo\n      mailConfigured\n      privacy {\n        imprintUrl\n      }\n    }\n  }\n": types.AppInfoDocument,
    "\n  mutation UpdateMyLanguage($language: String!) {\n    updateMe(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  query BookingRequests {\n    bookingRequests {\n      booking {\n        ...BookingFields\n        room {\n          id\n          name\n          locationId\n          capacity\n        }\n      }\n      reasons\n      seriesRequested\n      organizationConfirmed\n      organizationReleased\n      organizationDeclined\n    }\n  }\n": types.BookingRequestsDocument,
    "\n  mutation ApproveBooking($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {\n    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n": types.ApproveBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!, $wholeSeries: Boolean) {\n    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n": types.DeclineBookingDocument,
    "\n  fragment ApprovalRuleSetFields on ApprovalRuleSet {\n    id\n    locationId\n    roomId\n    always\n    minAttendees\n    onWeekends\n    seriesLongerThan\n    firstBookings\n  }\n": types.ApprovalRuleSetFieldsFragmentDoc,
    "\n  query ApprovalRules {\n    approvalRules {\n      ...ApprovalRuleSetFields\n    }\n  }\n": types.ApprovalRulesDocument,
    "\n  mutation SetApprovalRules($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {\n    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) {\n      ...ApprovalRuleSetFields\n    }\n  }\n": types.SetApprovalRulesDocument,
    "\n  mutation RemoveApprovalRules($locationId: ID, $roomId: ID) {\n    removeApprovalRules(locationId: $locationId, roomId: $roomId)\n  }\n": types.RemoveApprovalRulesDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    language\n    organization {\n      id\n      name\n      shortName\n    }\n    capabilities {\n      administer\n      viewReports\n      readFairnessReport\n      manageDisplayLinks\n      bookForAnyOrganization\n      giveReasonForChanges\n      editOrganizationDescription\n      askForCoaching\n      workAsCoach\n      manageCoaching\n      manageNetwork\n      readNetwork\n      takePartInNetwork\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!, $reason: String) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": types.MoveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!, $reason: String) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  fragment SeriesOccurrenceFields on SeriesOccurrence {\n    start\n    end\n    status\n    reason\n    holiday\n    conflicting {\n      id\n      title\n      organizationName\n    }\n  }\n": types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query PreviewBookingSeries($input: BookingSeriesInput!) {\n    previewBookingSeries(input: $input) {\n      occurrences {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n": types.PreviewBookingSeriesDocument,
    "\n  mutation CreateBookingSeries($input: BookingSeriesInput!, $onConflict: OnConflict) {\n    createBookingSeries(input: $input, onConflict: $onConflict) {\n      series {\n        id\n        rrule\n      }\n      created {\n        ...BookingFields\n      }\n      skipped {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n": types.CreateBookingSeriesDocument,
    "\n  mutation UpdateBookingSeries($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!) {\n    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n": types.UpdateBookingSeriesDocument,
    "\n  mutation CancelBookingSeries($seriesId: ID!, $fromStart: DateTime) {\n    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n": types.CancelBookingSeriesDocument,
    "\n  mutation RestoreSeriesOccurrence($seriesId: ID!, $occurrenceStart: DateTime!) {\n    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) {\n      ...BookingFields\n    }\n  }\n": types.RestoreSeriesOccurrenceDocument,
    "\n  query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {\n    bookings(from: $from, to: $to, locationIds: $locationIds) {\n      ...BookingFields\n    }\n  }\n": types.BookingsInRangeDocument,
    "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      batchRemaining\n      actorId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n": types.BookingChangedDocument,
    "\n  query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      holiday\n      date\n      start\n      end\n      locationId\n      roomId\n    }\n  }\n": types.ClosedPeriodsDocument,
    "\n  query NextOpenings($from: DateTime!) {\n    locations {\n      id\n      nextOpening(from: $from) {\n        start\n        end\n      }\n    }\n  }\n": types.NextOpeningsDocument,
    "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(bookingId: $bookingId) {\n      ...BookingFields\n    }\n  }\n": types.CheckInDocument,
    "\n  query CheckInSettings {\n    checkInSettings {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n": types.CheckInSettingsDocument,
    "\n  mutation SetCheckInSettings($locationId: ID!, $input: CheckInSettingsInput!) {\n    setCheckInSettings(locationId: $locationId, input: $input) {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n": types.SetCheckInSettingsDocument,
    "\n  query CheckInBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n": types.CheckInBookingDocument,
    "\n  query SeriesNotices {\n    seriesNotices(unreadOnly: true) {\n      id\n      occurredAt\n      toStaff\n      booking {\n        id\n        title\n        start\n        organization {\n          id\n          name\n        }\n        series {\n          id\n        }\n      }\n    }\n  }\n": types.SeriesNoticesDocument,
    "\n  mutation MarkSeriesNoticesRead($ids: [ID!]) {\n    markSeriesNoticesRead(ids: $ids)\n  }\n": types.MarkSeriesNoticesReadDocument,
    "\n  fragment CoachingSessionFields on CoachingSession {\n    id\n    start\n    end\n    status\n    onlineUrl\n    cancelReason\n    room {\n      id\n      name\n    }\n    house {\n      id\n      name\n      address\n    }\n  }\n": types.CoachingSessionFieldsFragmentDoc,
    "\n  fragment CoachingRequestSummary on CoachingRequest {\n    id\n    status\n    topic\n    createdAt\n    updatedAt\n    deadline\n    organization {\n      id\n      name\n      shortName\n    }\n    coach {\n      id\n      name\n    }\n    sessions {\n      ...CoachingSessionFields\n    }\n  }\n": types.CoachingRequestSummaryFragmentDoc,
    "\n  query CoachingRequests {\n    coachingRequests {\n      ...CoachingRequestSummary\n    }\n  }\n": types.CoachingRequestsDocument,
    "\n  query CoachingRequest($id: ID!) {\n    coachingRequest(id: $id) {\n      ...CoachingRequestSummary\n      text\n      languages\n      outcome\n      declineReason\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n      availability {\n        weekday\n        from\n        to\n      }\n      messages {\n        id\n        text\n        authorName\n        createdAt\n        staffOnly\n      }\n    }\n  }\n": types.CoachingRequestDocument,
    "\n  query CoachingPlaces {\n    locations {\n      id\n      name\n      address\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": types.CoachingPlacesDocument,
    "\n  query CoachingOrganizations {\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": types.CoachingOrganizationsDocument,
    "\n  mutation RequestCoaching($input: CoachingRequestInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestSummary\n    }\n  }\n": types.RequestCoachingDocument,
    "\n  mutation AddCoachingMessage($requestId: ID!, $text: String!, $staffOnly: Boolean!) {\n    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) {\n      id\n    }\n  }\n": types.AddCoachingMessageDocument,
    "\n  mutation CloseCoachingRequest($requestId: ID!, $outcome: String!) {\n    closeCoachingRequest(requestId: $requestId, outcome: $outcome) {\n      id\n      status\n      outcome\n      # with the new state, so the page never offers a step the state no longer allows\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n    }\n  }\n": types.CloseCoachingRequestDocument,
    "\n  mutation ScheduleCoachingSession($requestId: ID!, $input: CoachingSessionInput!) {\n    scheduleCoachingSession(requestId: $requestId, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n": types.ScheduleCoachingSessionDocument,
    "\n  mutation CancelCoachingSession($id: ID!, $reason: String) {\n    cancelCoachingSession(id: $id, reason: $reason) {\n      ...CoachingSessionFields\n    }\n  }\n": types.CancelCoachingSessionDocument,
    "\n  mutation MoveCoachingSession($id: ID!, $input: CoachingSessionInput!) {\n    moveCoachingSession(id: $id, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n": types.MoveCoachingSessionDocument,
    "\n  subscription CoachingChanges {\n    coachingChanges {\n      requestId\n      cursor\n      kind\n    }\n  }\n": types.CoachingChangesDocument,
    "\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n": types.DisplayDirectoryDocument,
    "\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": types.DisplayLinksDocument,
    "\n  mutation CreateDisplayLink($locationId: ID!, $label: String, $languages: [String!]) {\n    createDisplayLink(locationId: $locationId, label: $label, languages: $languages) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        languages\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateDisplayLinkDocument,
    "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDisplayLinkDocument,
    "\n  query DisplaySettings {\n    displaySettings {\n      id\n      languages\n    }\n  }\n": types.DisplaySettingsDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      kind\n      label\n      url\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation RenewCalendarFeed($kind: CalendarFeedKind!) {\n    renewCalendarFeed(kind: $kind) {\n      kind\n      label\n      url\n    }\n  }\n": types.RenewCalendarFeedDocument,
    "\n  query FreeRooms($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {\n    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) {\n      id\n      name\n      capacity\n      features\n      locationId\n    }\n  }\n": types.FreeRoomsDocument,
    "\n  query FreeSlots($date: Date!, $minMinutes: Int) {\n    freeSlots(date: $date, minMinutes: $minMinutes) {\n      roomId\n      start\n      end\n    }\n  }\n": types.FreeSlotsDocument,
    "\n  query MyBookings($first: Int, $from: DateTime) {\n    myBookings(first: $first, from: $from) {\n      ...BookingFields\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query SearchBookings($text: String!, $from: DateTime!, $to: DateTime!) {\n    searchBookings(text: $text, from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": types.SearchBookingsDocument,
    "\n  fragment MemberMeetingSummary on NetworkMeeting {\n    id\n    title\n    start\n    end\n    state\n    agendaDeadline\n    agendaOpen\n    minutesPublishedAt\n    attendingCount\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n      timeZone\n    }\n    myResponse {\n      ...MemberMeetingResponse\n    }\n  }\n": types.MemberMeetingSummaryFragmentDoc,
    "\n  fragment MemberMeetingResponse on MeetingResponse {\n    id\n    attending\n    people\n    interpretation\n    updatedAt\n  }\n": types.MemberMeetingResponseFragmentDoc,
    "\n  fragment MemberAgendaItem on AgendaItem {\n    id\n    meetingId\n    title\n    text\n    language\n    status\n    position\n    mergedIntoId\n    createdAt\n    mayEdit\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": types.MemberAgendaItemFragmentDoc,
    "\n  query MemberNetworkMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...MemberMeetingSummary\n    }\n  }\n": types.MemberNetworkMeetingsDocument,
    "\n  query MemberNetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...MemberMeetingSummary\n      description\n      interpretationLanguages\n      version\n      minutes\n      agenda {\n        ...MemberAgendaItem\n      }\n      decisions {\n        id\n        text\n        responsible\n        state\n        updatedAt\n      }\n      abilities {\n        respond\n        proposeAgendaItem\n      }\n    }\n  }\n": types.MemberNetworkMeetingDocument,
    "\n  mutation MemberRespondToNetworkMeeting($meetingId: ID!, $input: MeetingResponseInput!) {\n    respondToNetworkMeeting(meetingId: $meetingId, input: $input) {\n      ...MemberMeetingResponse\n    }\n  }\n": types.MemberRespondToNetworkMeetingDocument,
    "\n  mutation MemberProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n": types.MemberProposeAgendaItemDocument,
    "\n  mutation MemberUpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n": types.MemberUpdateAgendaItemDocument,
    "\n  fragment MemberProposal on Proposal {\n    id\n    title\n    text\n    language\n    status\n    answer\n    answeredAt\n    createdAt\n    supportCount\n    supportedByMine\n    organization {\n      id\n      name\n      shortName\n    }\n    supporters {\n      id\n      name\n      shortName\n    }\n    abilities {\n      support\n      edit\n    }\n  }\n": types.MemberProposalFragmentDoc,
    "\n  query MemberProposals {\n    proposals {\n      ...MemberProposal\n    }\n  }\n": types.MemberProposalsDocument,
    "\n  mutation MemberCreateProposal($input: ProposalInput!) {\n    createProposal(input: $input) {\n      ...MemberProposal\n    }\n  }\n": types.MemberCreateProposalDocument,
    "\n  mutation MemberUpdateProposal($id: ID!, $input: ProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...MemberProposal\n    }\n  }\n": types.MemberUpdateProposalDocument,
    "\n  mutation MemberSupportProposal($id: ID!, $support: Boolean!) {\n    supportProposal(id: $id, support: $support) {\n      ...MemberProposal\n    }\n  }\n": types.MemberSupportProposalDocument,
    "\n  subscription MemberNetworkChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n": types.MemberNetworkChangesDocument,
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      reason\n      news\n      booking {\n        id\n        title\n        start\n        end\n        expiresAt\n        room {\n          id\n          name\n          locationId\n        }\n      }\n      previous {\n        start\n        end\n        roomName\n        houseName\n      }\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadCoachingNotices {\n    coachingNotices(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      request {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UnreadCoachingNoticesDocument,
    "\n  mutation MarkCoachingNoticesRead($ids: [ID!]) {\n    markCoachingNoticesRead(ids: $ids)\n  }\n": types.MarkCoachingNoticesReadDocument,
    "\n  query UnreadNetworkNotices {\n    networkNotices(unreadOnly: true) {\n      id\n      kind\n      occurredAt\n      meetingId\n      proposalId\n      title\n      start\n    }\n  }\n": types.UnreadNetworkNoticesDocument,
    "\n  mutation MarkNetworkNoticesRead($ids: [ID!]) {\n    markNetworkNoticesRead(ids: $ids)\n  }\n": types.MarkNetworkNoticesReadDocument,
    "\n  subscription NoticeCue {\n    bookingChanged {\n      cursor\n      actorId\n      booking {\n        id\n        status\n      }\n    }\n  }\n": types.NoticeCueDocument,
    "\n  query PrivacyFacts {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n        imprintUrl\n        sessionDays\n        auditRetentionMonths\n        notificationRetentionMonths\n        backupDays\n      }\n    }\n  }\n": types.PrivacyFactsDocument,
    "\n  mutation ErasePerson($id: ID!) {\n    erasePerson(id: $id)\n  }\n": types.ErasePersonDocument,
    "\n  mutation EraseOrganization($id: ID!) {\n    eraseOrganization(id: $id)\n  }\n": types.EraseOrganizationDocument,
    "\n  fragment PublicOrganizationFields on PublicOrganization {\n    id\n    shortName\n    name\n    description\n    descriptionTranslations {\n      language\n      text\n    }\n    languages\n    categories\n    contactEmail\n    contactPhone\n    regularMeetings {\n      weekday\n      startTime\n      endTime\n      roomName\n      houseName\n      address\n    }\n    nextEvents {\n      id\n      title\n      category\n      start\n      end\n      roomName\n      houseName\n    }\n    houses {\n      id\n      name\n      address\n    }\n  }\n": types.PublicOrganizationFieldsFragmentDoc,
    "\n  query PublicOrganizations {\n    publicOrganizations {\n      ...PublicOrganizationFields\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n": types.PublicOrganizationsDocument,
    "\n  query PublicOrganization($shortName: String!) {\n    publicOrganization(shortName: $shortName) {\n      ...PublicOrganizationFields\n    }\n  }\n": types.PublicOrganizationDocument,
    "\n  query FirstVisit {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n      }\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n": types.FirstVisitDocument,
    "\n  query UsageReport($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {\n    usageReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n      }\n      totals {\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n        organizations\n        newOrganizations\n      }\n    }\n  }\n": types.UsageReportDocument,
    "\n  query ReportChartFigures($from: DateTime!, $to: DateTime!) {\n    byMonth: usageReport(from: $from, to: $to, groupBy: [MONTH, CATEGORY]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    byOrganization: usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    roomOccupancy(from: $from, to: $to) {\n      roomId\n      roomName\n      locationName\n      openHours\n      bookedHours\n      share\n      cells {\n        weekday\n        hour\n        openHours\n        bookedHours\n      }\n    }\n  }\n": types.ReportChartFiguresDocument,
    "\n  query CoachingReport($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {\n    coachingReport(from: $from, to: $to, by: $by) {\n      rows {\n        topic\n        organizationId\n        organizationName\n        month\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n      totals {\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n    }\n  }\n": types.CoachingReportDocument,
    "\n  query NetworkReport($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod!) {\n    networkReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        period\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n      totals {\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n    }\n  }\n": types.NetworkReportDocument,
    "\n  query FairnessReport($from: DateTime!, $to: DateTime!) {\n    fairnessReport(from: $from, to: $to) {\n      rows {\n        organizationId\n        organizationName\n        takesPart\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n        eveningAgainstFairShare\n      }\n      totals {\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n      }\n      fairShare {\n        eveningHours\n        organizations\n        hoursPerOrganization\n      }\n      eveningStartsAt\n    }\n  }\n": types.FairnessReportDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    checkedInAt\n    expiresAt\n    statusReason\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    occurrenceStart\n    series {\n      id\n      rrule\n    }\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  fragment LocationFields on Location {\n    id\n    name\n    address\n    timeZone\n    openOnPublicHolidays\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      features\n      locationId\n    }\n  }\n": types.LocationFieldsFragmentDoc,
    "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": types.CalendarDirectoryDocument,
    "\n  subscription DirectoryChanged {\n    directoryChanged {\n      cursor\n      entity\n      entityId\n    }\n  }\n": types.DirectoryChangedDocument,
    "\n  fragment WaitingListEntryFields on WaitingListEntry {\n    id\n    status\n    start\n    end\n    ahead\n    title\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n    }\n    offer {\n      ...BookingFields\n    }\n  }\n": types.WaitingListEntryFieldsFragmentDoc,
    "\n  query MyWaitingList {\n    myWaitingList {\n      ...WaitingListEntryFields\n    }\n  }\n": types.MyWaitingListDocument,
    "\n  mutation JoinWaitingList($input: WaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryFields\n    }\n  }\n": types.JoinWaitingListDocument,
    "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": types.LeaveWaitingListDocument,
    "\n  mutation ConfirmWaitingListOffer($id: ID!) {\n    confirmWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": types.ConfirmWaitingListOfferDocument,
    "\n  mutation DeclineWaitingListOffer($id: ID!) {\n    declineWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n": types.DeclineWaitingListOfferDocument,
    "\n  subscription WaitingListCue {\n    bookingChanged {\n      cursor\n      kind\n      bookingId\n      booking {\n        id\n        status\n        organization {\n          id\n        }\n      }\n    }\n  }\n": types.WaitingListCueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        description\n        descriptionTranslations {\n          language\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnOrganization {\n    me {\n      id\n      organization {\n        id\n        name\n        description\n        descriptionTranslations {\n          language\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationDescription($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {\n    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {\n      id\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationDescription($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {\n    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {\n      id\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      name\n      role\n      organizationName\n      language\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      name\n      role\n      organizationName\n      language\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingQueueRequest on CoachingRequest {\n    id\n    topic\n    text\n    languages\n    availability {\n      weekday\n      from\n      to\n    }\n    deadline\n    status\n    overdue\n    declineReason\n    outcome\n    viewerMay {\n      assign\n      decline\n    }\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    coach {\n      id\n      name\n    }\n    suggestedCoaches {\n      knowsTopic\n      sharedLanguages\n      coach {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingQueueRequest on CoachingRequest {\n    id\n    topic\n    text\n    languages\n    availability {\n      weekday\n      from\n      to\n    }\n    deadline\n    status\n    overdue\n    declineReason\n    outcome\n    viewerMay {\n      assign\n      decline\n    }\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    coach {\n      id\n      name\n    }\n    suggestedCoaches {\n      knowsTopic\n      sharedLanguages\n      coach {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingQueue {\n    open: coachingRequests(status: [REQUESTED, ASSIGNED, SCHEDULED]) {\n      ...CoachingQueueRequest\n    }\n    finished: coachingRequests(status: [CLOSED, DECLINED]) {\n      ...CoachingQueueRequest\n    }\n  }\n"): (typeof documents)["\n  query CoachingQueue {\n    open: coachingRequests(status: [REQUESTED, ASSIGNED, SCHEDULED]) {\n      ...CoachingQueueRequest\n    }\n    finished: coachingRequests(status: [CLOSED, DECLINED]) {\n      ...CoachingQueueRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCoaches {\n    coaches {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n"): (typeof documents)["\n  query AdminCoaches {\n    coaches {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachAccounts {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query CoachAccounts {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCoach($requestId: ID!, $coachId: ID!) {\n    assignCoach(requestId: $requestId, coachId: $coachId) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      coach {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCoach($requestId: ID!, $coachId: ID!) {\n    assignCoach(requestId: $requestId, coachId: $coachId) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      coach {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCoachingRequest($requestId: ID!, $reason: String!) {\n    declineCoachingRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCoachingRequest($requestId: ID!, $reason: String!) {\n    declineCoachingRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n      overdue\n      viewerMay {\n        assign\n        decline\n      }\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoach($input: CoachInput!) {\n    createCoach(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCoach($input: CoachInput!) {\n    createCoach(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoach($id: ID!, $input: UpdateCoachInput!) {\n    updateCoach(id: $id, input: $input) {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCoach($id: ID!, $input: UpdateCoachInput!) {\n    updateCoach(id: $id, input: $input) {\n      id\n      name\n      topics\n      languages\n      contact\n      active\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLocations {\n    locations(includeRetired: true) {\n      id\n      name\n      address\n      timeZone\n      sortOrder\n      active\n      openOnPublicHolidays\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      rooms(includeRetired: true) {\n        id\n        locationId\n        name\n        capacity\n        features\n        colour\n        sortOrder\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminLocations {\n    locations(includeRetired: true) {\n      id\n      name\n      address\n      timeZone\n      sortOrder\n      active\n      openOnPublicHolidays\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      rooms(includeRetired: true) {\n        id\n        locationId\n        name\n        capacity\n        features\n        colour\n        sortOrder\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations(includeInactive: true) {\n      id\n      name\n      shortName\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n      languages\n      contactEmail\n      contactPhone\n      profilePublic\n      publicContact\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    organizations(includeInactive: true) {\n      id\n      name\n      shortName\n      description\n      descriptionTranslations {\n        language\n        text\n      }\n      languages\n      contactEmail\n      contactPhone\n      profilePublic\n      publicContact\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($organizationId: ID) {\n    users(organizationId: $organizationId) {\n      id\n      name\n      email\n      role\n      active\n      language\n      lastSignInAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($organizationId: ID) {\n    users(organizationId: $organizationId) {\n      id\n      name\n      email\n      role\n      active\n      language\n      lastSignInAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailSent\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailSent\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordReset($userId: ID!) {\n    createPasswordReset(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordReset($userId: ID!) {\n    createPasswordReset(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      hasMore\n      entries {\n        cursor\n        occurredAt\n        actor {\n          id\n          name\n          erased\n        }\n        entity\n        entityId\n        action\n        before\n        after\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      hasMore\n      entries {\n        cursor\n        occurredAt\n        actor {\n          id\n          name\n          erased\n        }\n        entity\n        entityId\n        action\n        before\n        after\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseClosures($from: DateTime!, $to: DateTime!, $locationId: ID!) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      start\n      end\n      roomId\n    }\n  }\n"): (typeof documents)["\n  query HouseClosures($from: DateTime!, $to: DateTime!, $locationId: ID!) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      start\n      end\n      roomId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosureBookings($id: ID!) {\n    closure(id: $id) {\n      id\n      affectedBookings {\n        id\n        title\n        start\n        end\n        status\n        version\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosureBookings($id: ID!) {\n    closure(id: $id) {\n      id\n      affectedBookings {\n        id\n        title\n        start\n        end\n        status\n        version\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosurePreview($input: CreateClosureInput!) {\n    closurePreview(input: $input) {\n      booking {\n        id\n        title\n        start\n        end\n        expectedAttendees\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n      suggestions {\n        id\n        name\n        capacity\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosurePreview($input: CreateClosureInput!) {\n    closurePreview(input: $input) {\n      booking {\n        id\n        title\n        start\n        end\n        expectedAttendees\n        room {\n          id\n          name\n        }\n        organization {\n          id\n          name\n        }\n      }\n      suggestions {\n        id\n        name\n        capacity\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClosure($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]!) {\n    createClosure(input: $input, decisions: $decisions) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClosure($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]!) {\n    createClosure(input: $input, decisions: $decisions) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClosureBookings($closureId: ID!, $decisions: [ClosureDecisionInput!]!) {\n    decideClosureBookings(closureId: $closureId, decisions: $decisions) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DecideClosureBookings($closureId: ID!, $decisions: [ClosureDecisionInput!]!) {\n    decideClosureBookings(closureId: $closureId, decisions: $decisions) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClosure($id: ID!) {\n    deleteClosure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteClosure($id: ID!) {\n    deleteClosure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupState {\n    backupState {\n      lastTakenAt\n      stale\n      scheduled\n    }\n  }\n"): (typeof documents)["\n  query BackupState {\n    backupState {\n      lastTakenAt\n      stale\n      scheduled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkAdminMeetingSummary on NetworkMeeting {\n    id\n    title\n    description\n    start\n    end\n    version\n    state\n    agendaDeadline\n    agendaOpen\n    interpretationLanguages\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      timeZone\n    }\n    attendingCount\n    minutesPublishedAt\n    abilities {\n      manage\n      publishMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkAdminMeetingSummary on NetworkMeeting {\n    id\n    title\n    description\n    start\n    end\n    version\n    state\n    agendaDeadline\n    agendaOpen\n    interpretationLanguages\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      timeZone\n    }\n    attendingCount\n    minutesPublishedAt\n    abilities {\n      manage\n      publishMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkAdminMeeting on NetworkMeeting {\n    ...NetworkAdminMeetingSummary\n    responses {\n      id\n      attending\n      people\n      interpretation\n      updatedAt\n      organization {\n        id\n        name\n      }\n    }\n    notAnswered {\n      id\n      name\n    }\n    interpretationNeeds {\n      language\n      organizations\n      people\n    }\n    agenda {\n      id\n      title\n      text\n      language\n      status\n      position\n      mergedIntoId\n      movedFromMeetingId\n      proposalId\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    minutes\n    decisions {\n      id\n      text\n      responsible\n      state\n      updatedAt\n    }\n    attendance {\n      people\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkAdminMeeting on NetworkMeeting {\n    ...NetworkAdminMeetingSummary\n    responses {\n      id\n      attending\n      people\n      interpretation\n      updatedAt\n      organization {\n        id\n        name\n      }\n    }\n    notAnswered {\n      id\n      name\n    }\n    interpretationNeeds {\n      language\n      organizations\n      people\n    }\n    agenda {\n      id\n      title\n      text\n      language\n      status\n      position\n      mergedIntoId\n      movedFromMeetingId\n      proposalId\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    minutes\n    decisions {\n      id\n      text\n      responsible\n      state\n      updatedAt\n    }\n    attendance {\n      people\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdminMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...NetworkAdminMeetingSummary\n    }\n  }\n"): (typeof documents)["\n  query NetworkAdminMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...NetworkAdminMeetingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdminMeetingDetails($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkAdminMeeting\n    }\n  }\n"): (typeof documents)["\n  query NetworkAdminMeetingDetails($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkAdminMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdminPlaces {\n    locations {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkAdminPlaces {\n    locations {\n      id\n      name\n      timeZone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateNetworkMeeting($input: NetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateNetworkMeeting($input: NetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateNetworkMeeting($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {\n    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...NetworkAdminMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateNetworkMeeting($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {\n    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...NetworkAdminMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelNetworkMeeting($id: ID!, $reason: String) {\n    cancelNetworkMeeting(id: $id, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCancelNetworkMeeting($id: ID!, $reason: String) {\n    cancelNetworkMeeting(id: $id, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDecideAgendaItem($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {\n    decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) {\n      id\n      status\n      position\n      mergedIntoId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDecideAgendaItem($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {\n    decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) {\n      id\n      status\n      position\n      mergedIntoId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOrderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    orderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      agenda {\n        id\n        status\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOrderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    orderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      agenda {\n        id\n        status\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishMinutes($meetingId: ID!, $input: MinutesInput!) {\n    publishMinutes(meetingId: $meetingId, input: $input) {\n      ...NetworkAdminMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPublishMinutes($meetingId: ID!, $input: MinutesInput!) {\n    publishMinutes(meetingId: $meetingId, input: $input) {\n      ...NetworkAdminMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateDecision($id: ID!, $state: DecisionState!) {\n    updateDecision(id: $id, state: $state) {\n      id\n      state\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateDecision($id: ID!, $state: DecisionState!) {\n    updateDecision(id: $id, state: $state) {\n      id\n      state\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdminProposals {\n    proposals {\n      id\n      title\n      text\n      language\n      status\n      answer\n      answeredAt\n      createdAt\n      supportCount\n      organization {\n        id\n        name\n      }\n      supporters {\n        id\n        name\n      }\n      abilities {\n        answer\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkAdminProposals {\n    proposals {\n      id\n      title\n      text\n      language\n      status\n      answer\n      answeredAt\n      createdAt\n      supportCount\n      organization {\n        id\n        name\n      }\n      supporters {\n        id\n        name\n      }\n      abilities {\n        answer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAnswerProposal($id: ID!, $status: ProposalStatus!, $answer: String!) {\n    answerProposal(id: $id, status: $status, answer: $answer) {\n      id\n      status\n      answer\n      answeredAt\n      abilities {\n        answer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAnswerProposal($id: ID!, $status: ProposalStatus!, $answer: String!) {\n    answerProposal(id: $id, status: $status, answer: $answer) {\n      id\n      status\n      answer\n      answeredAt\n      abilities {\n        answer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NetworkAdminChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n"): (typeof documents)["\n  subscription NetworkAdminChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      demo\n      mailConfigured\n      privacy {\n        imprintUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      demo\n      mailConfigured\n      privacy {\n        imprintUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: String!) {\n    updateMe(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: String!) {\n    updateMe(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingRequests {\n    bookingRequests {\n      booking {\n        ...BookingFields\n        room {\n          id\n          name\n          locationId\n          capacity\n        }\n      }\n      reasons\n      seriesRequested\n      organizationConfirmed\n      organizationReleased\n      organizationDeclined\n    }\n  }\n"): (typeof documents)["\n  query BookingRequests {\n    bookingRequests {\n      booking {\n        ...BookingFields\n        room {\n          id\n          name\n          locationId\n          capacity\n        }\n      }\n      reasons\n      seriesRequested\n      organizationConfirmed\n      organizationReleased\n      organizationDeclined\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBooking($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {\n    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBooking($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {\n    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBooking($id: ID!, $reason: String!, $wholeSeries: Boolean) {\n    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineBooking($id: ID!, $reason: String!, $wholeSeries: Boolean) {\n    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRuleSetFields on ApprovalRuleSet {\n    id\n    locationId\n    roomId\n    always\n    minAttendees\n    onWeekends\n    seriesLongerThan\n    firstBookings\n  }\n"): (typeof documents)["\n  fragment ApprovalRuleSetFields on ApprovalRuleSet {\n    id\n    locationId\n    roomId\n    always\n    minAttendees\n    onWeekends\n    seriesLongerThan\n    firstBookings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRules {\n    approvalRules {\n      ...ApprovalRuleSetFields\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRules {\n    approvalRules {\n      ...ApprovalRuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApprovalRules($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {\n    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) {\n      ...ApprovalRuleSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetApprovalRules($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {\n    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) {\n      ...ApprovalRuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveApprovalRules($locationId: ID, $roomId: ID) {\n    removeApprovalRules(locationId: $locationId, roomId: $roomId)\n  }\n"): (typeof documents)["\n  mutation RemoveApprovalRules($locationId: ID, $roomId: ID) {\n    removeApprovalRules(locationId: $locationId, roomId: $roomId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    language\n    organization {\n      id\n      name\n      shortName\n    }\n    capabilities {\n      administer\n      viewReports\n      readFairnessReport\n      manageDisplayLinks\n      bookForAnyOrganization\n      giveReasonForChanges\n      editOrganizationDescription\n      askForCoaching\n      workAsCoach\n      manageCoaching\n      manageNetwork\n      readNetwork\n      takePartInNetwork\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    language\n    organization {\n      id\n      name\n      shortName\n    }\n    capabilities {\n      administer\n      viewReports\n      readFairnessReport\n      manageDisplayLinks\n      bookForAnyOrganization\n      giveReasonForChanges\n      editOrganizationDescription\n      askForCoaching\n      workAsCoach\n      manageCoaching\n      manageNetwork\n      readNetwork\n      takePartInNetwork\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!, $reason: String) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!, $reason: String) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!, $reason: String) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!, $reason: String) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesOccurrenceFields on SeriesOccurrence {\n    start\n    end\n    status\n    reason\n    holiday\n    conflicting {\n      id\n      title\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesOccurrenceFields on SeriesOccurrence {\n    start\n    end\n    status\n    reason\n    holiday\n    conflicting {\n      id\n      title\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewBookingSeries($input: BookingSeriesInput!) {\n    previewBookingSeries(input: $input) {\n      occurrences {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewBookingSeries($input: BookingSeriesInput!) {\n    previewBookingSeries(input: $input) {\n      occurrences {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBookingSeries($input: BookingSeriesInput!, $onConflict: OnConflict) {\n    createBookingSeries(input: $input, onConflict: $onConflict) {\n      series {\n        id\n        rrule\n      }\n      created {\n        ...BookingFields\n      }\n      skipped {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBookingSeries($input: BookingSeriesInput!, $onConflict: OnConflict) {\n    createBookingSeries(input: $input, onConflict: $onConflict) {\n      series {\n        id\n        rrule\n      }\n      created {\n        ...BookingFields\n      }\n      skipped {\n        ...SeriesOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBookingSeries($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!) {\n    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBookingSeries($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!) {\n    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBookingSeries($seriesId: ID!, $fromStart: DateTime) {\n    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBookingSeries($seriesId: ID!, $fromStart: DateTime) {\n    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) {\n      series {\n        id\n        rrule\n      }\n      bookings {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSeriesOccurrence($seriesId: ID!, $occurrenceStart: DateTime!) {\n    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSeriesOccurrence($seriesId: ID!, $occurrenceStart: DateTime!) {\n    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {\n    bookings(from: $from, to: $to, locationIds: $locationIds) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {\n    bookings(from: $from, to: $to, locationIds: $locationIds) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      batchRemaining\n      actorId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      batchRemaining\n      actorId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      holiday\n      date\n      start\n      end\n      locationId\n      roomId\n    }\n  }\n"): (typeof documents)["\n  query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) {\n    holidays(from: $from, to: $to, locationId: $locationId) {\n      id\n      kind\n      name\n      holiday\n      date\n      start\n      end\n      locationId\n      roomId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextOpenings($from: DateTime!) {\n    locations {\n      id\n      nextOpening(from: $from) {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query NextOpenings($from: DateTime!) {\n    locations {\n      id\n      nextOpening(from: $from) {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(bookingId: $bookingId) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(bookingId: $bookingId) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInSettings {\n    checkInSettings {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n"): (typeof documents)["\n  query CheckInSettings {\n    checkInSettings {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCheckInSettings($locationId: ID!, $input: CheckInSettingsInput!) {\n    setCheckInSettings(locationId: $locationId, input: $input) {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SetCheckInSettings($locationId: ID!, $input: CheckInSettingsInput!) {\n    setCheckInSettings(locationId: $locationId, input: $input) {\n      locationId\n      required\n      graceMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query CheckInBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesNotices {\n    seriesNotices(unreadOnly: true) {\n      id\n      occurredAt\n      toStaff\n      booking {\n        id\n        title\n        start\n        organization {\n          id\n          name\n        }\n        series {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesNotices {\n    seriesNotices(unreadOnly: true) {\n      id\n      occurredAt\n      toStaff\n      booking {\n        id\n        title\n        start\n        organization {\n          id\n          name\n        }\n        series {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSeriesNoticesRead($ids: [ID!]) {\n    markSeriesNoticesRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkSeriesNoticesRead($ids: [ID!]) {\n    markSeriesNoticesRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingSessionFields on CoachingSession {\n    id\n    start\n    end\n    status\n    onlineUrl\n    cancelReason\n    room {\n      id\n      name\n    }\n    house {\n      id\n      name\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingSessionFields on CoachingSession {\n    id\n    start\n    end\n    status\n    onlineUrl\n    cancelReason\n    room {\n      id\n      name\n    }\n    house {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingRequestSummary on CoachingRequest {\n    id\n    status\n    topic\n    createdAt\n    updatedAt\n    deadline\n    organization {\n      id\n      name\n      shortName\n    }\n    coach {\n      id\n      name\n    }\n    sessions {\n      ...CoachingSessionFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingRequestSummary on CoachingRequest {\n    id\n    status\n    topic\n    createdAt\n    updatedAt\n    deadline\n    organization {\n      id\n      name\n      shortName\n    }\n    coach {\n      id\n      name\n    }\n    sessions {\n      ...CoachingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingRequests {\n    coachingRequests {\n      ...CoachingRequestSummary\n    }\n  }\n"): (typeof documents)["\n  query CoachingRequests {\n    coachingRequests {\n      ...CoachingRequestSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingRequest($id: ID!) {\n    coachingRequest(id: $id) {\n      ...CoachingRequestSummary\n      text\n      languages\n      outcome\n      declineReason\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n      availability {\n        weekday\n        from\n        to\n      }\n      messages {\n        id\n        text\n        authorName\n        createdAt\n        staffOnly\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachingRequest($id: ID!) {\n    coachingRequest(id: $id) {\n      ...CoachingRequestSummary\n      text\n      languages\n      outcome\n      declineReason\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n      availability {\n        weekday\n        from\n        to\n      }\n      messages {\n        id\n        text\n        authorName\n        createdAt\n        staffOnly\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingPlaces {\n    locations {\n      id\n      name\n      address\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachingPlaces {\n    locations {\n      id\n      name\n      address\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingOrganizations {\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query CoachingOrganizations {\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCoaching($input: CoachingRequestInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCoaching($input: CoachingRequestInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoachingMessage($requestId: ID!, $text: String!, $staffOnly: Boolean!) {\n    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoachingMessage($requestId: ID!, $text: String!, $staffOnly: Boolean!) {\n    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCoachingRequest($requestId: ID!, $outcome: String!) {\n    closeCoachingRequest(requestId: $requestId, outcome: $outcome) {\n      id\n      status\n      outcome\n      # with the new state, so the page never offers a step the state no longer allows\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCoachingRequest($requestId: ID!, $outcome: String!) {\n    closeCoachingRequest(requestId: $requestId, outcome: $outcome) {\n      id\n      status\n      outcome\n      # with the new state, so the page never offers a step the state no longer allows\n      viewerMay {\n        message\n        writeStaffOnly\n        schedule\n        moveOrCancelSessions\n        close\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCoachingSession($requestId: ID!, $input: CoachingSessionInput!) {\n    scheduleCoachingSession(requestId: $requestId, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleCoachingSession($requestId: ID!, $input: CoachingSessionInput!) {\n    scheduleCoachingSession(requestId: $requestId, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCoachingSession($id: ID!, $reason: String) {\n    cancelCoachingSession(id: $id, reason: $reason) {\n      ...CoachingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCoachingSession($id: ID!, $reason: String) {\n    cancelCoachingSession(id: $id, reason: $reason) {\n      ...CoachingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCoachingSession($id: ID!, $input: CoachingSessionInput!) {\n    moveCoachingSession(id: $id, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCoachingSession($id: ID!, $input: CoachingSessionInput!) {\n    moveCoachingSession(id: $id, input: $input) {\n      ...CoachingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoachingChanges {\n    coachingChanges {\n      requestId\n      cursor\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription CoachingChanges {\n    coachingChanges {\n      requestId\n      cursor\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n"): (typeof documents)["\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDisplayLink($locationId: ID!, $label: String, $languages: [String!]) {\n    createDisplayLink(locationId: $locationId, label: $label, languages: $languages) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        languages\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDisplayLink($locationId: ID!, $label: String, $languages: [String!]) {\n    createDisplayLink(locationId: $locationId, label: $label, languages: $languages) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        languages\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisplaySettings {\n    displaySettings {\n      id\n      languages\n    }\n  }\n"): (typeof documents)["\n  query DisplaySettings {\n    displaySettings {\n      id\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds {\n    calendarFeeds {\n      kind\n      label\n      url\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds {\n    calendarFeeds {\n      kind\n      label\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCalendarFeed($kind: CalendarFeedKind!) {\n    renewCalendarFeed(kind: $kind) {\n      kind\n      label\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCalendarFeed($kind: CalendarFeedKind!) {\n    renewCalendarFeed(kind: $kind) {\n      kind\n      label\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeRooms($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {\n    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) {\n      id\n      name\n      capacity\n      features\n      locationId\n    }\n  }\n"): (typeof documents)["\n  query FreeRooms($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {\n    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) {\n      id\n      name\n      capacity\n      features\n      locationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeSlots($date: Date!, $minMinutes: Int) {\n    freeSlots(date: $date, minMinutes: $minMinutes) {\n      roomId\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  query FreeSlots($date: Date!, $minMinutes: Int) {\n    freeSlots(date: $date, minMinutes: $minMinutes) {\n      roomId\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($first: Int, $from: DateTime) {\n    myBookings(first: $first, from: $from) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($first: Int, $from: DateTime) {\n    myBookings(first: $first, from: $from) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBookings($text: String!, $from: DateTime!, $to: DateTime!) {\n    searchBookings(text: $text, from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query SearchBookings($text: String!, $from: DateTime!, $to: DateTime!) {\n    searchBookings(text: $text, from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberMeetingSummary on NetworkMeeting {\n    id\n    title\n    start\n    end\n    state\n    agendaDeadline\n    agendaOpen\n    minutesPublishedAt\n    attendingCount\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n      timeZone\n    }\n    myResponse {\n      ...MemberMeetingResponse\n    }\n  }\n"): (typeof documents)["\n  fragment MemberMeetingSummary on NetworkMeeting {\n    id\n    title\n    start\n    end\n    state\n    agendaDeadline\n    agendaOpen\n    minutesPublishedAt\n    attendingCount\n    room {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n      timeZone\n    }\n    myResponse {\n      ...MemberMeetingResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberMeetingResponse on MeetingResponse {\n    id\n    attending\n    people\n    interpretation\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MemberMeetingResponse on MeetingResponse {\n    id\n    attending\n    people\n    interpretation\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAgendaItem on AgendaItem {\n    id\n    meetingId\n    title\n    text\n    language\n    status\n    position\n    mergedIntoId\n    createdAt\n    mayEdit\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberAgendaItem on AgendaItem {\n    id\n    meetingId\n    title\n    text\n    language\n    status\n    position\n    mergedIntoId\n    createdAt\n    mayEdit\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNetworkMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...MemberMeetingSummary\n    }\n  }\n"): (typeof documents)["\n  query MemberNetworkMeetings($from: DateTime!, $to: DateTime!) {\n    networkMeetings(from: $from, to: $to) {\n      ...MemberMeetingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...MemberMeetingSummary\n      description\n      interpretationLanguages\n      version\n      minutes\n      agenda {\n        ...MemberAgendaItem\n      }\n      decisions {\n        id\n        text\n        responsible\n        state\n        updatedAt\n      }\n      abilities {\n        respond\n        proposeAgendaItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberNetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...MemberMeetingSummary\n      description\n      interpretationLanguages\n      version\n      minutes\n      agenda {\n        ...MemberAgendaItem\n      }\n      decisions {\n        id\n        text\n        responsible\n        state\n        updatedAt\n      }\n      abilities {\n        respond\n        proposeAgendaItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRespondToNetworkMeeting($meetingId: ID!, $input: MeetingResponseInput!) {\n    respondToNetworkMeeting(meetingId: $meetingId, input: $input) {\n      ...MemberMeetingResponse\n    }\n  }\n"): (typeof documents)["\n  mutation MemberRespondToNetworkMeeting($meetingId: ID!, $input: MeetingResponseInput!) {\n    respondToNetworkMeeting(meetingId: $meetingId, input: $input) {\n      ...MemberMeetingResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n"): (typeof documents)["\n  mutation MemberProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n"): (typeof documents)["\n  mutation MemberUpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...MemberAgendaItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberProposal on Proposal {\n    id\n    title\n    text\n    language\n    status\n    answer\n    answeredAt\n    createdAt\n    supportCount\n    supportedByMine\n    organization {\n      id\n      name\n      shortName\n    }\n    supporters {\n      id\n      name\n      shortName\n    }\n    abilities {\n      support\n      edit\n    }\n  }\n"): (typeof documents)["\n  fragment MemberProposal on Proposal {\n    id\n    title\n    text\n    language\n    status\n    answer\n    answeredAt\n    createdAt\n    supportCount\n    supportedByMine\n    organization {\n      id\n      name\n      shortName\n    }\n    supporters {\n      id\n      name\n      shortName\n    }\n    abilities {\n      support\n      edit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProposals {\n    proposals {\n      ...MemberProposal\n    }\n  }\n"): (typeof documents)["\n  query MemberProposals {\n    proposals {\n      ...MemberProposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberCreateProposal($input: ProposalInput!) {\n    createProposal(input: $input) {\n      ...MemberProposal\n    }\n  }\n"): (typeof documents)["\n  mutation MemberCreateProposal($input: ProposalInput!) {\n    createProposal(input: $input) {\n      ...MemberProposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdateProposal($id: ID!, $input: ProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...MemberProposal\n    }\n  }\n"): (typeof documents)["\n  mutation MemberUpdateProposal($id: ID!, $input: ProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...MemberProposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberSupportProposal($id: ID!, $support: Boolean!) {\n    supportProposal(id: $id, support: $support) {\n      ...MemberProposal\n    }\n  }\n"): (typeof documents)["\n  mutation MemberSupportProposal($id: ID!, $support: Boolean!) {\n    supportProposal(id: $id, support: $support) {\n      ...MemberProposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MemberNetworkChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n"): (typeof documents)["\n  subscription MemberNetworkChanges {\n    networkChanges {\n      cursor\n      entity\n      action\n      meetingId\n      proposalId\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      reason\n      news\n      booking {\n        id\n        title\n        start\n        end\n        expiresAt\n        room {\n          id\n          name\n          locationId\n        }\n      }\n      previous {\n        start\n        end\n        roomName\n        houseName\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      reason\n      news\n      booking {\n        id\n        title\n        start\n        end\n        expiresAt\n        room {\n          id\n          name\n          locationId\n        }\n      }\n      previous {\n        start\n        end\n        roomName\n        houseName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCoachingNotices {\n    coachingNotices(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      request {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadCoachingNotices {\n    coachingNotices(unreadOnly: true) {\n      id\n      occurredAt\n      kind\n      byStaff\n      request {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCoachingNoticesRead($ids: [ID!]) {\n    markCoachingNoticesRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkCoachingNoticesRead($ids: [ID!]) {\n    markCoachingNoticesRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNetworkNotices {\n    networkNotices(unreadOnly: true) {\n      id\n      kind\n      occurredAt\n      meetingId\n      proposalId\n      title\n      start\n    }\n  }\n"): (typeof documents)["\n  query UnreadNetworkNotices {\n    networkNotices(unreadOnly: true) {\n      id\n      kind\n      occurredAt\n      meetingId\n      proposalId\n      title\n      start\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNetworkNoticesRead($ids: [ID!]) {\n    markNetworkNoticesRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNetworkNoticesRead($ids: [ID!]) {\n    markNetworkNoticesRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticeCue {\n    bookingChanged {\n      cursor\n      actorId\n      booking {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NoticeCue {\n    bookingChanged {\n      cursor\n      actorId\n      booking {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyFacts {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n        imprintUrl\n        sessionDays\n        auditRetentionMonths\n        notificationRetentionMonths\n        backupDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacyFacts {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n        imprintUrl\n        sessionDays\n        auditRetentionMonths\n        notificationRetentionMonths\n        backupDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($id: ID!) {\n    erasePerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation ErasePerson($id: ID!) {\n    erasePerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseOrganization($id: ID!) {\n    eraseOrganization(id: $id)\n  }\n"): (typeof documents)["\n  mutation EraseOrganization($id: ID!) {\n    eraseOrganization(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicOrganizationFields on PublicOrganization {\n    id\n    shortName\n    name\n    description\n    descriptionTranslations {\n      language\n      text\n    }\n    languages\n    categories\n    contactEmail\n    contactPhone\n    regularMeetings {\n      weekday\n      startTime\n      endTime\n      roomName\n      houseName\n      address\n    }\n    nextEvents {\n      id\n      title\n      category\n      start\n      end\n      roomName\n      houseName\n    }\n    houses {\n      id\n      name\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment PublicOrganizationFields on PublicOrganization {\n    id\n    shortName\n    name\n    description\n    descriptionTranslations {\n      language\n      text\n    }\n    languages\n    categories\n    contactEmail\n    contactPhone\n    regularMeetings {\n      weekday\n      startTime\n      endTime\n      roomName\n      houseName\n      address\n    }\n    nextEvents {\n      id\n      title\n      category\n      start\n      end\n      roomName\n      houseName\n    }\n    houses {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOrganizations {\n    publicOrganizations {\n      ...PublicOrganizationFields\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n"): (typeof documents)["\n  query PublicOrganizations {\n    publicOrganizations {\n      ...PublicOrganizationFields\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOrganization($shortName: String!) {\n    publicOrganization(shortName: $shortName) {\n      ...PublicOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query PublicOrganization($shortName: String!) {\n    publicOrganization(shortName: $shortName) {\n      ...PublicOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstVisit {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n      }\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n"): (typeof documents)["\n  query FirstVisit {\n    appInfo {\n      privacy {\n        controllerName\n        controllerContact\n      }\n    }\n    locations {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageReport($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {\n    usageReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n      }\n      totals {\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n        organizations\n        newOrganizations\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageReport($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {\n    usageReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n      }\n      totals {\n        bookings\n        hours\n        attendees\n        cancellations\n        lateCancellations\n        organizations\n        newOrganizations\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportChartFigures($from: DateTime!, $to: DateTime!) {\n    byMonth: usageReport(from: $from, to: $to, groupBy: [MONTH, CATEGORY]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    byOrganization: usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    roomOccupancy(from: $from, to: $to) {\n      roomId\n      roomName\n      locationName\n      openHours\n      bookedHours\n      share\n      cells {\n        weekday\n        hour\n        openHours\n        bookedHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportChartFigures($from: DateTime!, $to: DateTime!) {\n    byMonth: usageReport(from: $from, to: $to, groupBy: [MONTH, CATEGORY]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    byOrganization: usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) {\n      rows {\n        keys {\n          dimension\n          value\n          label\n        }\n        hours\n      }\n    }\n    roomOccupancy(from: $from, to: $to) {\n      roomId\n      roomName\n      locationName\n      openHours\n      bookedHours\n      share\n      cells {\n        weekday\n        hour\n        openHours\n        bookedHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingReport($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {\n    coachingReport(from: $from, to: $to, by: $by) {\n      rows {\n        topic\n        organizationId\n        organizationName\n        month\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n      totals {\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachingReport($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {\n    coachingReport(from: $from, to: $to, by: $by) {\n      rows {\n        topic\n        organizationId\n        organizationName\n        month\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n      totals {\n        requests\n        sessions\n        hours\n        closed\n        medianDaysToFirstSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkReport($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod!) {\n    networkReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        period\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n      totals {\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkReport($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod!) {\n    networkReport(from: $from, to: $to, groupBy: $groupBy) {\n      rows {\n        period\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n      totals {\n        meetingsHeld\n        mosInvited\n        mosPresent\n        peoplePresent\n        proposalsMade\n        proposalsAnswered\n        proposalsDone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FairnessReport($from: DateTime!, $to: DateTime!) {\n    fairnessReport(from: $from, to: $to) {\n      rows {\n        organizationId\n        organizationName\n        takesPart\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n        eveningAgainstFairShare\n      }\n      totals {\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n      }\n      fairShare {\n        eveningHours\n        organizations\n        hoursPerOrganization\n      }\n      eveningStartsAt\n    }\n  }\n"): (typeof documents)["\n  query FairnessReport($from: DateTime!, $to: DateTime!) {\n    fairnessReport(from: $from, to: $to) {\n      rows {\n        organizationId\n        organizationName\n        takesPart\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n        eveningAgainstFairShare\n      }\n      totals {\n        bookedHours\n        usedHours\n        releasedHours\n        eveningHours\n        declinedRequests\n        lapsedRequests\n      }\n      fairShare {\n        eveningHours\n        organizations\n        hoursPerOrganization\n      }\n      eveningStartsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    checkedInAt\n    expiresAt\n    statusReason\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    occurrenceStart\n    series {\n      id\n      rrule\n    }\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    checkedInAt\n    expiresAt\n    statusReason\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    occurrenceStart\n    series {\n      id\n      rrule\n    }\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocationFields on Location {\n    id\n    name\n    address\n    timeZone\n    openOnPublicHolidays\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      features\n      locationId\n    }\n  }\n"): (typeof documents)["\n  fragment LocationFields on Location {\n    id\n    name\n    address\n    timeZone\n    openOnPublicHolidays\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      features\n      locationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DirectoryChanged {\n    directoryChanged {\n      cursor\n      entity\n      entityId\n    }\n  }\n"): (typeof documents)["\n  subscription DirectoryChanged {\n    directoryChanged {\n      cursor\n      entity\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitingListEntryFields on WaitingListEntry {\n    id\n    status\n    start\n    end\n    ahead\n    title\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n    }\n    offer {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  fragment WaitingListEntryFields on WaitingListEntry {\n    id\n    status\n    start\n    end\n    ahead\n    title\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n    }\n    offer {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitingList {\n    myWaitingList {\n      ...WaitingListEntryFields\n    }\n  }\n"): (typeof documents)["\n  query MyWaitingList {\n    myWaitingList {\n      ...WaitingListEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitingList($input: WaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitingList($input: WaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmWaitingListOffer($id: ID!) {\n    confirmWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmWaitingListOffer($id: ID!) {\n    confirmWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineWaitingListOffer($id: ID!) {\n    declineWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineWaitingListOffer($id: ID!) {\n    declineWaitingListOffer(id: $id) {\n      ...WaitingListEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WaitingListCue {\n    bookingChanged {\n      cursor\n      kind\n      bookingId\n      booking {\n        id\n        status\n        organization {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WaitingListCue {\n    bookingChanged {\n      cursor\n      kind\n      bookingId\n      booking {\n        id\n        status\n        organization {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;