import { TicketKind } from '@hf/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Ticket } from '../tickets/ticket.entity';

@ObjectType({ description: '回访率预测: whether a kind\'s target rate will still be met at the end of the current period (model: README "Quota forecast")' })
export class QuotaForecast {
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => Float, { nullable: true, description: '目标回访率 % (null: the kind has no policy)' }) targetRatePercent!: number | null;
  @Field(() => Int, { description: '应回访数 so far' }) required!: number;
  @Field(() => Int, { description: '已回访数 so far' }) done!: number;
  @Field(() => Int, { description: "days from the day judged on to the period's last day, both counted" }) daysLeft!: number;
  @Field(() => Int, { description: 'planned, window closes by the period end, two attempts or more left: likely done' }) dueInPeriod!: number;
  @Field(() => Int, { description: 'planned and in reach, but failed attempts ≥ the cap − 1: possible' }) lastAttempt!: number;
  @Field(() => Int, { description: 'planned, window opens before the period end and closes after it: possible' }) endsAfterPeriod!: number;
  @Field(() => Int, { description: 'planned, window passed: a late record still counts, possible' }) overdue!: number;
  @Field(() => Int, { description: 'planned, window opens after the period end: not counted' }) opensAfterPeriod!: number;
  @Field(() => Int, { description: '预计完成: done + dueInPeriod' }) expectedDone!: number;
  @Field(() => Int, { description: 'expectedDone + lastAttempt + endsAfterPeriod + overdue' }) bestCase!: number;
  @Field(() => Boolean, { description: '预计不达标: expectedDone < required' }) atRisk!: boolean;
  @Field(() => Int, { description: 'required − expectedDone (0 when not at risk)' }) shortBy!: number;
  @Field(() => Boolean, { description: 'bestCase ≥ required: the planned callbacks alone can still meet the target' }) canStillBeMet!: boolean;
  @Field(() => Int, { description: "completed tickets of the kind in the period without a callback (any not voided): could be added by hand" }) ticketsWithoutCallback!: number;
  @Field(() => [Ticket], { description: 'a few of those, most recently completed first (kinds at risk only; empty otherwise)' }) ticketsToAdd!: Ticket[];
}
