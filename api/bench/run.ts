// Runs every `*.bench.js` beside this file (or those named on the command line) in sequence.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.js')).sort();
for (const file of files) {
  const name = file.replace(/\.bench\.js$/, '');
  if (wanted.length && !wanted.includes(name)) continue;
  const started = Date.now();
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<string> };
  const written = await mod.default();
  console.log(`bench ${name}: ${written} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
