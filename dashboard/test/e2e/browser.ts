import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApiProcess } from '@vigil/ml/testing';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const artifacts = path.join(repo, 'dashboard', 'test-artifacts');

/** Debian's chromium (CI installs it); its path from `which chromium`. */
export function chromiumPath(): string | null {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Headless Chromium with a fresh profile; each page is a new tab with its own sessionStorage. */
export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'vigil-chromium-'));
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed (apt-get install chromium)');
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  return { browser, close: async () => (await browser.close(), rm(profile, { recursive: true, force: true })) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** The real API (serving the built dashboard) in its own process on loopback, over a fresh data directory. */
export async function startApi(adminToken: string, env: Record<string, string> = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vigil-e2e-'));
  const api = await startApiProcess({ VIGIL_DATA_DIR: dataDir, VIGIL_ADMIN_TOKEN: adminToken, ...env });
  return { url: api.url, stop: async () => (await api.stop(), rm(dataDir, { recursive: true, force: true })) };
}

/** Signs in through the form and waits for the overview. */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
}

/** A GraphQL call as the given token; throws on errors so a test's setup failure is loud. */
export async function gql<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function createToken(url: string, adminToken: string, role: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }', variables: { i: { name: `${role} e2e`, role } } }),
  });
  const body = (await response.json()) as { data: { createApiToken: { token: string } } };
  return body.data.createApiToken.token;
}
