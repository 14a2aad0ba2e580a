import type { Request } from 'express';

export const SESSION_COOKIE = 'hf_session';

/** The session token from "Authorization: Bearer …" (scripts) or the httpOnly cookie (browser). */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = req.headers.cookie;
  if (!cookies) return null;
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}
