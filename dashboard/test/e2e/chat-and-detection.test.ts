import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { NSL_KDD_FEATURES } from '@vigil/ml/tables';
import { sharedData } from '@vigil/ml/testing';
import { gql, launchBrowser, screenshot, signIn, startApi } from './browser.js';

const ADMIN = 'vgl_e2e-admin-token-0123456789abcdef';

/** A KDDTest+ row of the given attack name as a record in the NSL-KDD schema. */
async function recordOf(attack: string): Promise<Record<string, string | number>> {
  const text = await readFile(sharedData('nsl-kdd', 'KDDTest+.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.split(',')[41] === attack)!;
  const fields = line.split(',');
  return Object.fromEntries(NSL_KDD_FEATURES.map((name, i) => [name, ['protocol_type', 'service', 'flag'].includes(name) ? fields[i]! : Number(fields[i])]));
}

describe('dashboard in a real browser: chat and detection', { timeout: 240_000 }, () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let chrome: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: BrowserContext;

  before(async () => {
    api = await startApi(ADMIN, { VIGIL_NSL_KDD_DIR: sharedData('nsl-kdd') });
    await gql(api.url, ADMIN, 'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { created } }', {
      i: { path: sharedData('corpus', 'pdf', 'NIST.SP.800-61r2.pdf') },
    });
    // A binary model decides; a 5-class model names the category (and so the ATT&CK techniques).
    for (const task of ['BINARY', 'MULTICLASS']) {
      const trained = await gql<{ trainClassifier: { id: string } }>(api.url, ADMIN,
        'mutation($i: TrainClassifierInput!) { trainClassifier(input: $i) { id } }',
        { i: { family: 'LOGISTIC', task, trainPath: 'KDDTrain+_20Percent.txt' } });
      const id = trained.trainClassifier.id;
      for (let i = 0; ; i++) {
        const { classifier } = await gql<{ classifier: { status: string; error: string | null } }>(api.url, ADMIN, 'query($id: ID!) { classifier(id: $id) { status error } }', { id });
        if (classifier.status === 'READY') break;
        if (classifier.status === 'FAILED' || i > 600) throw new Error(`training did not finish: ${classifier.status} ${classifier.error}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await gql(api.url, ADMIN, 'mutation($id: ID!) { promoteClassifier(id: $id) { id } }', { id });
    }
    chrome = await launchBrowser();
    browser = chrome.browser;
  });
  after(async () => {
    await chrome?.close();
    await api?.stop();
  });

  async function signedIn(path: string): Promise<Page> {
    const page = await browser.newPage();
    await signIn(page, api.url, ADMIN);
    if (path !== '/') await page.getByRole('navigation').getByRole('link', { name: path === '/chat' ? 'Chat' : 'Detection' }).click();
    return page;
  }

  it('a question gets a cited answer from SP 800-61 streamed in, and the conversation is listed', async () => {
    const page = await signedIn('/chat');
    await page.getByLabel('Question').fill('What are the phases of the incident response life cycle?');
    await page.getByRole('button', { name: 'Ask' }).click();
    const turn = page.getByTestId('chat-turn').last();
    await turn.getByText(/answered by/).waitFor({ timeout: 60_000 });
    assert.match(await turn.getByTestId('answer').innerText(), /\[\d+\]/, 'the answer carries citation markers');
    const sources = turn.getByRole('list', { name: 'Sources' });
    assert.match(await sources.innerText(), /800-61|Incident Handling/i);
    await sources.locator('summary').first().click();
    assert.ok((await sources.locator('.snippet').first().innerText()).length > 20);
    await page.getByRole('heading', { name: 'Conversations' }).waitFor();
    await page.getByRole('button', { name: /incident response life cycle/i }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'chat');
    await page.close();
  });

  it('an out-of-scope question is shown as a refusal', async () => {
    const page = await signedIn('/chat');
    await page.getByLabel('Question').fill("What's a good lasagne recipe?");
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByTestId('refusal').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('an XSS payload in a question renders as text and runs nothing', async () => {
    const page = await signedIn('/chat');
    await page.exposeFunction('vigilXss', () => assert.fail('the injected script ran'));
    const payload = '<img src=x onerror="window.vigilXss()"> incident handling';
    await page.getByLabel('Question').fill(payload);
    await page.getByRole('button', { name: 'Ask' }).click();
    const turn = page.getByTestId('chat-turn').last();
    await turn.getByText(/answered by|Not covered/).first().waitFor({ timeout: 30_000 });
    assert.match(await turn.locator('.question').innerText(), /<img src=x onerror=/);
    assert.equal(await page.locator('main img').count(), 0, 'no <img> element was created from the payload');
    await page.close();
  });

  it('classifying a known attack row raises an alert that appears in the live feed with ATT&CK links', async () => {
    const page = await signedIn('/detection');
    await page.getByRole('heading', { name: 'Alerts (live)' }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    const records = [await recordOf('neptune')];
    await page.getByLabel(/^Records/).fill(JSON.stringify(records));
    await page.getByRole('button', { name: 'Classify' }).click();
    const results = page.getByTestId('classify-results');
    await results.waitFor({ timeout: 30_000 });
    const rows = await results.locator('tbody tr').allInnerTexts();
    assert.match(rows[0]!, /attack|DoS/i);
    const alert = page.getByTestId('alert-list').locator('li').first();
    await alert.waitFor({ timeout: 10_000 });
    assert.match(await alert.innerText(), /T1498|T1499/);
    const link = alert.getByRole('link').first();
    assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/attack\.mitre\.org\/techniques\/T14/);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await alert.getByText('acknowledged').waitFor();
    await screenshot(page, 'detection');
    await page.close();
  });
});
