import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { quotaForecasts } from './quota-forecast.service';
import { QuotaForecast } from './quota-forecast.types';
import { QuarterlyStatistics } from './statistics.types';

@Resolver(() => QuarterlyStatistics)
export class QuotaForecastResolver {
  @FieldResolver(() => [QuotaForecast], {
    nullable: true,
    description: '回访率预测: per kind, whether the target rate will still be met at the period end, judged as of asOf; null unless asOf is within the period',
  })
  forecast(@Root() stats: QuarterlyStatistics, @Ctx() ctx: Context): Promise<QuotaForecast[] | null> {
    return quotaForecasts(ctx.em, stats);
  }
}
