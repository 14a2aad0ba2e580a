import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Context } from './graphql/context';
import { apiGuardPlugin } from './api/api-guard.plugin';
import { formatError } from './api/format-error';
import { QUERY_LIMITS } from './graphql/limits';
import { queryLimitRules } from './api/query-limits';
import { RateLimiter } from './api/rate-limit';
import { callerForApiToken, looksLikeApiToken } from './modules/api-tokens/api-token.service';
import { createSchema } from './api/schema';
import { useConfig } from './graphql/settings';
import { actorStorage } from './modules/audit/actor';
import { readSessionToken } from './modules/users/session-cookie';
import { viewerFromRequest } from './modules/users/request-viewer';
import { workbookDownload } from './http/workbook-download.route';
import { staticClient } from './http/static-client.route';

export interface App {
  server: http.Server;
  url: string;
  close: () => Promise<void>;
}

/** The HTTP layer: /graphql, /health and the built client, on one port. */
export async function createApp(config: Config, orm: MikroORM, log: (e: unknown) => void = console.error): Promise<App> {
  useConfig(config);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const server = http.createServer(app);
  const limiter = new RateLimiter(config.rateLimit);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    // OWASP GraphQL Cheat Sheet: CSRF prevention on, no JSON-array batching, bounded documents, limits before execution
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // no automatic persisted queries: nothing a client can make the server store
    persistedQueries: false,
    // allowed here, refused to anyone but signed-in staff by apiGuardPlugin
    introspection: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    // compact JSON and no per-field instrumentation (cache hints, inline traces): measured on the grid page
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      apiGuardPlugin(limiter),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const ok = await orm.isConnected();
    res.status(ok ? 200 : 503).json({ ok });
  });

  app.get('/files/workbooks/:file', workbookDownload(orm, config.dataDir, log));

  app.use(
    '/graphql',
    // answers over 1 KB (a grid page is ~40 KB of JSON) compressed when the client asks: gzip level 6, brotli quality 4
    compression({ threshold: 1024 }),
    express.json({ limit: '1mb' }),
    (_req, _res, next) => actorStorage.run({ userId: null }, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork();
        const token = readSessionToken(req);
        const apiCaller = token && looksLikeApiToken(token) ? await callerForApiToken(em, token) : null;
        const viewer = await viewerFromRequest(em, req);
        const actor = actorStorage.getStore();
        if (actor) {
          actor.userId = viewer?.user.id ?? null;
          actor.apiTokenId = apiCaller?.token.id ?? null;
        }
        return { em, viewer, caller: viewer ?? apiCaller, req, res };
      },
    }),
  );

  // a body that is not JSON, too large (over 1 MB) or otherwise unreadable: a coded GraphQL-shaped answer, never a stack
  app.use('/graphql', (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    const message = status === 413 ? '请求体过大 (request body over 1 MB)' : '请求体不是有效的 JSON (the body is not valid JSON)';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  if (fs.existsSync(path.join(config.clientDist, 'index.html'))) {
    app.use(staticClient(config.clientDist));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: NodeJS.ErrnoException) => {
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
