// Peer: PostGraphile 4 serving the same tables. Args: DATABASE_URL PORT
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../peer/package.json', import.meta.url));
const { postgraphile } = require('postgraphile');
const [url, port] = process.argv.slice(2);
const middleware = postgraphile(url, 'public', {
  disableDefaultMutations: true,
  ignoreRBAC: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  disableQueryLog: true,
  retryOnInitFail: false,
});
http.createServer(middleware).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
