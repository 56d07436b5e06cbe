/** A small closed-loop load generator: `concurrency` workers call `request` until `durationMs` is over. */
export async function measureThroughput(
  request: () => Promise<void>,
  options: { concurrency: number; durationMs: number },
): Promise<{ requests: number; perSecond: number; failures: number }> {
  const deadline = Date.now() + options.durationMs;
  let requests = 0;
  let failures = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          await request();
          requests++;
        } catch {
          failures++;
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  return { requests, perSecond: requests / seconds, failures };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
