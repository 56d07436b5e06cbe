/** Who is asking. Every permission decision takes a Viewer; nothing else reads sessions. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'member'; userId: string; organizationId: string; sessionId: string }
  | { kind: 'staff'; userId: string; sessionId: string }
  /** A person with the COACH role whose coach record (`coachId`) staff linked to them; unlinked, they are a stranger. */
  | { kind: 'coach'; userId: string; coachId: string; sessionId: string }
  /** A wall display: reads one location's rooms and its bookings for today (in `timeZone`), nothing else. */
  | { kind: 'display'; locationId: string; displayLinkId: string; timeZone: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function viewerUserId(viewer: Viewer): string | null {
  return viewer.kind === 'member' || viewer.kind === 'staff' || viewer.kind === 'coach' ? viewer.userId : null;
}

/** The id under which a viewer's open WebSockets are tracked, so ending the credential closes them. */
export function credentialId(viewer: Viewer): string | null {
  switch (viewer.kind) {
    case 'member':
    case 'staff':
    case 'coach':
      return viewer.sessionId;
    case 'display':
      return `display:${viewer.displayLinkId}`;
    case 'anonymous':
      return null;
  }
}
