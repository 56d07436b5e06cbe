import type { Snapshot } from '../changes/change-log.js';
import type { User } from './user.entity.js';

/** A person as the audit log keeps them: never the password hash. */
export function userSnapshot(user: Pick<User, 'id' | 'name' | 'email' | 'role' | 'organizationId' | 'active' | 'language'>): Snapshot {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    active: user.active,
    language: user.language,
  };
}
