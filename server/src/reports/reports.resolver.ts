import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ReportDimensionEnum, UsageReportType } from './report.types.js';
import { usageReport, type UsageReport } from './usage-report.js';

@Resolver()
export class ReportsResolver {
  @Query(() => UsageReportType, {
    description:
      'Staff only: bookings, hours, attendees and cancellations in [from, to), grouped by the dimensions given. CSV: GET /reports/usage.csv.',
  })
  usageReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => [ReportDimensionEnum]) groupBy: string[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<UsageReport> {
    return usageReport(services.database.dataSource, viewer, { from, to, groupBy });
  }
}
