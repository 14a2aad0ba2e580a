import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageReader } from '../../graphql/paginate';
import { Callback } from './callback.entity';
/** The rows of one grid page with their ticket and assignee, keys and rows in one statement (see graphql/read-model.ts). */
export declare function readCallbackPage(em: EntityManager): PageReader<Callback>;
