import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { QuotaForecast } from '../statistics/quota-forecast.types';
import { forecastOfTarget } from './work-queue.service';
import { TargetAtRisk } from './work-queue.types';

@Resolver(() => TargetAtRisk)
export class TargetAtRiskResolver {
  @FieldResolver(() => QuotaForecast, {
    nullable: true,
    description: '回访率预测: will the target still be met at the period end (atRisk, shortBy), with tickets that could be added by hand',
  })
  forecast(@Root() item: TargetAtRisk, @Ctx() ctx: Context): Promise<QuotaForecast | null> {
    return forecastOfTarget(ctx.em, item);
  }
}
