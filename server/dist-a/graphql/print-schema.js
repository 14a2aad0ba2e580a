"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const graphql_1 = require("graphql");
const schema_1 = require("./schema");
/** Writes the schema SDL (for the client's codegen and for API users): node server/dist/graphql/print-schema.js [file] */
async function main() {
    const target = node_path_1.default.resolve(process.argv[2] ?? node_path_1.default.join(__dirname, '..', '..', '..', 'client', 'schema.graphql'));
    node_fs_1.default.writeFileSync(target, `${(0, graphql_1.printSchema)(await (0, schema_1.createSchema)())}\n`);
    console.log(`schema written to ${target}`);
}
void main();
//# sourceMappingURL=print-schema.js.map