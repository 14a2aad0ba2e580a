import { UserError } from '../../graphql/user-error';
import { User } from '../users/user.entity';
export declare class ArchiveStatus {
    projectId: string;
    period: string;
    from: string;
    to: string;
    archived: boolean;
    archivedAt: Date | null;
    archivedBy: User | null;
    dueDate: string;
    reminder: boolean;
    retentionYears: number;
    keepUntil: string;
}
export declare class ArchivePeriodInput {
    projectId: string;
    period: string;
}
export declare class ArchivePeriodPayload {
    archive?: ArchiveStatus | null;
    userErrors: UserError[];
}
