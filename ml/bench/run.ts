// Runs this package's benchmarks: all of them, or those named on the command line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBenchmarks } from '../src/bench/index.js';

await runBenchmarks(path.dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
