import 'reflect-metadata';
import { MikroORM, Options } from '@mikro-orm/postgresql';
export declare function ormOptions(clientUrl: string, overrides?: Partial<Options>): Options;
/** Connects and brings the schema up to date with the migrations (never schema.update). */
export declare function initOrm(clientUrl: string, overrides?: Partial<Options>): Promise<MikroORM>;
