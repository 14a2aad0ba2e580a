import type { Request } from 'express';
export declare const SESSION_COOKIE = "hf_session";
/** The session token from "Authorization: Bearer …" (scripts) or the httpOnly cookie (browser). */
export declare function readSessionToken(req: Request): string | null;
