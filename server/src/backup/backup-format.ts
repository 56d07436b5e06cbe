import type { Engine } from '../db/database.js';

/**
 * The backup file: gzip'd JSON lines, one portable format for both engines. Data only: the schema comes from
 * our own migrations, so a backup of the embedded database (PostgreSQL 17 in WebAssembly) loads into a
 * PostgreSQL 15 server and back, which a `pg_dump` script of one does not promise for the other.
 *
 *   {"format":"kollektiv-backup","version":1,"takenAt":…,"engine":…,"migrations":[…],"tables":[…]}
 *   {"table":"booking","rows":[{…},…]}          a batch of at most BATCH_ROWS rows, as `to_jsonb(row)`
 *   {"sequences":{"change_log_cursor_seq":"42",…}}
 *   {"end":true,"rows":{"booking":1234,…}}       a file without it was cut short and is refused
 */
export const BACKUP_FORMAT = 'kollektiv-backup';
export const BACKUP_VERSION = 1;
export const BATCH_ROWS = 1000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  takenAt: string;
  engine: Engine;
  /** The migrations applied to the backed-up database, oldest first: the schema its rows fit. */
  migrations: string[];
  tables: string[];
}

export interface RowBatch {
  table: string;
  /**
   * The batch's rows as the JSON array text of the file, handed to the database as it is: parsing it here would
   * round bigints past 2^53 to the nearest double.
   */
  rows: string;
}

export interface SequenceValues {
  /** Each sequence's last value (as text: bigint), null when it was never used. */
  sequences: Record<string, string | null>;
}

export interface BackupEnd {
  end: true;
  /** Rows written per table, so a restore can tell that it loaded all of them. */
  rows: Record<string, number>;
}

export type BackupLine = RowBatch | SequenceValues | BackupEnd;

/** Why a file cannot be restored, said so that the person running the command knows what to do. */
export class BackupRefusedError extends Error {}

export function parseHeader(line: string | undefined): BackupHeader {
  const header = parseJson(line ?? '') as Partial<BackupHeader> | null;
  if (header?.format !== BACKUP_FORMAT) throw new BackupRefusedError('This is not a KolLEktiv backup file (made by `npm run backup`).');
  if (header.version !== BACKUP_VERSION)
    throw new BackupRefusedError(
      `This backup has format version ${header.version}; this version of KolLEktiv reads version ${BACKUP_VERSION}.`,
    );
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables) || typeof header.takenAt !== 'string')
    throw new BackupRefusedError('The backup file is damaged: its first line is incomplete.');
  return header as BackupHeader;
}

/** A batch line exactly as `take-backup.ts` writes it: the table's name, then the array of rows. */
const BATCH_LINE = /^\{"table":("(?:[^"\\]|\\.)*"),"rows":(\[.*\])\}$/s;

export function parseLine(line: string): BackupLine {
  const batch = BATCH_LINE.exec(line);
  if (batch) return { table: JSON.parse(batch[1]!) as string, rows: batch[2]! };
  const parsed = parseJson(line) as Partial<SequenceValues & BackupEnd> | null;
  if (parsed && typeof parsed.sequences === 'object' && parsed.sequences !== null) return parsed as SequenceValues;
  if (parsed && parsed.end === true && typeof parsed.rows === 'object') return parsed as BackupEnd;
  throw new BackupRefusedError('The backup file is damaged: a line is not part of the format.');
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw new BackupRefusedError('The backup file is damaged or cut short: a line is not valid JSON.');
  }
}

/**
 * Which of the code's migrations the backup's schema stops at. Refuses a backup from a newer version (a
 * migration this code does not know) and one whose history differs from ours.
 */
export function lastMigrationOf(header: BackupHeader, codeMigrations: string[]): string {
  const unknown = header.migrations.filter((name) => !codeMigrations.includes(name));
  if (unknown.length > 0)
    throw new BackupRefusedError(
      `This backup comes from a newer version of KolLEktiv (its schema has ${unknown.join(', ')}, which this version does not know). ` +
        'Install that version or a later one, then restore.',
    );
  const last = header.migrations.at(-1);
  if (last === undefined || header.migrations.some((name, index) => codeMigrations[index] !== name))
    throw new BackupRefusedError('The backup names migrations in an order this version never ran; it cannot be restored here.');
  return last;
}
