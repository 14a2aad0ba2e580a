import type { FilterQuery } from '@mikro-orm/core';
import type { ProjectAccess } from '../../graphql/context';
import type { Callback } from './callback.entity';
import type { Ticket } from '../tickets/ticket.entity';
import type { CallbackFilter } from './callback.types';
export declare function periodRange(period: string): {
    from: string;
    to: string;
};
export declare const likePattern: (text: string) => string;
/**
 * Text search in residents' name and unit only where the caller may read them: otherwise a search would tell
 * a caller without pii:read whose ticket a row is (seed 001: 保护客户隐私，不得泄露个人信息).
 */
export declare function personalDataSearch<T>(access: ProjectAccess, wrap: (match: FilterQuery<Ticket>) => FilterQuery<T>, like: string): FilterQuery<T>[];
/** The filter of the callbacks list as a MikroORM query, always limited to the viewer's projects. */
export declare function callbackWhere(viewer: ProjectAccess, filter: CallbackFilter | null | undefined, now?: Date): FilterQuery<Callback>;
