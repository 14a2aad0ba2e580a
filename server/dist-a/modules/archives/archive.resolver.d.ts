import type { Context } from '../../graphql/context';
import { ArchivePeriodInput, ArchiveStatus } from './archive.types';
export declare class ArchiveResolver {
    archiveStatus(ctx: Context, projectId: string, period?: string): Promise<ArchiveStatus>;
    archivePeriod(input: ArchivePeriodInput, ctx: Context): Promise<Partial<{
        archive: ArchiveStatus;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
}
