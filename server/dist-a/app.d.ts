import http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
export interface App {
    server: http.Server;
    url: string;
    close: () => Promise<void>;
}
/** The HTTP layer: /graphql, /health and the built client, on one port. */
export declare function createApp(config: Config, orm: MikroORM, log?: (e: unknown) => void): Promise<App>;
