import type { Viewer } from './viewer.js';

interface Entry {
  viewer: Viewer;
  userId: string;
  expiresAt: number;
}

/**
 * Who each signed-in session is, kept in this node's memory so a request does not ask the database.
 * It must never outlive what it stands for: every node forgets a session when PostgreSQL announces that it
 * ended or its person changed (`session_ended`, `session_changed`), forgets everything when that announcement
 * channel reconnects (some may have been missed), and the node that made the change forgets at once after its
 * commit. A lookup that raced such a change is not kept: each forgetting advances `generation`, and only a
 * lookup that started in the current generation is stored. Unknown tokens are never kept, so made-up tokens
 * cannot fill memory.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generationCount = 0;

  constructor(private readonly maxEntries = 20_000) {}

  /** Read before a lookup; pass it to `remember`, which then keeps the answer only if nothing was forgotten since. */
  get generation(): number {
    return this.generationCount;
  }

  viewerFor(tokenHash: string, now: Date): Viewer | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now.getTime()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.viewer;
  }

  remember(tokenHash: string, entry: Entry, lookedUpIn: number): void {
    if (lookedUpIn !== this.generationCount) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, entry);
  }

  forgetSession(tokenHash: string): void {
    this.generationCount++;
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.generationCount++;
    for (const [tokenHash, entry] of this.entries) if (entry.userId === userId) this.entries.delete(tokenHash);
  }

  forgetAll(): void {
    this.generationCount++;
    this.entries.clear();
  }
}
