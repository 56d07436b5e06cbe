import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CoachingTopicEnum } from '../coaching/coaching.types.js';
import type { CoachingTopic } from '../coaching/coaching.enums.js';
import { COACHING_DIMENSIONS } from './coaching-report.js';

export const CoachingDimensionEnum = Object.fromEntries(COACHING_DIMENSIONS.map((dimension) => [dimension, dimension])) as {
  [K in (typeof COACHING_DIMENSIONS)[number]]: K;
};
registerEnumType(CoachingDimensionEnum, { name: 'CoachingDimension', description: 'What the coaching report groups by.' });

@ObjectType('CoachingReportFigures')
export class CoachingReportFiguresType {
  @Field(() => Int, { description: 'Requests asked within the period.' })
  requests!: number;

  @Field(() => Int, { description: 'Sessions held (not cancelled) starting within the period, in a room or online.' })
  sessions!: number;

  @Field(() => Float, { description: 'The hours of those sessions.' })
  hours!: number;

  @Field(() => Int, { description: 'Requests closed within the period.' })
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from a request to its first session that was not cancelled, over the requests whose first session starts within the period; null when none does.',
  })
  medianDaysToFirstSession!: number | null;
}

@ObjectType('CoachingReportRow')
export class CoachingReportRowType extends CoachingReportFiguresType {
  @Field(() => CoachingTopicEnum, { nullable: true, description: 'Set when grouped by TOPIC.' })
  topic!: CoachingTopic | null;

  @Field(() => ID, { nullable: true, description: 'Set when grouped by ORGANIZATION.' })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when grouped by ORGANIZATION.' })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm in Leipzig time; set when grouped by MONTH.' })
  month!: string | null;
}

@ObjectType('CoachingReport')
export class CoachingReportType {
  @Field(() => [CoachingReportRowType], { description: 'One row per combination of the dimensions; one row in all without any.' })
  rows!: CoachingReportRowType[];

  @Field(() => CoachingReportFiguresType)
  totals!: CoachingReportFiguresType;
}
