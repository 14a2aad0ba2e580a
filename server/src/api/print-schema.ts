import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './schema';

/** Writes the schema SDL (for the client's codegen and for API users): node server/dist/api/print-schema.js [file] */
async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'client', 'schema.graphql'));
  fs.writeFileSync(target, `${printSchema(await createSchema())}\n`);
  console.log(`schema written to ${target}`);
}

void main();
