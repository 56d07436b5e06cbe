import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType('OccupancyCell')
export class OccupancyCellType {
  @Field(() => Int, { description: 'ISO weekday: Monday = 1 … Sunday = 7.' })
  weekday!: number;

  @Field(() => Int, { description: '0–23, house time.' })
  hour!: number;

  @Field(() => Float)
  openHours!: number;

  @Field(() => Float)
  bookedHours!: number;
}

@ObjectType('RoomOccupancy')
export class RoomOccupancyType {
  @Field(() => ID)
  roomId!: string;

  @Field(() => String)
  roomName!: string;

  @Field(() => String)
  locationName!: string;

  @Field(() => Float, { description: 'Opening hours in the period, closures and closing public holidays excluded.' })
  openHours!: number;

  @Field(() => Float, { description: 'Confirmed bookings within those hours.' })
  bookedHours!: number;

  @Field(() => Float, { description: 'bookedHours / openHours, 0 to 1.' })
  share!: number;

  @Field(() => [OccupancyCellType], { description: 'By weekday × hour, only where the room was open.' })
  cells!: OccupancyCellType[];
}
