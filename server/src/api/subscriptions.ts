import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Caller } from '../core/caller';
import type { Context } from '../graphql/context';
import { callerForApiToken, looksLikeApiToken } from '../modules/api-tokens/api-token.service';
import { viewerForToken } from '../modules/users/session.service';
import { readSessionToken } from '../modules/users/session-cookie';
import { isTokenCaller } from '../core/caller';
import { assertAcceptableText } from './input-text';
import { queryLimitRules } from './query-limits';
import { formatError } from './format-error';

/** open WebSocket connections a person (all their sessions) or an API token may hold at once */
export const MAX_CONNECTIONS_PER_CALLER = 10;

const callerKey = (caller: Caller) => (isTokenCaller(caller) ? `token:${caller.token.id}` : `user:${caller.user.id}`);

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on /graphql, beside the HTTP endpoint: the same session cookie (or
 * "Authorization: Bearer …" in the upgrade request, or `authorization` in the connection parameters for a browser that
 * cannot set headers), the same schema with its access checks and masks, the same document limits. Only subscriptions
 * go this way (queries and mutations stay on HTTP with the cost budget); anonymous callers are refused, and each
 * caller may hold MAX_CONNECTIONS_PER_CALLER connections.
 */
export function attachSubscriptions(server: http.Server, schema: GraphQLSchema, orm: MikroORM, log: (e: unknown) => void): { close: () => Promise<void> } {
  // noServer: the upgrade is taken here for /graphql only, and the HTTP server's own errors (a port in use) stay its own
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const onUpgrade = (request: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);
  const open = new Map<string, number>();
  const disposable = useServer<{ authorization?: string } | undefined, { caller?: Caller; key?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const em = orm.em.fork();
        const fromParams = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization.replace(/^Bearer\s+/i, '').trim() : null;
        const token = fromParams || readSessionToken(ctx.extra.request as never);
        if (!token) return false;
        const caller: Caller | null = looksLikeApiToken(token) ? await callerForApiToken(em, token) : await viewerForToken(em, token);
        if (!caller) return false;
        const key = callerKey(caller);
        const count = open.get(key) ?? 0;
        if (count >= MAX_CONNECTIONS_PER_CALLER) return false;
        open.set(key, count + 1);
        ctx.extra.caller = caller;
        ctx.extra.key = key;
        return true;
      },
      onDisconnect: (ctx) => {
        const key = ctx.extra.key;
        if (!key) return;
        const count = (open.get(key) ?? 1) - 1;
        if (count <= 0) open.delete(key);
        else open.set(key, count);
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: 2000 });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules]);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') return [new GraphQLError('only subscriptions over WebSocket; queries and mutations over HTTP POST /graphql')];
        try {
          assertAcceptableText(document, payload.variables ?? undefined);
        } catch (error) {
          return [error as GraphQLError];
        }
        // execution takes the document, variables and the context below
      },
      // an error in a pushed result is masked like an HTTP answer's (coded, nothing internal)
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, log)) as never } : result,
      context: (ctx): Context => {
        const caller = ctx.extra.caller!;
        return {
          em: orm.em.fork(),
          caller,
          viewer: isTokenCaller(caller) ? null : caller,
          req: ctx.extra.request as never,
          res: null as never,
        };
      },
    },
    wss,
  );
  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
