export declare const QUARTERLY_STATISTICS_SQL: string;
/** MikroORM (knex) binds `?` in order: turns `$n` into `?` and repeats the values accordingly. */
export declare function positionalToKnex(sql: string, params: readonly unknown[]): {
    sql: string;
    bindings: unknown[];
};
