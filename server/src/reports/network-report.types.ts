import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPORT_PERIODS } from './network-report.js';

export const ReportPeriodEnum = Object.fromEntries(REPORT_PERIODS.map((period) => [period, period])) as {
  [K in (typeof REPORT_PERIODS)[number]]: K;
};
registerEnumType(ReportPeriodEnum, {
  name: 'ReportPeriod',
  description: 'The periods a report counts per: Leipzig months, quarters or years.',
});

@ObjectType('NetworkReportFigures')
export class NetworkReportFiguresType {
  @Field(() => Int, { description: 'Meetings not cancelled that started within the period, up to now.' })
  meetingsHeld!: number;

  @Field(() => Int, {
    description:
      'MOs invited to at least one of those meetings, each once: MOs that existed by its start and are active now, and any MO that answered or was there.',
  })
  mosInvited!: number;

  @Field(() => Int, {
    description:
      'MOs present at at least one of those meetings, each once: as the minutes record them, else the MOs that said they would come.',
  })
  mosPresent!: number;

  @Field(() => Int, { description: 'People present, summed over the meetings.' })
  peoplePresent!: number;

  @Field(() => Int, { description: 'Proposals made within the period.' })
  proposalsMade!: number;

  @Field(() => Int, { description: 'Proposals answered within the period: planned, declined or done.' })
  proposalsAnswered!: number;

  @Field(() => Int, { description: 'Of those, the ones answered as done.' })
  proposalsDone!: number;
}

@ObjectType('NetworkReportRow')
export class NetworkReportRowType extends NetworkReportFiguresType {
  @Field(() => String, { description: 'yyyy-mm, yyyy-Qn or yyyy in Leipzig time, as grouped.' })
  period!: string;
}

@ObjectType('NetworkReport')
export class NetworkReportType {
  @Field(() => [NetworkReportRowType], { description: 'Every period the range touches, in order, empty ones too.' })
  rows!: NetworkReportRowType[];

  @Field(() => NetworkReportFiguresType, { description: 'Over the whole range; an MO present in two periods counts once.' })
  totals!: NetworkReportFiguresType;
}
