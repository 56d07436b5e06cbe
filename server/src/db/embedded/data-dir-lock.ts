import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

const LOCK_FILE = 'kollektiv.lock';

/** What the lock file holds: the process, and when it started, so a reused process id is not mistaken for it. */
interface LockHolder {
  pid: number;
  /** Start time of the process in clock ticks since boot (Linux `/proc/<pid>/stat`), null where unknown. */
  started: string | null;
}

/** The start time of a running process, or null when the system does not say (not Linux) or it does not run. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses; fields after the last ')' are plain
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | null {
  const text = fs.readFileSync(lockPath, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: parsed.started ?? null } : null;
  } catch {
    return null;
  }
}

/** Whether the recorded holder is still this very process: alive, and (where the system tells) started when it did. */
function holderRuns(holder: LockHolder): boolean {
  if (!processIsAlive(holder.pid)) return false;
  if (holder.started === null) return true;
  const started = processStartTime(holder.pid);
  return started === null || started === holder.started;
}

/**
 * PGlite takes no lock on its folder, and a second process writing the same folder silently loses
 * committed rows. So the server claims the folder with a lock file naming its process and that process's
 * start time, and refuses to start while that process runs. A lock left by a crashed process is taken
 * over, also when its process id has since been given to another program.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const own = JSON.stringify({ pid: process.pid, started: processStartTime(process.pid) } satisfies LockHolder);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, own, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === own) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder && (holder.pid === process.pid || holderRuns(holder))) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is already in use by process ${holder.pid}. ` +
            `Stop that server first, or start this one with another DATA_DIR or a DATABASE_URL.`,
        );
      }
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}; another server is starting at the same time.`);
}
