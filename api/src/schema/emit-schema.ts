import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '@vigil/ml/testing';
import { printVigilSchema } from './print-schema.js';

const file = path.join(repoRoot(), 'schema.graphql');
await writeFile(file, await printVigilSchema());
console.log(`wrote ${file}`);
