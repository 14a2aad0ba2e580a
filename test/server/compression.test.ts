import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { initTestApp, TestApp } from './helpers/test-app';

/** A raw GET/POST that shows the bytes as sent (fetch would decompress them silently). */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('compressed answers (issue 13 item 18)', () => {
  let app: TestApp;
  let other: { url: string; close: () => Promise<void> };
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-client-dist-'));
  const script = 'console.log("回访");\n'.repeat(400);

  beforeAll(async () => {
    app = await initTestApp();
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>回访</title><script src="/assets/app-1a2b.js"></script>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), script);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js.gz'), zlib.gzipSync(script));
    other = await app.startAnother({ clientDist: dist, dataDir: app.dataDir });
  });
  afterAll(async () => {
    await other.close();
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('should send the build brotli-compressed to a browser that accepts br, and cache the hashed asset for a year', async () => {
    const res = await request(`${other.url}/assets/app-1a2b.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('should fall back to gzip, and to the plain file for a client that accepts neither', async () => {
    const gz = await request(`${other.url}/assets/app-1a2b.js`, { headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await request(`${other.url}/assets/app-1a2b.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('should answer every client route with index.html, never cached', async () => {
    const res = await request(`${other.url}/callbacks`);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('/assets/app-1a2b.js');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('should compress a large GraphQL answer when the client asks, and leave a small one as it is', async () => {
    const clerk = await app.as('zhangli');
    const body = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}`, 'accept-encoding': 'gzip' };
    const large = await request(`${app.url}/graphql`, { method: 'POST', headers, body });
    expect(large.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(large.body).toString()).data.__schema.types.length).toBeGreaterThan(50);
    const small = await request(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ me { user { username } } }' }) });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString()).data.me.user.username).toBe('zhangli');
  });
});
