/**
 * Whether a live booking change may have brought the reader a notice: someone else changed a booking whose
 * changer the reader may know of (the server names the actor to staff and the booking's MO only).
 */
export function isNoticeCue(change: { actorId: string | null }, myId: string | null): boolean {
  return change.actorId !== null && change.actorId !== myId;
}

/** How many unread notices the header's badge counts, of every kind. */
export function noticeCount(...lists: ReadonlyArray<readonly unknown[]>): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}
