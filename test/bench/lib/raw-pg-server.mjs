// Baseline server: the same page as one SQL statement through pg, JSON over plain node:http. Args: DATABASE_URL PORT
import http from 'node:http';
import pg from 'pg';
import { GRID_PAGE_SQL, gridPageJson } from './grid-page-sql.mjs';

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });
http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const { projectId, first } = JSON.parse(body || '{}');
      const { rows } = await pool.query(GRID_PAGE_SQL, [projectId, first]);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(gridPageJson(rows)));
    });
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
