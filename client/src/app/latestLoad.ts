/**
 * Wraps a reload (a refetch) so that the last answer reflects the last change. A burst of live changes asks
 * for a reload each; Apollo shares an identical query already in flight, which was sent before the later
 * changes were committed, so without this the screen can stay one change behind. A reload asked for while one
 * runs makes exactly one more run after it; a failed reload is left to the query's own error state.
 */
export function latestLoad(load: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await load();
          } catch {
            // the query shows its own error; the next change tries again
          }
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
