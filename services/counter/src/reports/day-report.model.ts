import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Stage } from '@antrian/contracts';
import { DateScalar } from '@antrian/subgraph';
import { CounterEntity } from '../counters/counter.entity';
import { CounterModel } from '../counters/counter.model';
import { OfficerReference } from '../counters/officer-reference.model';
import { StageEnum } from '../shared/counter-enums';

/**
 * Figures of a set of stage visits. Waiting: from joining a stage's queue to the first call.
 * Service: from starting to completing a stage. Means and 90th percentiles in seconds; null when
 * nothing was measured.
 */
@ObjectType('ReportFigures')
export class ReportFiguresModel {
  @Field(() => Int, { description: 'Stage services completed' })
  served!: number;

  @Field(() => Int)
  noShows!: number;

  @Field(() => Float, { nullable: true })
  meanWaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p90WaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  meanServiceSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p90ServiceSeconds!: number | null;
}

@ObjectType('StageReport')
export class StageReportModel {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => ReportFiguresModel)
  figures!: ReportFiguresModel;
}

@ObjectType('CounterReport')
export class CounterReportModel {
  @Field(() => CounterModel)
  counter!: CounterEntity;

  @Field(() => ReportFiguresModel)
  figures!: ReportFiguresModel;
}

@ObjectType('OfficerReport')
export class OfficerReportModel {
  @Field(() => OfficerReference, { description: 'Resolved by identity' })
  officer!: OfficerReference;

  @Field(() => ReportFiguresModel)
  figures!: ReportFiguresModel;
}

@ObjectType('HourFigures')
export class HourFiguresModel {
  @Field(() => Int, { description: '0-23, the office’s local hour' })
  hour!: number;

  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { description: 'Stage services completed in that hour' })
  served!: number;

  @Field(() => Int, { nullable: true, description: 'Mean wait of the tickets called in that hour' })
  meanWaitSeconds!: number | null;
}

@ObjectType('DayReport')
export class DayReportModel {
  @Field(() => ID)
  officeId!: string;

  @Field(() => DateScalar, { description: 'Office-local day' })
  date!: string;

  @Field(() => Int, { description: 'Tickets issued that day (check-ins and walk-ins)' })
  ticketsIssued!: number;

  @Field(() => Int, { description: 'Of those, tickets that went through every stage' })
  ticketsDone!: number;

  @Field(() => Int, { description: 'Of those, tickets issued without a booking (priority walk-ins included)' })
  walkIns!: number;

  @Field(() => ReportFiguresModel, { description: 'Every stage visit of the day' })
  total!: ReportFiguresModel;

  @Field(() => [StageReportModel], { description: 'Every stage, in order' })
  stages!: StageReportModel[];

  @Field(() => [CounterReportModel], { description: 'Counters that called tickets that day' })
  counters!: CounterReportModel[];

  @Field(() => [OfficerReportModel], { description: 'Officers who called tickets that day' })
  officers!: OfficerReportModel[];

  @Field(() => [HourFiguresModel], {
    description: 'Per hour of the office’s wall clock and stage, hours with calls or services only, in order',
  })
  byHour!: HourFiguresModel[];
}
