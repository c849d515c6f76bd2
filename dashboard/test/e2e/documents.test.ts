import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedData } from '@vigil/ml/testing';
import { launchBrowser, screenshot, signIn, startApi } from './browser.js';

const ADMIN = 'vgl_e2e-admin-token-0123456789abcdef';

describe('dashboard in a real browser: documents', { timeout: 180_000 }, () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let chrome: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: BrowserContext;
  let scratch: string;

  before(async () => {
    api = await startApi(ADMIN);
    chrome = await launchBrowser();
    browser = chrome.browser;
    scratch = await mkdtemp(path.join(os.tmpdir(), 'vigil-e2e-docs-'));
  });
  after(async () => {
    await chrome?.close();
    await api?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  async function documentsPage(): Promise<Page> {
    const page = await browser.newPage();
    await signIn(page, api.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    return page;
  }

  it('an uploaded PDF appears in the list and in search, with scores', async () => {
    const page = await documentsPage();
    await page.getByLabel('choose a file').setInputFiles(sharedData('corpus', 'pdf', 'NIST.SP.800-94.pdf'));
    await page.getByTestId('upload-message').waitFor({ timeout: 120_000 });
    assert.match(await page.getByTestId('upload-message').innerText(), /Ingested .*Intrusion Detection/i);
    const list = page.getByTestId('document-list');
    await list.getByText(/Intrusion Detection and Prevention/i).first().waitFor();
    assert.match(await list.innerText(), /application\/pdf/);
    await page.getByLabel('Search the documents').fill('network-based IDPS sensor placement');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = page.getByTestId('search-hits');
    await hits.waitFor();
    assert.match(await hits.innerText(), /Intrusion Detection/i);
    assert.match(await hits.innerText(), /score \d\.\d{3} · BM25/);
    await screenshot(page, 'documents');
    await page.close();
  });

  it('an XSS payload inside a document renders as text in the list and in search, and runs nothing', async () => {
    const page = await documentsPage();
    await page.exposeFunction('vigilXss', () => assert.fail('the injected script ran'));
    // Plain text keeps the markup literally (Markdown ingestion drops inline HTML), so it reaches the page.
    const file = path.join(scratch, 'payload.txt');
    await writeFile(file, 'Quarterly <img src=x onerror="window.vigilXss()"> review\n\nThe zebracorn beaconing review found <img src=x onerror="window.vigilXss()"> nothing else.\n');
    await page.getByLabel('choose a file').setInputFiles(file);
    await page.getByTestId('upload-message').waitFor({ timeout: 60_000 });
    await page.getByTestId('document-list').getByText(/Quarterly <img/).waitFor();
    await page.getByLabel('Search the documents').fill('zebracorn beaconing');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('search-hits').getByText(/onerror=/).first().waitFor();
    assert.equal(await page.locator('main img').count(), 0, 'no <img> element was created from the document');
    await page.close();
  });
});
