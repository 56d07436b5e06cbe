import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/**
 * Runs the code's migrations up to `through` (inclusive) and no further: a restore builds the schema the
 * backup's rows fit, loads them, and only then runs the newer migrations, which bring the rows along.
 */
class MigrationsThrough extends MigrationExecutor {
  constructor(
    dataSource: DataSource,
    private readonly through: string,
  ) {
    super(dataSource);
    this.transaction = 'all';
  }

  protected override getMigrations(): Migration[] {
    const all = super.getMigrations();
    const index = all.findIndex((migration) => migration.name === this.through);
    if (index < 0) throw new Error(`unknown migration ${this.through}`);
    return all.slice(0, index + 1);
  }
}

export async function migrateThrough(dataSource: DataSource, through: string): Promise<void> {
  await new MigrationsThrough(dataSource, through).executePendingMigrations();
}
