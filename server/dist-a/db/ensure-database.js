"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ensureDatabase = ensureDatabase;
const pg_1 = require("pg");
/** Creates the database on the server when it does not exist yet. */
async function ensureDatabase(adminUrl, database) {
    if (!/^[a-z_][a-z0-9_]*$/.test(database))
        throw new Error(`bad database name ${database}`);
    const client = new pg_1.Client({ connectionString: adminUrl });
    await client.connect();
    try {
        const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (exists.rowCount === 0)
            await client.query(`create database "${database}" encoding 'UTF8' template template0`);
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=ensure-database.js.map