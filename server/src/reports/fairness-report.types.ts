import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FairnessFigures', {
  description:
    'Bookings of an MO whose slot touches the period, hours clipped to it; coaching sessions’ bookings left out (as the quota leaves them out).',
})
export class FairnessFiguresType {
  @Field(() => Float, { description: 'Booked: confirmed, or released after nobody checked in (the slot was held either way).' })
  bookedHours!: number;

  @Field(() => Float, { description: 'Of the booked hours, checked in.' })
  usedHours!: number;

  @Field(() => Float, { description: 'Of the booked hours, released: not checked in by the end of the grace period.' })
  releasedHours!: number;

  @Field(() => Float, { description: 'Of the booked hours, those from `eveningStartsAt` to midnight, house time.' })
  eveningHours!: number;

  @Field(() => Int, { description: 'Requests staff declined.' })
  declinedRequests!: number;

  @Field(() => Int, { description: 'Requests not decided, and waiting-list offers not confirmed, in time.' })
  lapsedRequests!: number;
}

@ObjectType('FairnessRow')
export class FairnessRowType extends FairnessFiguresType {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => Boolean, { description: 'Booked, asked for or was declined any room in the period: the fair share is about these MOs.' })
  takesPart!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Evening hours above (positive) or below (negative) the fair share; null for an MO that took no part.',
  })
  eveningAgainstFairShare!: number | null;
}

@ObjectType('FairShare')
export class FairShareType {
  @Field(() => Float, { description: 'Evening hours booked by all MOs in the period.' })
  eveningHours!: number;

  @Field(() => Int, { description: 'The MOs that took part in the period, among whom the evenings are shared.' })
  organizations!: number;

  @Field(() => Float, { description: 'eveningHours / organizations: each MO’s fair share of the evenings.' })
  hoursPerOrganization!: number;
}

@ObjectType('FairnessReport')
export class FairnessReportType {
  @Field(() => [FairnessRowType], { description: 'Staff: every active MO and any other that took part. A member: their own MO only.' })
  rows!: FairnessRowType[];

  @Field(() => FairnessFiguresType, { nullable: true, description: 'All MOs together: staff only, null for a member.' })
  totals!: FairnessFiguresType | null;

  @Field(() => FairShareType, { description: 'Computed over every MO, the same for staff and members.' })
  fairShare!: FairShareType;

  @Field(() => String, { description: 'When evenings begin, on the wall clock of the booking’s house: "17:00".' })
  eveningStartsAt!: string;
}
