// Generate through the API: a tiny diffusion run end to end (graphql-ws progress, report, CSV download),
// cancel and resume from a checkpoint, typed errors for bad tables, and GraphQL staying responsive meanwhile.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { NSL_KDD_FEATURES } from '@vigil/ml/tables';
import { sharedData } from '@vigil/ml/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tempDir } from '../support/temp-dir.js';

const RUN_FIELDS = 'id status phase step backend rows holdoutRows columns discreteColumns syntheticRows syntheticCsvPath resumedFrom error lossCurve { step loss lr } cleaning { step rowsBefore rowsAfter } durations { trainSeconds totalSeconds } config { steps layers timesteps spreadTies }';
const TINY = { layers: [32, 32], dimT: 16, timesteps: 30, batchSize: 64, lr: 0.002, warmupSteps: 2, seed: 3 };

interface RunView {
  id: string;
  status: string;
  step: number;
  backend: string | null;
  rows: number | null;
  holdoutRows: number | null;
  columns: string[];
  discreteColumns: string[];
  syntheticRows: number | null;
  syntheticCsvPath: string | null;
  resumedFrom: number | null;
  error: string | null;
  lossCurve: { step: number; loss: number; lr: number }[];
  cleaning: { step: string; rowsBefore: number; rowsAfter: number }[];
  durations: { trainSeconds: number | null; totalSeconds: number | null };
  config: { steps: number; layers: number[]; timesteps: number; spreadTies: boolean };
}

function wsClient(t: TestApp): Client {
  return createClient({ url: t.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${t.adminToken}` }, retryAttempts: 0 });
}

describe('diffusion runs through GraphQL', { timeout: 240_000 }, () => {
  let t: TestApp;
  let files: { dir: string; remove(): Promise<void> };
  let smallKdd: string;

  const start = async (input: Record<string, unknown>) => {
    const res = await t.gql<{ startDiffusionRun: RunView }>(`mutation S($input: StartDiffusionRunInput!) { startDiffusionRun(input: $input) { ${RUN_FIELDS} } }`, { variables: { input } });
    return res;
  };
  const getRun = async (id: string) => {
    const res = await t.gql<{ run: RunView }>(`query R($id: ID!) { run(id: $id) { ${RUN_FIELDS} } }`, { variables: { id } });
    assert.ok(res.data, JSON.stringify(res.errors));
    return res.data.run;
  };
  const waitFor = async (id: string, done: (r: RunView) => boolean, timeoutMs = 120_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await getRun(id);
      if (done(r)) return r;
      if (r.status === 'failed') throw new Error(`run ${id} failed: ${r.error}`);
      if (Date.now() > until) throw new Error(`timed out waiting on run ${id}: ${JSON.stringify({ status: r.status, step: r.step, error: r.error })}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  before(async () => {
    t = await startTestApp();
    files = await tempDir('vigil-diffusion-');
    // A few hundred NSL-KDD rows in the published format (no header, 43 fields), so the tests stay quick.
    const lines = (await readFile(sharedData('nsl-kdd', 'KDDTrain+_20Percent.txt'), 'utf8')).split('\n').slice(0, 400);
    smallKdd = path.join(files.dir, 'kdd-small.txt');
    await writeFile(smallKdd, lines.join('\n') + '\n');
  });
  after(async () => {
    await t.close();
    await files.remove();
  });

  it('trains a tiny run: progress over graphql-ws, succeeded, quality report, CSV download with the NSL-KDD header', async () => {
    const client = wsClient(t);
    try {
      const res = await start({ dataset: 'NSL_KDD', path: smallKdd, config: { ...TINY, steps: 120 }, sampleRows: 200, checkpointEvery: 40, cleaning: { removeDuplicates: true } });
      assert.ok(res.data, JSON.stringify(res.errors));
      const run = res.data.startDiffusionRun;
      assert.equal(run.status, 'queued');
      assert.equal(run.rows, 400);
      assert.equal(run.cleaning[0]!.step, 'remove-duplicates');

      const events: { status: string; step: number; loss: number | null; lr: number | null; etaSeconds: number | null; phase: string | null }[] = [];
      await new Promise<void>((resolve, reject) => {
        client.subscribe<{ runProgress: (typeof events)[number] }>(
          { query: `subscription P($id: ID!) { runProgress(runId: $id) { runId status phase step totalSteps loss lr etaSeconds rowsDone rowsTotal } }`, variables: { id: run.id } },
          {
            next: (value) => {
              if (value.errors) return reject(new Error(JSON.stringify(value.errors)));
              const e = value.data!.runProgress;
              events.push(e);
              if (e.status === 'succeeded' || e.status === 'failed') resolve();
            },
            error: reject,
            complete: () => resolve(),
          },
        );
      });
      const steps = events.filter((e) => e.phase === 'training' && e.loss !== null);
      assert.ok(steps.length > 10, `training step events: ${steps.length}`);
      assert.ok(steps.every((e) => e.lr! > 0 && e.etaSeconds! >= 0));
      assert.ok(events.some((e) => e.phase === 'sampling'));
      assert.equal(events.at(-1)!.status, 'succeeded');

      const done = await waitFor(run.id, (r) => r.status === 'succeeded' || r.status === 'failed');
      assert.equal(done.status, 'succeeded', done.error ?? '');
      assert.match(done.backend!, /wasm|tfjs-node|cpu/);
      assert.equal(done.step, 120);
      assert.equal(done.lossCurve.length, 120);
      assert.deepEqual(done.lossCurve.map((p) => p.step).slice(0, 3), [1, 2, 3]);
      assert.equal(done.holdoutRows! + done.rows!, 400 - (400 - done.cleaning[0]!.rowsAfter));
      assert.equal(done.syntheticRows, 200);
      assert.equal(done.config.spreadTies, true, 'ties are spread unless the config says otherwise');
      assert.ok(done.discreteColumns.includes('logged_in') && !done.discreteColumns.includes('src_bytes'), done.discreteColumns.join());
      assert.ok(done.durations.trainSeconds! > 0 && done.durations.totalSeconds! >= done.durations.trainSeconds!);

      const report = await t.gql<{ qualityReport: { overall: number; columnShapes: number; columnPairTrends: number; columns: { column: string; metric: string }[]; pairs: unknown[]; dcrBaselineProtection: { score: number }; dcrOverfittingProtection: { score: number } | null } }>(
        `query Q($id: ID!) { qualityReport(runId: $id) { overall columnShapes columnPairTrends columns { column metric score } pairs { column1 column2 metric score } dcrBaselineProtection { score rowsCompared } dcrOverfittingProtection { score closerToTraining } } }`,
        { variables: { id: run.id } },
      );
      const q = report.data!.qualityReport;
      assert.ok(q.overall > 0.3 && q.overall <= 1, `overall ${q.overall}`);
      assert.ok(Math.abs(q.overall - (q.columnShapes + q.columnPairTrends) / 2) < 1e-12);
      assert.equal(q.columns.length, 42);
      assert.equal(q.columns.find((c) => c.column === 'service')!.metric, 'TVComplement');
      assert.equal(q.pairs.length, (42 * 41) / 2);
      assert.ok(q.dcrBaselineProtection.score >= 0 && q.dcrBaselineProtection.score <= 1);
      assert.ok(q.dcrOverfittingProtection !== null);

      const noToken = await fetch(`${t.url}${done.syntheticCsvPath}`);
      assert.equal(noToken.status, 401);
      const csv = await fetch(`${t.url}${done.syntheticCsvPath}`, { headers: { authorization: `Bearer ${t.adminToken}` } });
      assert.equal(csv.status, 200);
      const text = await csv.text();
      const [header, ...rows] = text.trim().split('\n');
      assert.deepEqual(header!.split(','), [...NSL_KDD_FEATURES, 'label']);
      assert.equal(rows.length, 200);
      assert.ok(rows.every((r) => r.split(',').length === 42));

      // More rows from the trained model, per class.
      const sampled = await t.gql<{ sample: { rows: number; columns: string[]; preview: string[][]; downloadPath: string } }>(
        `mutation M($id: ID!) { sample(runId: $id, perClass: [{ label: "normal", rows: 30 }, { label: "DoS", rows: 20 }], seed: 5) { rows columns preview downloadPath } }`,
        { variables: { id: run.id } },
      );
      assert.ok(sampled.data, JSON.stringify(sampled.errors));
      assert.equal(sampled.data.sample.rows, 50);
      assert.equal(sampled.data.sample.preview.length, 20);
      const labels = (await (await fetch(`${t.url}${sampled.data.sample.downloadPath}`, { headers: { authorization: `Bearer ${t.adminToken}` } })).text())
        .trim().split('\n').slice(1).map((l) => l.split(',').at(-1));
      assert.equal(labels.filter((l) => l === 'normal').length, 30);
      assert.equal(labels.filter((l) => l === 'DoS').length, 20);

      // The synthetic CSV scores against its real table through evaluateSynthetic too.
      const synthPath = path.join(files.dir, 'synthetic.csv');
      await writeFile(synthPath, text);
      const evaluated = await t.gql<{ evaluateSynthetic: { overall: number; columns: unknown[]; dcrOverfittingProtection: unknown } }>(
        `mutation E($input: EvaluateSyntheticInput!) { evaluateSynthetic(input: $input) { overall columns { column } dcrOverfittingProtection { score } } }`,
        { variables: { input: { dataset: 'NSL_KDD', realPath: smallKdd, syntheticPath: synthPath } } },
      );
      assert.ok(evaluated.data, JSON.stringify(evaluated.errors));
      assert.equal(evaluated.data.evaluateSynthetic.columns.length, 42);
      assert.equal(evaluated.data.evaluateSynthetic.dcrOverfittingProtection, null);
    } finally {
      await client.dispose();
    }
  });

  it('a cancelled run resumes from its checkpoint, and GraphQL answers promptly while it trains', async () => {
    const res = await start({ dataset: 'NSL_KDD', path: smallKdd, config: { ...TINY, steps: 3000, batchSize: 256, layers: [128, 128] }, sampleRows: 50, checkpointEvery: 25, holdoutFraction: 0 });
    assert.ok(res.data, JSON.stringify(res.errors));
    const id = res.data.startDiffusionRun.id;
    await waitFor(id, (r) => r.step >= 60);

    // Training runs in a worker thread: a query is answered while it trains.
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const me = await t.gql<{ me: { role: string } }>('{ me { role } }');
      latencies.push(performance.now() - t0);
      assert.equal(me.data?.me.role, 'admin');
    }
    assert.equal((await getRun(id)).status, 'running');
    assert.ok(Math.max(...latencies) < 500, `query latencies while training: ${latencies.map((l) => l.toFixed(0)).join(', ')} ms`);

    const cancelled = await t.gql<{ cancelRun: { id: string } }>('mutation C($id: ID!) { cancelRun(id: $id) { id } }', { variables: { id } });
    assert.ok(cancelled.data, JSON.stringify(cancelled.errors));
    const stopped = await waitFor(id, (r) => r.status === 'cancelled');
    assert.ok(stopped.step >= 60 && stopped.step < 3000, `stopped at ${stopped.step}`);

    const resumeRes = await t.gql<{ resumeRun: { status: string } }>('mutation R($id: ID!) { resumeRun(id: $id) { status } }', { variables: { id } });
    assert.ok(resumeRes.data, JSON.stringify(resumeRes.errors));
    const resumed = await waitFor(id, (r) => r.status === 'running' && r.step > stopped.step);
    // Continues from the checkpoint written when it stopped, not from step 0.
    assert.ok(resumed.lossCurve.every((p, i, all) => i === 0 || p.step === all[i - 1]!.step + 1), 'loss curve has no gap or replay');
    const again = await t.gql<{ cancelRun: { id: string } }>('mutation C($id: ID!) { cancelRun(id: $id) { id } }', { variables: { id } });
    assert.ok(again.data, JSON.stringify(again.errors));
    const second = await waitFor(id, (r) => r.status === 'cancelled');
    assert.ok(second.step > stopped.step);
    const wrong = await t.gql('mutation C($id: ID!) { cancelRun(id: $id) { id } }', { variables: { id } });
    assert.equal(wrong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('a run resumed after cancellation finishes with the checkpoint step as resumedFrom', async () => {
    const res = await start({ dataset: 'NSL_KDD', path: smallKdd, config: { ...TINY, steps: 400 }, sampleRows: 50, checkpointEvery: 10, holdoutFraction: 0 });
    assert.ok(res.data, JSON.stringify(res.errors));
    const id = res.data.startDiffusionRun.id;
    await waitFor(id, (r) => r.step >= 20);
    await t.gql('mutation C($id: ID!) { cancelRun(id: $id) { id } }', { variables: { id } });
    const stopped = await waitFor(id, (r) => r.status === 'cancelled' || r.status === 'succeeded');
    if (stopped.status === 'succeeded') return; // finished before the cancel landed: nothing to resume
    await t.gql('mutation R($id: ID!) { resumeRun(id: $id) { id } }', { variables: { id } });
    const done = await waitFor(id, (r) => r.status === 'succeeded' || r.status === 'failed');
    assert.equal(done.status, 'succeeded', done.error ?? '');
    assert.equal(done.resumedFrom, stopped.step);
    assert.equal(done.step, 400);
    assert.deepEqual(done.lossCurve.map((p) => p.step), Array.from({ length: 400 }, (_, i) => i + 1));
  });

  it('bad tables get typed errors, with the line number where it helps', async () => {
    const write = async (name: string, text: string) => {
      const file = path.join(files.dir, name);
      await writeFile(file, text);
      return file;
    };
    const good = (await readFile(smallKdd, 'utf8')).split('\n');
    const cases: { path: string; dataset: string; code: string; match: RegExp }[] = [
      { path: path.join(files.dir, 'missing.csv'), dataset: 'CSV', code: 'NOT_FOUND', match: /missing\.csv/ },
      { path: await write('empty.csv', ''), dataset: 'CSV', code: 'BAD_USER_INPUT', match: /empty/i },
      { path: await write('short-row.txt', [good[0], good[1], good[2]!.split(',').slice(0, 30).join(',')].join('\n')), dataset: 'NSL_KDD', code: 'BAD_USER_INPUT', match: /line 3/ },
      { path: await write('text-in-number.txt', [good[0], good[1]!.replace(/^0,/, 'zero,')].join('\n')), dataset: 'NSL_KDD', code: 'BAD_USER_INPUT', match: /line 2/ },
    ];
    for (const c of cases) {
      const res = await start({ dataset: c.dataset, path: c.path, config: { ...TINY, steps: 5 } });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0]?.extensions?.code, c.code, `${path.basename(c.path)}: ${JSON.stringify(res.errors)}`);
      assert.match(res.errors![0]!.message, c.match);
    }
    const badConfig = await start({ dataset: 'NSL_KDD', path: smallKdd, config: { timesteps: 10 } });
    assert.equal(badConfig.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const unknown = await t.gql('{ run(id: "nope") { id } }');
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const viewer = await t.tokenFor('viewer');
    const refused = await t.gql('mutation S($input: StartDiffusionRunInput!) { startDiffusionRun(input: $input) { id } }', { variables: { input: { dataset: 'NSL_KDD', path: smallKdd } }, token: viewer });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const health = await t.gql<{ health: { mlBackend: string | null } }>('{ health { mlBackend } }');
    assert.match(health.data!.health.mlBackend!, /wasm|tfjs-node|cpu/);
  });
});
