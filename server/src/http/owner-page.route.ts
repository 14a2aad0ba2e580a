import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { apiMessage, type FieldError, type Message, msg, OwnerLinkPurpose } from '@hf/shared';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config';
import { postgresCounters } from '../api/rate-limit';
import {
  answerOwnerConfirmation, answerOwnerSurvey, hashOwnerToken, OwnerPageError, OwnerPageRefusal, ownerPageView,
} from '../modules/owner-links/owner-link.service';

/**
 * The owner's public pages, outside GraphQL on purpose: two fixed operations need no query language, and an anonymous
 * caller never reaches the staff schema (nor its introspection). The secret in the URL is the only credential — no
 * cookie is read or set — so a cross-site form cannot act for anyone; the POST also takes JSON only (a cross-site
 * page cannot send that without a CORS preflight, which is never granted) and refuses another Origin.
 *
 *   GET  /s/<token>                the page (client/owner.html: its own small bundle, not the back-office's)
 *   GET  /api/owner/links/<token>  what the page shows
 *   POST /api/owner/links/<token>  the owner's answer
 *
 * Unknown, used, revoked and expired links get one and the same answer (404 LINK_UNAVAILABLE), so nobody can tell
 * which secrets exist; each request costs a point per IP address and per link (PostgreSQL counters, every process).
 */

/** The page may load its own script, style and the QR-free images only; nothing else, not even inline script. */
const OWNER_PAGE_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  // the secret is in the path: never sent on to another site
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function refuse(res: Response, status: number, code: string, message: Message, fields: FieldError[] = []): void {
  noStore(res);
  res.status(status).json({
    error: { code, message: apiMessage(message), messageKey: message.key, ...(fields.length ? { fields: fields.map((f) => ({ field: f.field, message: f.message, messageKey: f.messageKey })) } : {}) },
  });
}

export function ownerPages(orm: MikroORM, config: Config, log: (e: unknown) => void): express.Router {
  const router = express.Router();
  const counters = postgresCounters(orm);
  const { perIpPoints, perLinkPoints, windowSeconds } = config.ownerLinks;
  const byIp = counters({ keyPrefix: 'owner_ip', points: perIpPoints, duration: windowSeconds });
  const byLink = counters({ keyPrefix: 'owner_link', points: perLinkPoints, duration: windowSeconds });

  /** One point per request from this address and for this link (known or not); false once either is spent (429 sent). */
  const charge = async (req: Request, res: Response, token: string | null): Promise<boolean> => {
    try {
      await byIp.consume(req.ip ?? 'unknown');
      if (token !== null) await byLink.consume(hashOwnerToken(token));
      return true;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      refuse(res, 429, 'RATE_LIMITED', msg('ownerLink.tooMany'));
      return false;
    }
  };

  const answerError = (res: Response, error: unknown) => {
    if (error instanceof OwnerPageError) {
      if (error.fieldErrors.length) return refuse(res, 422, 'BAD_USER_INPUT', msg('ownerLink.badRequest'), error.fieldErrors);
      if (error.refusal === OwnerPageRefusal.ARCHIVED) return refuse(res, 409, 'ARCHIVED', msg('ownerLink.archived'));
      return refuse(res, 404, 'LINK_UNAVAILABLE', msg('ownerLink.unavailable'));
    }
    log(error);
    refuse(res, 500, 'INTERNAL_SERVER_ERROR', msg('common.internal'));
  };

  const pageFile = path.join(config.clientDist, 'owner.html');
  router.get(/^\/s\/[^/]*$/, async (req, res) => {
    try {
      if (!(await charge(req, res, null))) return;
      noStore(res);
      res.setHeader('Content-Security-Policy', OWNER_PAGE_CSP);
      if (!fs.existsSync(pageFile)) return res.status(503).type('text/plain; charset=utf-8').send('owner page not built (npm run build)');
      // the same page for every secret: it asks the API what to show
      res.type('html').sendFile(pageFile);
    } catch (error) {
      answerError(res, error);
    }
  });

  router.get('/api/owner/links/:token', async (req, res) => {
    const token = String(req.params.token);
    try {
      if (!(await charge(req, res, token))) return;
      const view = await ownerPageView(orm.em.fork(), token);
      noStore(res);
      res.json(view);
    } catch (error) {
      answerError(res, error);
    }
  });

  router.post(
    '/api/owner/links/:token',
    (req, res, next) => {
      if (!req.is('application/json')) return refuse(res, 415, 'BAD_REQUEST', msg('ownerLink.badRequest'));
      const origin = req.get('origin');
      if (origin && origin !== `${req.protocol}://${req.get('host')}`) return refuse(res, 403, 'FORBIDDEN', msg('ownerLink.badRequest'));
      next();
    },
    express.json({ limit: '16kb' }),
    async (req, res) => {
      const token = String(req.params.token);
      try {
        if (!(await charge(req, res, token))) return;
        const body = (req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {}) as Record<string, unknown>;
        const em = orm.em.fork();
        const purpose = body.purpose === OwnerLinkPurpose.CONFIRM ? OwnerLinkPurpose.CONFIRM : OwnerLinkPurpose.SURVEY;
        if (purpose === OwnerLinkPurpose.CONFIRM) await answerOwnerConfirmation(em, token, body);
        else await answerOwnerSurvey(em, token, body);
        noStore(res);
        res.json({ ok: true });
      } catch (error) {
        answerError(res, error);
      }
    },
  );

  // a body that is not JSON or too large: a clear refusal, never a stack
  router.use('/api/owner', (error: { status?: number }, _req: Request, res: Response, _next: express.NextFunction) => {
    refuse(res, error.status === 413 ? 413 : 400, 'BAD_REQUEST', msg('ownerLink.badRequest'));
  });
  return router;
}
