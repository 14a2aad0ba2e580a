import type { Context } from '../../graphql/context';
import { QuarterlyStatistics } from './statistics.types';
export declare class StatisticsResolver {
    quarterlyStatistics(ctx: Context, projectId: string, period?: string, asOf?: string): Promise<QuarterlyStatistics>;
}
