"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = loadConfig;
const node_path_1 = __importDefault(require("node:path"));
function integer(name, fallback, min, max) {
    const raw = process.env[name];
    if (raw === undefined || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    }
    return value;
}
function flag(name, fallback) {
    const raw = process.env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase()))
        return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase()))
        return false;
    throw new Error(`${name} must be true or false, got "${raw}"`);
}
function loadConfig(overrides = {}) {
    const root = node_path_1.default.resolve(__dirname, '..', '..');
    const databaseUrl = process.env.DATABASE_URL?.trim() || null;
    if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
        throw new Error('DATABASE_URL must be a postgres:// URL');
    }
    return {
        port: integer('PORT', 4000, 0, 65535),
        host: process.env.HOST || '0.0.0.0',
        databaseUrl,
        dataDir: node_path_1.default.resolve(root, process.env.DATA_DIR || '.data'),
        embeddedPostgresPort: integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
        sessionTtlHours: integer('SESSION_TTL_HOURS', 12, 1, 24 * 30),
        seedDemoData: flag('SEED_DEMO_DATA', true),
        clientDist: node_path_1.default.resolve(root, 'client', 'dist'),
        production: process.env.NODE_ENV === 'production',
        logSql: flag('LOG_SQL', false),
        rateLimit: {
            windowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 3600, 1, 86_400),
            tokenPoints: integer('RATE_LIMIT_TOKEN_POINTS', 100_000, 1, 1e9),
            sessionPoints: integer('RATE_LIMIT_SESSION_POINTS', 1_000_000, 1, 1e9),
            anonymousPoints: integer('RATE_LIMIT_ANONYMOUS_POINTS', 5_000, 1, 1e9),
        },
        ...overrides,
    };
}
//# sourceMappingURL=config.js.map