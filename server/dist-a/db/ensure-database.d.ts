/** Creates the database on the server when it does not exist yet. */
export declare function ensureDatabase(adminUrl: string, database: string): Promise<void>;
