import crypto from 'node:crypto';

/** What is stored of a session token or an API token secret: its SHA-256, never the secret itself. */
export const hashToken = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');
