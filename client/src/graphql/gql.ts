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
    "\n  query AppInfo {\n    appInfo {\n      demo\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  fragment LocationFields on Location {\n    id\n    name\n    timeZone\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      locationId\n    }\n  }\n": typeof types.LocationFieldsFragmentDoc,
    "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.CalendarDirectoryDocument,
    "\n  query BookingsInRange($from: DateTime!, $to: DateTime!) {\n    bookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": typeof types.BookingsInRangeDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.UpdateBookingDocument,
    "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) {\n      ...BookingFields\n    }\n  }\n": typeof types.MoveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.BookingChangedDocument,
    "\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n": typeof types.DisplayDirectoryDocument,
    "\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.DisplayLinksDocument,
    "\n  mutation CreateDisplayLink($locationId: ID!, $label: String) {\n    createDisplayLink(locationId: $locationId, label: $label) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateDisplayLinkDocument,
    "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDisplayLinkDocument,
};
const documents: Documents = {
    "\n  query AppInfo {\n    appInfo {\n      demo\n    }\n  }\n": types.AppInfoDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  fragment LocationFields on Location {\n    id\n    name\n    timeZone\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      locationId\n    }\n  }\n": types.LocationFieldsFragmentDoc,
    "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n": types.CalendarDirectoryDocument,
    "\n  query BookingsInRange($from: DateTime!, $to: DateTime!) {\n    bookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": types.BookingsInRangeDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...BookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) {\n      ...BookingFields\n    }\n  }\n": types.MoveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n": types.BookingChangedDocument,
    "\n  query DisplayDirectory {\n    locations {\n      ...LocationFields\n    }\n  }\n": types.DisplayDirectoryDocument,
    "\n  query DisplayLinks {\n    displayLinks {\n      id\n      locationId\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": types.DisplayLinksDocument,
    "\n  mutation CreateDisplayLink($locationId: ID!, $label: String) {\n    createDisplayLink(locationId: $locationId, label: $label) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateDisplayLinkDocument,
    "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDisplayLinkDocument,
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
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      demo\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      demo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on Booking {\n    id\n    title\n    category\n    start\n    end\n    status\n    visibility\n    expectedAttendees\n    notes\n    version\n    redacted\n    canManage\n    room {\n      id\n      name\n      locationId\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocationFields on Location {\n    id\n    name\n    timeZone\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      locationId\n    }\n  }\n"): (typeof documents)["\n  fragment LocationFields on Location {\n    id\n    name\n    timeZone\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    rooms {\n      id\n      name\n      capacity\n      colour\n      locationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query CalendarDirectory {\n    locations {\n      ...LocationFields\n    }\n    organizations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsInRange($from: DateTime!, $to: DateTime!) {\n    bookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query BookingsInRange($from: DateTime!, $to: DateTime!) {\n    bookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {\n    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {\n    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $expectedVersion: Int!) {\n    cancelBooking(id: $id, expectedVersion: $expectedVersion) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BookingChanged($after: String) {\n    bookingChanged(after: $after) {\n      cursor\n      kind\n      bookingId\n      booking {\n        ...BookingFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateDisplayLink($locationId: ID!, $label: String) {\n    createDisplayLink(locationId: $locationId, label: $label) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDisplayLink($locationId: ID!, $label: String) {\n    createDisplayLink(locationId: $locationId, label: $label) {\n      path\n      token\n      link {\n        id\n        locationId\n        label\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDisplayLink($id: ID!) {\n    revokeDisplayLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;