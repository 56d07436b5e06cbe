import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { AuditEntry } from './audit.service.js';
import { AuditFilterInput, AuditPageType } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditPageType, { description: 'Staff only: every change, newest first, filtered and paged by cursor.' })
  auditLog(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
    return services.audit.auditLog(viewer, filter ?? {}, first, after ?? null);
  }
}
