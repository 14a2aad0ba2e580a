import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from '../../server/src/api/schema';

describe('the client schema copy', () => {
  it('should equal the server schema, so the typed documents are generated from what the server serves', async () => {
    // npm run schema && npm run codegen -w client refresh it after a server change
    const served = `${printSchema(await createSchema())}\n`;
    const copy = fs.readFileSync(path.join(__dirname, '..', '..', 'client', 'schema.graphql'), 'utf8');
    expect(copy).toEqual(served);
  });
});
