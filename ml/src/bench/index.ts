import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../testing/index.js';

/** A measured figure always carries its unit. */
export interface Figure {
  value: number;
  unit: string;
}

export interface BenchReport {
  /** Result-file keys read by tools (plain numbers or strings) go here, flat. */
  keys: Record<string, number | string | null | Record<string, unknown>>;
  /** Every figure with its unit. */
  figures: Record<string, Figure>;
  /** The size of the work: rows, requests, chunks, ... */
  work: Record<string, number | string>;
  notes?: string[];
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Writes `bench/results/<name>.json` at the repository root and returns its path. */
export async function writeBenchResult(name: string, report: BenchReport): Promise<string> {
  const dir = path.join(repoRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const body = {
    ...report.keys,
    name,
    date: new Date().toISOString(),
    machine: machine(),
    work: report.work,
    figures: report.figures,
    ...(report.notes ? { notes: report.notes } : {}),
  };
  await writeFile(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

export function percentile(sortedAscending: ArrayLike<number>, p: number): number {
  const n = sortedAscending.length;
  if (n === 0) return Number.NaN;
  const rank = Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1));
  return sortedAscending[rank]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/**
 * Runs every `*.bench.js` in `dir` (or only those named), in sequence; each default-exports a function that
 * writes its result file and returns the path.
 */
export async function runBenchmarks(dir: string, wanted: string[] = []): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  const { pathToFileURL } = await import('node:url');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.js')).sort();
  for (const file of files) {
    const name = file.replace(/\.bench\.js$/, '');
    if (wanted.length && !wanted.includes(name)) continue;
    const started = Date.now();
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<string> };
    const written = await mod.default();
    console.log(`bench ${name}: ${written} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
