import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings a request accepts (q=0 refuses one), from its Accept-Encoding header. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * The built client: hashed assets cached for a year, index.html never (a new build is picked up at once), and the
 * .br / .gz twins the client build writes beside each asset sent to a browser that accepts them — compressed once at
 * build time, never per request.
 */
export function staticClient(clientDist: string): express.Router {
  const router = express.Router();
  const indexFile = path.join(clientDist, 'index.html');
  const compressed = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (ENCODINGS.some((e) => entry.name.endsWith(e.suffix))) compressed.add(file);
    }
  };
  walk(clientDist);

  const send = (file: string, req: express.Request, res: express.Response, cacheControl: string) => {
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const encoding = ENCODINGS.find((e) => accepted.has(e.name) && compressed.has(file + e.suffix));
    if (!encoding) return res.sendFile(file);
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding.name);
    return res.sendFile(file + encoding.suffix);
  };

  router.get(/^\/assets\/[\w.-]+$/, (req, res, next) => {
    const file = path.join(clientDist, req.path);
    if (!file.startsWith(clientDist + path.sep) || !fs.existsSync(file)) return next();
    return send(file, req, res, 'public, max-age=31536000, immutable');
  });
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|health|files).*/, (req, res) => send(indexFile, req, res, 'no-cache'));
  return router;
}
