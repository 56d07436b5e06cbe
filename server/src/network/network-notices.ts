import type { EntityManager } from 'typeorm';
import type { LoggedChange, TellOptions } from '../coaching/coaching-notices.js';

/**
 * Tells the MOs of network changes others made (minutes published, a meeting moved or called off, a proposal
 * answered): a notice per person and, where mail is configured, an e-mail in their language. Called inside the
 * write's transaction with the entries it logged, so a rolled-back write tells nobody.
 */
export async function tellNetworkChanges(
  manager: EntityManager,
  changes: readonly LoggedChange[],
  options: TellOptions & { now: Date },
): Promise<void> {
  // filled in by the notices work (issue 25); the writers already call it
  void manager;
  void changes;
  void options;
}
