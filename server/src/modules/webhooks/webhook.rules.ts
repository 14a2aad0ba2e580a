import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { ErrorCode, msg, type Message, WebhookEvent } from '@hf/shared';

export const MIN_SECRET_LENGTH = 16;
/** a receiver should refuse a signature older than this (the replay window), and so does verifySignature */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export interface WebhookProblem {
  field: string;
  code: ErrorCode;
  message: Message;
}

/** An absolute http(s) URL without credentials; the address is judged separately (isPrivateAddress). */
export function urlProblem(raw: string): WebhookProblem | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { field: 'url', code: ErrorCode.BAD_USER_INPUT, message: msg('webhook.urlInvalid') };
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.hostname || url.username || url.password) {
    return { field: 'url', code: ErrorCode.BAD_USER_INPUT, message: msg('webhook.urlInvalid') };
  }
  return null;
}

export function webhookInputProblems(input: { url?: string; secret?: string; events?: readonly WebhookEvent[] }): WebhookProblem[] {
  const problems: WebhookProblem[] = [];
  if (input.url !== undefined) {
    const problem = urlProblem(input.url);
    if (problem) problems.push(problem);
  }
  if (input.secret !== undefined && input.secret.length < MIN_SECRET_LENGTH) {
    problems.push({ field: 'secret', code: ErrorCode.BAD_USER_INPUT, message: msg('webhook.secretTooShort') });
  }
  if (input.events !== undefined && input.events.length === 0) {
    problems.push({ field: 'events', code: ErrorCode.BAD_USER_INPUT, message: msg('webhook.noEvents') });
  }
  return problems;
}

function ipv4Private(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return (
    a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
  );
}

/** Loopback, private, link-local, carrier-grade NAT, multicast, reserved — anything that is not the public internet (SSRF). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return ipv4Private(address);
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Private(mapped[1]);
  return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower);
}

/**
 * X-Signature: sha256=HMAC-SHA256(secret, "<timestamp>.<body>") in hex, with X-Timestamp (epoch seconds): the receiver
 * recomputes it and refuses a timestamp outside the replay window (Stripe's scheme).
 */
export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (used by the tests' receiver, documented in the README). */
export function verifySignature(secret: string, header: string, timestamp: number, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signature(secret, timestamp, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A hook hears an event of a project when it asked for that event and is not restricted to other projects. */
export function hookWants(hook: { events: readonly string[]; projectIds: readonly number[] | null; active: boolean }, event: string, projectId: number | null): boolean {
  return hook.active && hook.events.includes(event) && (hook.projectIds === null || (projectId !== null && hook.projectIds.includes(projectId)));
}

/** pg-boss's retry policy of a delivery job: exponential backoff from the delay (settings WEBHOOK_RETRY_*). */
export function deliveryRetry(settings: { retryLimit: number; retryDelaySeconds: number; timeoutMs: number }) {
  return { retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true, expireInSeconds: Math.ceil(settings.timeoutMs / 1000) + 30 };
}
