import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ReportDimensionEnum, RoomOccupancyType, UsageReportType } from './report.types.js';
import { coachingReport, type CoachingReport } from './coaching-report.js';
import { fairnessReport, type FairnessReport } from './fairness-report.js';
import { FairnessReportType } from './fairness-report.types.js';
import { CoachingDimensionEnum, CoachingReportType } from './coaching-report.types.js';
import { networkReport, type NetworkReport } from './network-report.js';
import { NetworkReportType, ReportPeriodEnum } from './network-report.types.js';
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

  @Query(() => CoachingReportType, {
    description:
      'Staff only: coaching requests, sessions held, their hours, closed requests and the median days to a first session in [from, to), grouped by the dimensions given. CSV and XLSX: GET /reports/coaching.csv, /reports/coaching.xlsx.',
  })
  coachingReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('by', () => [CoachingDimensionEnum]) by: string[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingReport> {
    return coachingReport(services.database.dataSource, viewer, { from, to, by });
  }

  @Query(() => NetworkReportType, {
    description:
      'Staff only: network meetings held, MOs invited and present, people present, and proposals made, answered and done in [from, to), per Leipzig month, quarter or year. CSV and XLSX: GET /reports/network.csv, /reports/network.xlsx.',
  })
  networkReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => ReportPeriodEnum, { defaultValue: 'MONTH' }) groupBy: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkReport> {
    return networkReport(services.database.dataSource, viewer, { from, to, groupBy, now: services.clock() });
  }

  @Query(() => FairnessReportType, {
    description:
      'Per MO in [from, to): hours booked, used (checked in) and released, requests declined and lapsed, and evening hours against the fair share. Staff read every MO, a member their own MO only. CSV and XLSX: GET /reports/fairness.csv, /reports/fairness.xlsx.',
  })
  fairnessReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<FairnessReport> {
    return fairnessReport(services.database.dataSource, viewer, { from, to });
  }
}
