import type { EntityManager } from 'typeorm';

/*
 * What must not outlive the person or the password it was given to. Only whether these rows are used or
 * revoked matters, so the database's own `now()` stamps them.
 */

/**
 * A new password (changed, or set through a reset link) ends the reset links still open and the private
 * calendar feed addresses: whoever knew the old password may have copied them, and the staff feed carries
 * every MO's notes. The account page then shows new addresses to subscribe to.
 */
export async function voidAfterNewPassword(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  await voidFeedAddresses(manager, userId);
}

/** The person's private feed addresses stop working; the account page makes new ones when next asked. */
export async function voidFeedAddresses(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [userId]);
}

/** A person deactivated: the invitations they issued that nobody has accepted stop working. */
export async function voidIssuedInvitations(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE invitation SET revoked_at = now() WHERE created_by_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [
    userId,
  ]);
}
