/** A small closed-loop load generator: `concurrency` workers call `request` until `durationMs` is over. */
export async function measureThroughput(
  request: () => Promise<void>,
  options: { concurrency: number; durationMs: number },
): Promise<{ requests: number; perSecond: number; failures: number; latenciesMs: number[] }> {
  const deadline = Date.now() + options.durationMs;
  let requests = 0;
  let failures = 0;
  const latenciesMs: number[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          const sent = performance.now();
          await request();
          latenciesMs.push(performance.now() - sent);
          requests++;
        } catch {
          failures++;
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  return { requests, perSecond: requests / seconds, failures, latenciesMs };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The index-th free 15-minute slot: 08:00–20:00 in quarter hours, room after room, then day after day (winter time). */
export function quarterHourSlot(index: number, roomIds: string[], days: string[]): { roomId: string; start: string; end: string } {
  const perDay = 48 * roomIds.length;
  const day = days[Math.floor(index / perDay)];
  if (!day) throw new Error(`no free slot left for index ${index}`);
  const minutes = 8 * 60 + 15 * (index % 48);
  const at = (value: number) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return {
    roomId: roomIds[Math.floor((index % perDay) / 48)]!,
    start: `${day}T${at(minutes)}:00+01:00`,
    end: `${day}T${at(minutes + 15)}:00+01:00`,
  };
}
