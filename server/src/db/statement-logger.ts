import type { Logger } from 'typeorm';

/**
 * `LOG_SQL=true` prints each statement, never its parameters: they hold private notes and addresses.
 * Failures are left to the callers, which log them redacted.
 */
export class StatementLogger implements Logger {
  constructor(private readonly enabled: boolean) {}

  logQuery(query: string): void {
    if (this.enabled) console.log(`sql: ${query.replace(/\s+/g, ' ').trim()}`);
  }

  logQueryError(): void {}
  logQuerySlow(_time: number, query: string): void {
    if (this.enabled) console.log(`sql (slow): ${query.replace(/\s+/g, ' ').trim()}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.enabled) console.log(`migration: ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (this.enabled || level === 'warn') console.log(`typeorm ${level}: ${String(message)}`);
  }
}
