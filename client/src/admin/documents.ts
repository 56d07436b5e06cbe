import { graphql } from '../graphql/index.js';

export const AdminLocationsQuery = graphql(`
  query AdminLocations {
    locations(includeRetired: true) {
      id
      name
      address
      timeZone
      sortOrder
      active
      openOnPublicHolidays
      openingHours {
        weekday
        opens
        closes
      }
      rooms(includeRetired: true) {
        id
        locationId
        name
        capacity
        features
        colour
        sortOrder
        active
      }
    }
  }
`);

export const CreateLocationMutation = graphql(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`);

export const UpdateLocationMutation = graphql(`
  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {
    updateLocation(id: $id, input: $input) {
      id
      name
      active
    }
  }
`);

export const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
    }
  }
`);

export const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
    updateRoom(id: $id, input: $input) {
      id
      name
      active
    }
  }
`);

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations {
    organizations(includeInactive: true) {
      id
      name
      shortName
      description
      descriptionTranslations {
        language
        text
      }
      languages
      contactEmail
      contactPhone
      profilePublic
      publicContact
      active
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      shortName
      active
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($organizationId: ID) {
    users(organizationId: $organizationId) {
      id
      name
      email
      role
      active
      language
      lastSignInAt
      organization {
        id
        name
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      name
      role
      createdAt
      expiresAt
      organization {
        id
        name
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      url
      emailSent
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      name
      role
      organization {
        id
        name
      }
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      id
      active
    }
  }
`);

export const CreatePasswordResetMutation = graphql(`
  mutation CreatePasswordReset($userId: ID!) {
    createPasswordReset(userId: $userId) {
      url
      expiresAt
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      hasMore
      entries {
        cursor
        occurredAt
        actor {
          id
          name
          erased
        }
        entity
        entityId
        action
        before
        after
        reason
      }
    }
  }
`);

export const HouseClosuresQuery = graphql(`
  query HouseClosures($from: DateTime!, $to: DateTime!, $locationId: ID!) {
    holidays(from: $from, to: $to, locationId: $locationId) {
      id
      kind
      name
      start
      end
      roomId
    }
  }
`);

export const ClosureBookingsQuery = graphql(`
  query ClosureBookings($id: ID!) {
    closure(id: $id) {
      id
      affectedBookings {
        id
        title
        start
        end
        status
        version
        room {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

/** The bookings a closure would lie over, each with the rooms it could move to (the first is the suggestion). */
export const ClosurePreviewQuery = graphql(`
  query ClosurePreview($input: CreateClosureInput!) {
    closurePreview(input: $input) {
      booking {
        id
        title
        start
        end
        expectedAttendees
        room {
          id
          name
        }
        organization {
          id
          name
        }
      }
      suggestions {
        id
        name
        capacity
        location {
          id
          name
        }
      }
    }
  }
`);

export const CreateClosureMutation = graphql(`
  mutation CreateClosure($input: CreateClosureInput!, $decisions: [ClosureDecisionInput!]!) {
    createClosure(input: $input, decisions: $decisions) {
      id
    }
  }
`);

export const DecideClosureBookingsMutation = graphql(`
  mutation DecideClosureBookings($closureId: ID!, $decisions: [ClosureDecisionInput!]!) {
    decideClosureBookings(closureId: $closureId, decisions: $decisions) {
      id
      status
      version
    }
  }
`);

export const DeleteClosureMutation = graphql(`
  mutation DeleteClosure($id: ID!) {
    deleteClosure(id: $id)
  }
`);

export const BackupStateQuery = graphql(`
  query BackupState {
    backupState {
      lastTakenAt
      stale
      scheduled
    }
  }
`);
