import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isIP } from 'node:net';
import { fetch as undiciFetch } from 'undici';
import { badInput, notFound } from '@vigil/ml/errors';
import type { DocumentInput } from '../rag/ingest/index.js';
import { InternalAddressError, isInternalAddress, publicOnlyAgent } from './url-guard.js';

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

export interface UrlFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Allow hosts inside the network (loopback, private ranges, link-local); off by default (SSRF). */
  allowInternal: boolean;
}

const MAX_REDIRECTS = 5;
let publicAgent: ReturnType<typeof publicOnlyAgent> | undefined;

/**
 * Fetches an http(s) URL, stopping at `maxBytes` and after `timeoutMs`. Unless internal hosts are allowed, every
 * hop (redirects included) must reach a public address: literal addresses are checked here, names at connect time.
 */
export async function fetchUrlInput(url: string, options: UrlFetchOptions): Promise<DocumentInput> {
  const { maxBytes, timeoutMs } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput(`'${url}' is not a URL`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  for (let hop = 0; ; hop++) {
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badInput(`only http and https URLs can be ingested, not ${parsed.protocol}`);
    if (!options.allowInternal && isIP(parsed.hostname.replace(/^\[|\]$/g, '')) && isInternalAddress(parsed.hostname)) {
      throw internalRefused(parsed.href, parsed.hostname);
    }
    try {
      response = options.allowInternal
        ? await fetch(parsed, { signal, redirect: 'manual' })
        : ((await undiciFetch(parsed, { signal, redirect: 'manual', dispatcher: (publicAgent ??= publicOnlyAgent()) })) as unknown as Response);
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof InternalAddressError) throw internalRefused(parsed.href, cause.address);
      const why = signal.aborted ? `no answer within ${timeoutMs} ms (INGEST_URL_TIMEOUT_MS)` : (error as Error).message;
      throw badInput(`${parsed.href} could not be fetched: ${why}`);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw badInput(`${url} redirects more than ${MAX_REDIRECTS} times`);
    parsed = new URL(location, parsed);
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

function internalRefused(href: string, address: string) {
  return badInput(`${href} points inside the network (${address}); internal URLs are refused unless INGEST_URL_ALLOW_INTERNAL=true`, { address });
}
