import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ReportDimensionEnum, RoomOccupancyType, UsageReportType } from './report.types.js';
import { roomOccupancy, type RoomOccupancy } from './room-occupancy.js';
import { usageReport, type UsageReport } from './usage-report.js';

@Resolver()
export class ReportsResolver {
  @Query(() => UsageReportType, {
    description:
      'Staff only: bookings, hours, attendees and cancellations in [from, to), grouped by the dimensions given. CSV and XLSX: GET /reports/usage.csv, /reports/usage.xlsx.',
  })
  usageReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => [ReportDimensionEnum]) groupBy: string[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<UsageReport> {
    return usageReport(services.database.dataSource, viewer, { from, to, groupBy });
  }

  @Query(() => [RoomOccupancyType], {
    description:
      'Staff only: each active room’s booked hours as a share of its opening hours in [from, to), also by weekday × hour. CSV and XLSX: GET /reports/occupancy.csv, /reports/occupancy.xlsx.',
  })
  roomOccupancy(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<RoomOccupancy[]> {
    return roomOccupancy(services.database.dataSource, viewer, { from, to });
  }
}
