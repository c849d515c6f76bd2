import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput, notFound } from '@vigil/ml/errors';
import type { DocumentInput } from '../rag/ingest/index.js';

/** Extensions a folder walk picks up (anything else in the folder is left alone). */
const INGESTIBLE = /\.(pdf|md|markdown|txt|text|html?|json)$/i;

/** The files a path names: itself, or every ingestible file under a folder, sorted. */
export async function filesAt(target: string): Promise<string[]> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw notFound('path', target);
  }
  if (info.isFile()) return [target];
  if (!info.isDirectory()) throw badInput(`${target} is neither a file nor a folder`);
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && INGESTIBLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function readPathInput(file: string, maxBytes: number): Promise<DocumentInput> {
  const info = await stat(file);
  if (info.size > maxBytes) {
    throw badInput(`${path.basename(file)} is ${info.size} bytes, over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`, { limit: 'maxBytes', max: maxBytes, value: info.size });
  }
  return { bytes: new Uint8Array(await readFile(file)), filename: path.basename(file) };
}

/** Fetches an http(s) URL, stopping at `maxBytes` and after `timeoutMs`. */
export async function fetchUrlInput(url: string, maxBytes: number, timeoutMs: number): Promise<DocumentInput> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput(`'${url}' is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badInput(`only http and https URLs can be ingested, not ${parsed.protocol}`);
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(parsed, { signal, redirect: 'follow' });
  } catch (error) {
    const why = signal.aborted ? `no answer within ${timeoutMs} ms (INGEST_URL_TIMEOUT_MS)` : (error as Error).message;
    throw badInput(`${parsed.href} could not be fetched: ${why}`);
  }
  if (!response.ok || !response.body) throw badInput(`${parsed.href} answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (size: number) => badInput(`${parsed.href} is ${size > maxBytes ? 'over' : 'at'} the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`, { limit: 'maxBytes', max: maxBytes });
  if (declared > maxBytes) {
    await response.body.cancel();
    throw tooLarge(declared);
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const part of response.body) {
      size += part.byteLength;
      if (size > maxBytes) {
        await response.body.cancel().catch(() => undefined);
        throw tooLarge(size);
      }
      parts.push(part);
    }
  } catch (error) {
    if (signal.aborted) throw badInput(`${parsed.href} took longer than ${timeoutMs} ms to download (INGEST_URL_TIMEOUT_MS)`);
    throw error;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  const filename = decodeURIComponent(parsed.pathname.split('/').pop() || parsed.hostname);
  const mediaType = response.headers.get('content-type');
  return { bytes, filename, ...(mediaType && mediaType !== 'application/octet-stream' ? { mediaType } : {}) };
}
