/** Who is asking. Every permission decision takes a Viewer; nothing else reads sessions. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'member'; userId: string; organizationId: string; sessionId: string }
  | { kind: 'staff'; userId: string; sessionId: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function viewerUserId(viewer: Viewer): string | null {
  return viewer.kind === 'anonymous' ? null : viewer.userId;
}
