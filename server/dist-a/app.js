"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_http_1 = __importDefault(require("node:http"));
const express_1 = __importDefault(require("express"));
const server_1 = require("@apollo/server");
const drainHttpServer_1 = require("@apollo/server/plugin/drainHttpServer");
const disabled_1 = require("@apollo/server/plugin/disabled");
const express5_1 = require("@as-integrations/express5");
const api_guard_plugin_1 = require("./graphql/api-guard.plugin");
const errors_1 = require("./graphql/errors");
const query_limits_1 = require("./graphql/query-limits");
const rate_limit_1 = require("./graphql/rate-limit");
const api_token_service_1 = require("./modules/api-tokens/api-token.service");
const schema_1 = require("./graphql/schema");
const settings_1 = require("./graphql/settings");
const actor_1 = require("./modules/audit/actor");
const session_cookie_1 = require("./modules/users/session-cookie");
const session_service_1 = require("./modules/users/session.service");
const workbook_download_route_1 = require("./http/workbook-download.route");
/** The HTTP layer: /graphql, /health and the built client, on one port. */
async function createApp(config, orm, log = console.error) {
    (0, settings_1.useConfig)(config);
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    const server = node_http_1.default.createServer(app);
    const limiter = new rate_limit_1.RateLimiter(config.rateLimit);
    const apollo = new server_1.ApolloServer({
        schema: await (0, schema_1.createSchema)(),
        // OWASP GraphQL Cheat Sheet: CSRF prevention on, no JSON-array batching, bounded documents, limits before execution
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        // no automatic persisted queries: nothing a client can make the server store
        persistedQueries: false,
        // allowed here, refused to anyone but signed-in staff by apiGuardPlugin
        introspection: true,
        parseOptions: { maxTokens: query_limits_1.QUERY_LIMITS.maxTokens },
        validationRules: query_limits_1.queryLimitRules,
        includeStacktraceInErrorResponses: false,
        formatError: (formatted, error) => (0, errors_1.formatError)(formatted, error, log),
        // compact JSON and no per-field instrumentation (cache hints, inline traces): measured on the grid page
        stringifyResult: (value) => JSON.stringify(value),
        plugins: [
            (0, drainHttpServer_1.ApolloServerPluginDrainHttpServer)({ httpServer: server }),
            (0, disabled_1.ApolloServerPluginCacheControlDisabled)(),
            (0, disabled_1.ApolloServerPluginInlineTraceDisabled)(),
            (0, disabled_1.ApolloServerPluginUsageReportingDisabled)(),
            (0, api_guard_plugin_1.apiGuardPlugin)(limiter),
        ],
    });
    await apollo.start();
    app.get('/health', async (_req, res) => {
        const ok = await orm.isConnected();
        res.status(ok ? 200 : 503).json({ ok });
    });
    app.get('/files/workbooks/:file', (0, workbook_download_route_1.workbookDownload)(orm, config.dataDir, log));
    app.use('/graphql', express_1.default.json({ limit: '1mb' }), (_req, _res, next) => actor_1.actorStorage.run({ userId: null }, next), (0, express5_1.expressMiddleware)(apollo, {
        context: async ({ req, res }) => {
            const em = orm.em.fork();
            const token = (0, session_cookie_1.readSessionToken)(req);
            const apiCaller = token && (0, api_token_service_1.looksLikeApiToken)(token) ? await (0, api_token_service_1.callerForApiToken)(em, token) : null;
            const viewer = token && !apiCaller && !(0, api_token_service_1.looksLikeApiToken)(token) ? await (0, session_service_1.viewerForToken)(em, token) : null;
            const actor = actor_1.actorStorage.getStore();
            if (actor) {
                actor.userId = viewer?.user.id ?? null;
                actor.apiTokenId = apiCaller?.token.id ?? null;
            }
            return { em, viewer, caller: viewer ?? apiCaller, req, res };
        },
    }));
    // a body that is not JSON, too large (over 1 MB) or otherwise unreadable: a coded GraphQL-shaped answer, never a stack
    app.use('/graphql', (error, _req, res, _next) => {
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
        const message = status === 413 ? '请求体过大 (request body over 1 MB)' : '请求体不是有效的 JSON (the body is not valid JSON)';
        res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    });
    if (node_fs_1.default.existsSync(node_path_1.default.join(config.clientDist, 'index.html'))) {
        app.use(express_1.default.static(config.clientDist, { index: false, maxAge: '1h' }));
        app.get(/^\/(?!graphql|health|files).*/, (_req, res) => res.sendFile(node_path_1.default.join(config.clientDist, 'index.html')));
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
            server.off('error', reject);
            resolve();
        });
    }).catch(async (error) => {
        await apollo.stop();
        throw error.code === 'EADDRINUSE' ? new Error(`port ${config.port} is in use: set PORT to a free port`) : error;
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
        server,
        url: `http://127.0.0.1:${port}`,
        close: async () => {
            await apollo.stop();
        },
    };
}
//# sourceMappingURL=app.js.map