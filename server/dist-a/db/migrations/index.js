"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrationsList = void 0;
const Migration20261122000000Initial_1 = require("./Migration20261122000000Initial");
const Migration20261123100000Statistics_1 = require("./Migration20261123100000Statistics");
const Migration20261123100001StatisticsIndexes_1 = require("./Migration20261123100001StatisticsIndexes");
const Migration20261123200000Exports_1 = require("./Migration20261123200000Exports");
const Migration20261123400000ApiTokens_1 = require("./Migration20261123400000ApiTokens");
/** Migrations in order; listed explicitly so compiled and ts-jest runs find the same ones. */
exports.migrationsList = [
    { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial_1.Migration20261122000000Initial },
    { name: 'Migration20261123100000Statistics', class: Migration20261123100000Statistics_1.Migration20261123100000Statistics },
    { name: 'Migration20261123100001StatisticsIndexes', class: Migration20261123100001StatisticsIndexes_1.Migration20261123100001StatisticsIndexes },
    { name: 'Migration20261123200000Exports', class: Migration20261123200000Exports_1.Migration20261123200000Exports },
    { name: 'Migration20261123400000ApiTokens', class: Migration20261123400000ApiTokens_1.Migration20261123400000ApiTokens },
];
//# sourceMappingURL=index.js.map