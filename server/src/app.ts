import { apiMessage, msg } from '@hf/shared';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
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
import { RateLimiter, postgresCounters, rateLimitHeaders } from './api/rate-limit';
import { attachSubscriptions } from './api/subscriptions';
import { acquireListener } from './modules/events/live';
import { callerForApiToken, looksLikeApiToken } from './modules/api-tokens/api-token.service';
import { createSchema } from './api/schema';
import { useConfig } from './graphql/settings';
import { actorStorage } from './modules/audit/actor';
import { readSessionToken } from './modules/users/session-cookie';
import { viewerFromRequest } from './modules/users/request-viewer';
import { workbookDownload } from './http/workbook-download.route';
import { LoginThrottle, useLoginThrottle } from './modules/users/login-throttle';
import { staticClient } from './http/static-client.route';
import { ownerPages } from './http/owner-page.route';
import { ledgerImports } from './http/ledger-import.route';

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
  // X-Forwarded-For/-Proto only from the proxy TRUST_PROXY names: otherwise any client could claim https (the cookie's
  // Secure flag) or another address (the per-IP limits)
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(securityHeaders());
  useLoginThrottle(app.locals, new LoginThrottle(orm, config.loginThrottle));
  const server = http.createServer(app);
  const limiter = new RateLimiter(config.rateLimit, postgresCounters(orm));
  const schema = await createSchema();
  // subscriptions (graphql-ws) on the same port and path, fed by this process's LISTEN on hf_events
  const live = await acquireListener(String(orm.config.get('clientUrl')), (m) => log(m));
  const subscriptions = attachSubscriptions(server, schema, orm, log);
  const apollo = new ApolloServer<Context>({
    schema,
    // OWASP GraphQL Cheat Sheet: CSRF prevention on, no JSON-array batching, bounded documents, limits before execution
    csrfPrevention: true,
    // main.ts owns the signals and stops everything in order (Apollo's own handler raced it and never finished)
    stopOnTerminationSignals: false,
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
    // which process answered (WORKERS > 1 runs several behind one port)
    res.setHeader('x-process', String(process.pid));
    res.status(ok ? 200 : 503).json({ ok });
  });

  app.get('/files/workbooks/:file', workbookDownload(orm, config.dataDir, log));

  // the owner's one-time survey and confirmation links: public, outside GraphQL (http/owner-page.route.ts)
  app.use(ownerPages(orm, config, log));

  // 导入历史台账: the upload, the template and the error report (http/ledger-import.route.ts)
  app.use(ledgerImports(orm, config.dataDir, log));

  // refusals before Apollo (unreadable, oversized or batched bodies) still cost the address a point and say so
  const chargeRefusal = async (req: express.Request, res: express.Response) => {
    for (const [name, value] of rateLimitHeaders((await limiter.charge(null, req.ip, 1)).state)) res.setHeader(name, value);
  };

  app.use(
    '/graphql',
    // answers over 1 KB (a grid page is ~40 KB of JSON) compressed when the client asks: gzip level 6, brotli quality 4
    compression({ threshold: 1024 }),
    express.json({ limit: '1mb' }),
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!Array.isArray(req.body)) return next();
      await chargeRefusal(req, res);
      res.status(400).json({ errors: [{ message: apiMessage(msg('limit.batch')), extensions: { code: 'BAD_REQUEST', messageKey: 'limit.batch' } }] });
    },
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
  app.use('/graphql', async (error: { status?: number; type?: string }, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    await chargeRefusal(req, res);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    const message = status === 413 ? msg('limit.bodyTooLarge') : msg('limit.bodyNotJson');
    res.status(status).json({ errors: [{ message: apiMessage(message), extensions: { code: 'BAD_REQUEST', messageKey: message.key } }] });
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
    await subscriptions.close();
    await live.release();
    await apollo.stop();
    throw error.code === 'EADDRINUSE' ? new Error(`port ${config.port} is in use: set PORT to a free port`) : error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      // HTTP and the open WebSockets together (the drain plugin ends idle connections, then the rest after its grace)
      await Promise.all([apollo.stop(), subscriptions.close()]);
      await live.release();
    },
  };
}

/**
 * helmet's headers (X-Content-Type-Options, Referrer-Policy, frame-ancestors, COOP, …) on every answer, with a
 * Content-Security-Policy of same-origin scripts only (AG Grid inserts its theme as <style> elements, hence style-src
 * 'unsafe-inline'). No upgrade-insecure-requests and no HSTS: a clerk's PC and a LAN server are reached over plain
 * http (a TLS proxy in front sets HSTS itself).
 */
function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
