import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { sharedData } from '@vigil/ml/testing';
import { launchBrowser, screenshot, signIn, startApi } from './browser.js';

const ADMIN = 'vgl_e2e-admin-token-0123456789abcdef';

describe('dashboard in a real browser: diffusion', { timeout: 300_000 }, () => {
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

  it('a tiny run started from the form streams loss points into the chart and ends with a quality report', async () => {
    const page = await browser.newPage();
    await signIn(page, api.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Diffusion' }).click();
    await page.getByLabel('Server-side path of the table').fill(sharedData('nsl-kdd', 'KDDTrain+_20Percent.txt'));
    await page.getByLabel('Steps', { exact: true }).fill('120');
    await page.getByLabel('Batch size', { exact: true }).fill('256');
    await page.getByLabel('Layers', { exact: true }).fill('64, 64');
    await page.getByLabel('Diffusion timesteps').fill('50');
    await page.getByLabel('Rows to generate').fill('300');
    const spread = page.getByLabel(/spread tied values/);
    assert.equal(await spread.isChecked(), true, 'ties are spread by default');
    await spread.uncheck();
    await page.getByRole('button', { name: 'Start run' }).click();
    await Promise.race([page.waitForURL(/\/diffusion\/runs\//), page.getByRole('alert').waitFor()]);
    assert.equal(await page.getByRole('alert').count(), 0, await page.getByRole('alert').allInnerTexts().then((t) => t.join('; ')));

    const count = async () => Number((await page.getByTestId('loss-points').innerText()).split(' ')[0]);
    const deadline = Date.now() + 120_000;
    let first = 0;
    while ((first = await count()) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(first >= 1, 'the loss chart got its first point');
    await page.getByText('MLP 64×64, T = 50, batch 256, plain quantile transform').waitFor({ timeout: 10_000 });
    let later = first;
    while ((later = await count()) <= first && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(later > first, `the loss chart gained points (${first} → ${later})`);

    await page.getByTestId('run-status').getByText('succeeded').waitFor({ timeout: 180_000 });
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('quality-report').innerText(), /Column shapes\s+\d+\.\d%/);
    await screenshot(page, 'diffusion-run');
    await page.close();
  });
});
