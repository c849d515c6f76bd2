import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { createToken, launchBrowser, screenshot, startApi } from './browser.js';

const ADMIN = 'vgl_e2e-admin-token-0123456789abcdef';

describe('dashboard in a real browser: sign-in and overview', { timeout: 120_000 }, () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let chrome: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: BrowserContext;

  before(async () => {
    api = await startApi(ADMIN);
    chrome = await launchBrowser();
    browser = chrome.browser;
  });
  after(async () => {
    await chrome?.close();
    await api?.stop();
  });

  async function signIn(page: Page, token: string) {
    await page.goto(`${api.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('an unknown token shows the API’s message and stays on the sign-in page', async () => {
    const page = await browser.newPage();
    await signIn(page, 'vgl_not-a-token');
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /not valid/);
    assert.match(page.url(), /\/sign-in/);
    await screenshot(page, 'sign-in-error');
    await page.close();
  });

  it('an admin signs in and sees health, cluster metrics and the live audit log', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, ADMIN);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    assert.match(await page.getByTestId('who').innerText(), /admin/);
    await page.getByTestId('health-status').waitFor();
    assert.equal(await page.getByTestId('health-status').innerText(), 'ok');
    await page.getByTestId('cluster-table').waitFor();
    assert.equal(await page.getByTestId('queue-depth').innerText(), '0');
    await page.getByRole('heading', { name: 'Audit log (live)' }).waitFor();
    // A mutation made elsewhere arrives in the open page over the subscription.
    await new Promise((r) => setTimeout(r, 500));
    await createToken(api.url, ADMIN, 'viewer');
    await page.getByTestId('audit-list').getByText('createApiToken').first().waitFor({ timeout: 10_000 });
    await screenshot(page, 'overview');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a viewer sees no admin-only panel, and a reload keeps the session', async () => {
    const viewer = await createToken(api.url, ADMIN, 'viewer');
    const page = await browser.newPage();
    await signIn(page, viewer);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByTestId('health-status').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Audit log (live)' }).count(), 0);
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    assert.match(await page.getByTestId('who').innerText(), /viewer/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.close();
  });

  it('serves the dashboard with a content security policy that forbids inline scripts', async () => {
    const response = await fetch(`${api.url}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
    assert.match(await response.text(), /<div id="app">/);
  });
});
