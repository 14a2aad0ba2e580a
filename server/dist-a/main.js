"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_path_1 = __importDefault(require("node:path"));
const app_1 = require("./app");
const config_1 = require("./config");
const embedded_postgres_1 = require("./db/embedded-postgres");
const orm_1 = require("./db/orm");
const ensure_database_1 = require("./db/ensure-database");
const seed_1 = require("./db/seed");
const DATABASE = 'callbacks';
/** config → database → migrations → demo data → HTTP; graceful shutdown. */
async function main() {
    const config = (0, config_1.loadConfig)();
    let embedded = null;
    let url = config.databaseUrl;
    if (!url) {
        const dataDir = node_path_1.default.join(config.dataDir, 'pg');
        console.log(`Starting embedded PostgreSQL in ${dataDir} on port ${config.embeddedPostgresPort} …`);
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir, port: config.embeddedPostgresPort, persistent: true });
        url = embedded.url(DATABASE);
        await (0, ensure_database_1.ensureDatabase)(embedded.url('postgres'), DATABASE);
    }
    const orm = await (0, orm_1.initOrm)(url).catch(async (error) => {
        await embedded?.stop();
        throw error;
    });
    let app;
    try {
        if (config.seedDemoData) {
            const seeded = await (0, seed_1.seedDemoDataIfEmpty)(orm.em.fork());
            if (seeded)
                console.log('Demo data created (logins in README.md).');
        }
        app = await (0, app_1.createApp)(config, orm);
    }
    catch (error) {
        await orm.close();
        await embedded?.stop();
        throw error;
    }
    console.log(`回访 back-office ready: ${app.url.replace('127.0.0.1', 'localhost')}/  (GraphQL at /graphql)`);
    let stopping = false;
    const stop = async (signal) => {
        if (stopping)
            return;
        stopping = true;
        console.log(`${signal}: shutting down …`);
        await app.close();
        await orm.close();
        if (embedded)
            await embedded.stop();
        process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
}
main().catch((error) => {
    console.error(error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error));
    process.exit(1);
});
//# sourceMappingURL=main.js.map