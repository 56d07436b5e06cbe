import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { BackupState } from './backup-runs.js';

@ObjectType('BackupState', { description: 'Backups as the admin page shows them.' })
export class BackupStateType {
  @Field(() => Date, { nullable: true, description: 'When the newest backup that finished was taken; null if none was.' })
  lastTakenAt!: Date | null;

  @Field(() => Boolean, { description: 'No backup yet, or the last one is older than a day.' })
  stale!: boolean;

  @Field(() => Boolean, { description: 'Whether this installation takes backups itself (BACKUP_DIR is set).' })
  scheduled!: boolean;
}

@Resolver()
export class BackupResolver {
  @Query(() => BackupStateType, { description: 'Staff only: when the last backup was taken.' })
  backupState(@Ctx() { services, viewer }: GraphQLContext): Promise<BackupState> {
    return services.backups.state(viewer);
  }
}
