"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ormOptions = ormOptions;
exports.initOrm = initOrm;
require("reflect-metadata");
const postgresql_1 = require("@mikro-orm/postgresql");
const migrations_1 = require("@mikro-orm/migrations");
const history_subscriber_1 = require("../modules/audit/history.subscriber");
const entities_1 = require("./entities");
const migrations_2 = require("./migrations");
function ormOptions(clientUrl, overrides = {}) {
    return {
        clientUrl,
        entities: entities_1.entities,
        extensions: [migrations_1.Migrator],
        subscribers: [new history_subscriber_1.HistorySubscriber()],
        // relations are loaded in batches (one query per relation per page, never per row)
        dataloader: postgresql_1.DataloaderType.ALL,
        loadStrategy: 'select-in',
        forceUtcTimezone: true,
        allowGlobalContext: false,
        debug: false,
        pool: { min: 0, max: 20 },
        migrations: { migrationsList: migrations_2.migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
        ...overrides,
    };
}
/** Connects and brings the schema up to date with the migrations (never schema.update). */
async function initOrm(clientUrl, overrides = {}) {
    const orm = await postgresql_1.MikroORM.init(ormOptions(clientUrl, overrides));
    await orm.getMigrator().up();
    return orm;
}
//# sourceMappingURL=orm.js.map