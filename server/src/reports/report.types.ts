import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPORT_DIMENSIONS } from './usage-report.js';

export const ReportDimensionEnum = Object.fromEntries(REPORT_DIMENSIONS.map((dimension) => [dimension, dimension])) as {
  [K in (typeof REPORT_DIMENSIONS)[number]]: K;
};
registerEnumType(ReportDimensionEnum, { name: 'ReportDimension', description: 'What a usage report groups by.' });

@ObjectType('ReportKey')
export class ReportKeyType {
  @Field(() => ReportDimensionEnum)
  dimension!: string;

  @Field(() => String, { description: 'An id, a category code, yyyy-mm, the ISO weekday (1 = Monday) or the hour (00–23).' })
  value!: string;

  @Field(() => String, { description: 'The name of a house, room or MO; codes for the rest, which the client words.' })
  label!: string;
}

@ObjectType('ReportFigures')
export class ReportFiguresType {
  @Field(() => Int, { description: 'Confirmed bookings touching the period.' })
  bookings!: number;

  @Field(() => Float, { description: 'Their hours, clipped to the period.' })
  hours!: number;

  @Field(() => Int, { description: 'Expected attendees, summed.' })
  attendees!: number;

  @Field(() => Int)
  cancellations!: number;

  @Field(() => Int, { description: 'Cancelled less than 24 hours before the start.' })
  lateCancellations!: number;
}

@ObjectType('ReportRow')
export class ReportRowType extends ReportFiguresType {
  @Field(() => [ReportKeyType])
  keys!: ReportKeyType[];
}

@ObjectType('ReportTotals')
export class ReportTotalsType extends ReportFiguresType {
  @Field(() => Int, { description: 'MOs with at least one confirmed booking in the period.' })
  organizations!: number;

  @Field(() => Int, { description: 'MOs added in the period.' })
  newOrganizations!: number;
}

@ObjectType('UsageReport')
export class UsageReportType {
  @Field(() => [ReportRowType])
  rows!: ReportRowType[];

  @Field(() => ReportTotalsType)
  totals!: ReportTotalsType;
}
