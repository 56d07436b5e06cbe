import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Server-side session: the cookie carries a random token, the database only its SHA-256. */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryColumn({ type: 'text', name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;
}
