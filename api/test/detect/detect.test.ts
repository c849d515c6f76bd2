import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { NSL_KDD_CATEGORICAL, NSL_KDD_FEATURES, nslKddClass } from '@vigil/ml/tables';
import { sharedData } from '@vigil/ml/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Row = Record<string, string | number>;

/** KDDTest+ rows by attack name, as flow records (the label and difficulty fields left out). */
function testRows(): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const line of readFileSync(sharedData('nsl-kdd', 'KDDTest+.txt'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const fields = line.split(',');
    const row: Row = {};
    NSL_KDD_FEATURES.forEach((name, i) => (row[name] = NSL_KDD_CATEGORICAL.includes(name) ? fields[i]! : Number(fields[i])));
    const label = fields[41]!;
    if (!out.has(label)) out.set(label, []);
    out.get(label)!.push(row);
  }
  return out;
}

function wsClient(t: TestApp, token: string): Client {
  return createClient({ url: t.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
}

const CLASSIFY = `mutation C($records: [JSONObject!]) { classifyRecords(records: $records) {
  index label attack pAttack category probabilities { class probability } contributions { feature value }
  alert { id severity category techniques { id name url source } modelId categoryModelId } } }`;

interface Classified {
  label: string;
  attack: boolean;
  pAttack: number;
  category: string | null;
  probabilities: { class: string; probability: number }[];
  contributions: { feature: string; value: number }[];
  alert: { id: string; severity: string; category: string; techniques: { id: string; name: string; url: string; source: string }[]; modelId: string; categoryModelId: string | null } | null;
}

describe('Detect through the API: train, promote, classify, alert', { timeout: 240_000 }, () => {
  let t: TestApp;
  let analyst: string;
  let viewer: string;
  const rows = testRows();
  const neptune = rows.get('neptune')![0]!;
  // A typical benign flow: the first normal web request of KDDTest+ (logged in, SF, small transfer).
  const normal = rows.get('normal')!.find((r) => r.service === 'http' && r.flag === 'SF')!;
  const ids: Record<string, string> = {};

  async function trainAndWait(task: 'BINARY' | 'MULTICLASS', extra: Record<string, unknown> = {}): Promise<string> {
    const res = await t.gql<{ trainClassifier: { id: string; status: string } }>(
      `mutation T($input: TrainClassifierInput!) { trainClassifier(input: $input) { id status jobId } }`,
      { variables: { input: { family: 'LOGISTIC', task, trainPath: 'KDDTrain+_20Percent.txt', ...extra } }, token: analyst },
    );
    assert.ok(res.data, JSON.stringify(res.errors));
    const id = res.data.trainClassifier.id;
    assert.equal(res.data.trainClassifier.status, 'TRAINING');
    const client = wsClient(t, viewer);
    const states: string[] = [];
    const phases = new Set<string>();
    try {
      for await (const event of client.iterate<{ classifierProgress: { state: string; phase: string | null; error: string | null } }>({
        query: `subscription P($id: ID!) { classifierProgress(id: $id) { state phase step total error } }`,
        variables: { id },
      })) {
        assert.ok(event.data, JSON.stringify(event.errors));
        const p = event.data.classifierProgress;
        states.push(p.state);
        if (p.phase) phases.add(p.phase);
        if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(p.state)) {
          assert.equal(p.state, 'SUCCEEDED', p.error ?? '');
          break;
        }
      }
    } finally {
      await client.dispose();
    }
    assert.equal(states.at(-1), 'SUCCEEDED');
    assert.ok(phases.has('fit') && phases.has('evaluate'), `phases seen: ${[...phases].join(', ')}`);
    return id;
  }

  before(async () => {
    t = await startTestApp({ VIGIL_NSL_KDD_DIR: sharedData('nsl-kdd') });
    analyst = await t.tokenFor('analyst');
    viewer = await t.tokenFor('viewer');
  });
  after(() => t.close());

  it('classifying before any model is promoted is UNAVAILABLE, with the way out', async () => {
    const res = await t.gql(CLASSIFY, { variables: { records: [neptune] }, token: analyst });
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAVAILABLE');
    assert.match(res.errors![0]!.message, /promote/);
  });

  it('trains logistic models as jobs with progress, metrics on KDDTest+ and KDDTest-21, threshold and lineage', async () => {
    ids.binary = await trainAndWait('BINARY');
    ids.multiclass = await trainAndWait('MULTICLASS');
    const res = await t.gql<{ classifier: Record<string, any> }>(
      `query Q($id: ID!) { classifier(id: $id) { id family task status classes threshold promoted
        validation { folds youden } config { seed noveltyFolds classWeighting }
        lineage { datasetSha256 trainRows diffusionRunId }
        metrics { split rows accuracy argmaxAccuracy rocAuc roc { fpr tpr } confusion perClass { class recall } macro { f1 } } } }`,
      { variables: { id: ids.binary }, token: viewer },
    );
    const m = res.data!.classifier;
    assert.equal(m.status, 'READY');
    assert.deepEqual(m.classes, ['normal', 'attack']);
    assert.equal(m.promoted, false);
    assert.equal(m.validation.folds, 3);
    assert.ok(m.threshold > 0 && m.threshold < 1);
    assert.match(m.lineage.datasetSha256, /^[0-9a-f]{64}$/);
    assert.equal(m.lineage.trainRows, 25192);
    assert.deepEqual(m.metrics.map((s: { split: string }) => s.split), ['KDDTest+', 'KDDTest-21']);
    const plus = m.metrics[0];
    assert.equal(plus.rows, 22544);
    assert.ok(plus.accuracy > 0.75, `KDDTest+ accuracy ${plus.accuracy}`);
    assert.ok(plus.rocAuc > 0.75, `ROC-AUC ${plus.rocAuc}`); // logistic on all of KDDTrain+: 0.81 (bench)
    assert.ok(plus.roc.length > 10);
    assert.equal(plus.confusion.flat().reduce((a: number, b: number) => a + b, 0), 22544);
    const multi = (await t.gql<{ classifier: { classes: string[]; metrics: { perClass: unknown[] }[] } }>(
      `query Q($id: ID!) { classifier(id: $id) { classes metrics { perClass { class } } } }`, { variables: { id: ids.multiclass } },
    )).data!.classifier;
    assert.deepEqual(multi.classes, ['normal', 'DoS', 'Probe', 'R2L', 'U2R']);
    assert.equal(multi.metrics[0]!.perClass.length, 5);
  });

  it("AUGMENTED adds a diffusion run's synthetic rows of the chosen classes; an unknown run is NOT_FOUND", async () => {
    const unknown = await t.gql(
      'mutation { trainClassifier(input: { family: LOGISTIC, task: BINARY, trainingData: SYNTHETIC, diffusionRunId: "no-such-run" }) { id } }',
      { token: analyst },
    );
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    // Stand-in for a diffusion run's output: CSV with a header, labels as categories (as Generate writes them).
    const lines = readFileSync(sharedData('nsl-kdd', 'KDDTrain+_20Percent.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const minority = lines.map((l) => l.split(',')).filter((f) => ['R2L', 'U2R'].includes(nslKddClass(f[41]!)));
    const csv = [[...NSL_KDD_FEATURES, 'label'].join(','), ...minority.map((f) => [...f.slice(0, 41), nslKddClass(f[41]!)].join(','))].join('\n') + '\n';
    await t.app.services.artifacts.put('runs/run-1/synthetic.csv', Buffer.from(csv));
    const id = await trainAndWait('MULTICLASS', { trainingData: 'AUGMENTED', diffusionRunId: 'run-1', augmentCounts: [{ class: 'R2L', count: 50 }, { class: 'U2R', count: 10 }] });
    const model = (await t.gql<{ classifier: { trainingData: string; lineage: { diffusionRunId: string; augmentCounts: Record<string, number>; trainRows: number; syntheticSha256: string } } }>(
      `query Q($id: ID!) { classifier(id: $id) { trainingData lineage { diffusionRunId augmentCounts trainRows syntheticSha256 } } }`, { variables: { id } },
    )).data!.classifier;
    assert.equal(model.trainingData, 'AUGMENTED');
    assert.equal(model.lineage.diffusionRunId, 'run-1');
    assert.deepEqual(model.lineage.augmentCounts, { R2L: 50, U2R: 10 });
    assert.equal(model.lineage.trainRows, 25192 + 60);
    assert.match(model.lineage.syntheticSha256, /^[0-9a-f]{64}$/);
  });

  it('promoting is admin-only, and exactly one model per task is promoted', async () => {
    const refused = await t.gql(`mutation { promoteClassifier(id: "${ids.binary}") { id } }`, { token: analyst });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    for (const id of [ids.binary!, ids.multiclass!]) {
      const ok = await t.gql<{ promoteClassifier: { promoted: boolean } }>(`mutation { promoteClassifier(id: "${id}") { promoted promotedBy } }`);
      assert.equal(ok.data?.promoteClassifier.promoted, true, JSON.stringify(ok.errors));
    }
    const promoted = await t.gql<{ classifiers: { id: string; task: string }[] }>('{ classifiers(promoted: true) { id task } }', { token: viewer });
    assert.deepEqual(promoted.data!.classifiers.map((c) => c.id).sort(), [ids.binary, ids.multiclass].sort());
  });

  it('a known attack row (KDDTest+ neptune) comes out as an attack with an alert; a normal row does not', async () => {
    const res = await t.gql<{ classifyRecords: Classified[] }>(CLASSIFY, { variables: { records: [neptune, normal] }, token: analyst });
    assert.ok(res.data, JSON.stringify(res.errors));
    const [attack, benign] = res.data.classifyRecords;
    assert.equal(attack!.attack, true);
    assert.equal(attack!.label, 'DoS');
    assert.ok(attack!.pAttack > 0.9, `P(attack) ${attack!.pAttack}`);
    assert.equal(attack!.probabilities.length, 5);
    assert.equal(attack!.contributions.length, 5);
    assert.ok(attack!.alert);
    assert.equal(attack!.alert.category, 'DoS');
    assert.equal(attack!.alert.modelId, ids.binary);
    assert.equal(attack!.alert.categoryModelId, ids.multiclass);
    assert.deepEqual(attack!.alert.techniques.map((x) => x.id), ['T1498', 'T1499']);
    assert.equal(attack!.alert.techniques[0]!.url, 'https://attack.mitre.org/techniques/T1498/');
    assert.equal(benign!.attack, false);
    assert.equal(benign!.label, 'normal');
    assert.equal(benign!.alert, null);
  });

  it('typed per-record validation errors name the record and the field', async () => {
    const { service: _gone, ...noService } = neptune;
    const res = await t.gql(CLASSIFY, { variables: { records: [normal, { ...neptune, src_bytes: 'lots' }, noService, { ...normal, src_byte: 1 }] }, token: analyst });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /^3 invalid records: record 1: 'src_bytes' must be a finite number/);
    const details = res.errors![0]!.extensions!.details as { errors: { record: number; field: string }[] };
    assert.deepEqual(details.errors.map((e) => [e.record, e.field]), [[1, 'src_bytes'], [2, 'service'], [3, 'src_byte']]);
    // The typed input goes through the same checks, and works.
    const typed = await t.gql<{ classifyRecords: { label: string }[] }>(
      `mutation C($flows: [FlowRecordInput!]) { classifyRecords(flows: $flows, contributions: 0) { label contributions { feature } } }`,
      { variables: { flows: [neptune] }, token: analyst },
    );
    assert.equal(typed.data?.classifyRecords[0]?.label, 'DoS', JSON.stringify(typed.errors));
  });

  it('the alerts subscription delivers alerts and respects its filter', async () => {
    const probe = rows.get('satan')!.slice(0, 50);
    const client = wsClient(t, viewer);
    try {
      const dos = client.iterate<{ alerts: { category: string; severity: string } }>({ query: 'subscription { alerts(filter: { category: "DoS", minSeverity: HIGH }) { category severity } }' });
      const probes = client.iterate<{ alerts: { category: string } }>({ query: 'subscription { alerts(filter: { category: "Probe" }) { category } }' });
      const firstDos = dos.next();
      const firstProbe = probes.next();
      await new Promise((r) => setTimeout(r, 200));
      await t.gql(CLASSIFY, { variables: { records: [normal, neptune] }, token: analyst });
      const got = await firstDos;
      assert.deepEqual(got.value?.data?.alerts, { category: 'DoS', severity: 'HIGH' });
      const res = await t.gql<{ classifyRecords: Classified[] }>(CLASSIFY, { variables: { records: probe }, token: analyst });
      assert.ok(res.data?.classifyRecords.some((r) => r.category === 'Probe'), 'some satan rows are Probe');
      assert.equal((await firstProbe).value?.data?.alerts.category, 'Probe'); // the neptune alert was not delivered here
      await dos.return?.();
      await probes.return?.();
    } finally {
      await client.dispose();
    }
  });

  it('POST /ingest/flows classifies NDJSON lines, counts and reports bad ones, and needs analyst', async () => {
    const lines = [JSON.stringify(neptune), JSON.stringify(normal), '{not json', JSON.stringify({ ...normal, flag: 7 }), '', JSON.stringify(neptune)];
    const body = lines.join('\n') + '\n';
    const post = (token: string) => fetch(`${t.url}/ingest/flows`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body });
    const forbidden = await post(viewer);
    assert.equal(forbidden.status, 403);
    const res = await post(analyst);
    assert.equal(res.status, 200);
    const summary = (await res.json()) as { accepted: number; rejected: number; alerts: number; errors: { line: number; message: string }[] };
    assert.equal(summary.accepted, 3);
    assert.equal(summary.rejected, 2);
    assert.equal(summary.alerts, 2);
    assert.deepEqual(summary.errors.map((e) => e.line), [3, 4]);
    assert.match(summary.errors[1]!.message, /^flag: 'flag' must be a string/);
    const listed = await t.gql<{ alerts: { items: { source: string }[] } }>('{ alerts(filter: { category: "DoS" }, limit: 2) { items { source } } }', { token: viewer });
    assert.deepEqual(listed.data!.alerts.items.map((a) => a.source), ['ndjson', 'ndjson']);
  });

  it('an analyst acknowledges an alert; who and when are recorded; filters and paging work', async () => {
    const page = await t.gql<{ alerts: { items: { id: string }[]; nextCursor: string | null } }>('{ alerts(limit: 1, filter: { acknowledged: false }) { items { id } nextCursor } }', { token: viewer });
    const id = page.data!.alerts.items[0]!.id;
    assert.ok(page.data!.alerts.nextCursor);
    const refused = await t.gql(`mutation { acknowledgeAlert(id: "${id}") { id } }`, { token: viewer });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const ack = await t.gql<{ acknowledgeAlert: { acknowledged: boolean; acknowledgedBy: string; acknowledgedAt: string } }>(
      `mutation { acknowledgeAlert(id: "${id}") { acknowledged acknowledgedBy acknowledgedAt } }`, { token: analyst },
    );
    assert.equal(ack.data!.acknowledgeAlert.acknowledged, true);
    assert.equal(ack.data!.acknowledgeAlert.acknowledgedBy, 'analyst for tests');
    assert.ok(Date.parse(ack.data!.acknowledgeAlert.acknowledgedAt) > 0);
    const acked = await t.gql<{ alerts: { items: { id: string }[] } }>('{ alerts(filter: { acknowledged: true }) { items { id } } }', { token: viewer });
    assert.deepEqual(acked.data!.alerts.items.map((a) => a.id), [id]);
    const next = await t.gql<{ alerts: { items: { id: string }[] } }>(`{ alerts(limit: 1, after: "${page.data!.alerts.nextCursor}") { items { id } } }`, { token: viewer });
    assert.notEqual(next.data!.alerts.items[0]!.id, id);
    const ctx = await t.app.services.detect.alerts.context(id);
    assert.ok(ctx.techniques.length > 0);
    assert.match(ctx.recordSummary, /flag/);
    const missing = await t.gql('mutation { acknowledgeAlert(id: "nope") { id } }', { token: analyst });
    assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});

describe('POST /ingest/flows limits', { timeout: 120_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ VIGIL_NSL_KDD_DIR: sharedData('nsl-kdd'), VIGIL_FLOWS_MAX_LINES: '3', VIGIL_FLOWS_BATCH: '2' });
  });
  after(() => t.close());

  it('refuses without a token, says when nothing is promoted, stops at the line limit with the counts so far; techniques named from ingested ATT&CK data', async () => {
    const post = (body: string, token: string | null = t.adminToken) =>
      fetch(`${t.url}/ingest/flows`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body });
    assert.equal((await post('{}\n', null)).status, 401);
    const early = await post('{}\n');
    assert.equal(early.status, 503);
    assert.match(((await early.json()) as { errors: { message: string }[] }).errors[0]!.message, /promote/);

    const trained = await t.gql<{ trainClassifier: { id: string } }>(
      'mutation { trainClassifier(input: { family: LOGISTIC, task: BINARY, trainPath: "KDDTrain+_20Percent.txt", testPath: "KDDTest-21.txt", config: { noveltyFolds: 0, options: { epochs: 2 } } }) { id } }',
    );
    const id = trained.data!.trainClassifier.id;
    for (;;) {
      const s = await t.gql<{ classifier: { status: string; threshold: number; validation: { note: string } } }>(`{ classifier(id: "${id}") { status threshold validation { note } } }`);
      if (s.data!.classifier.status === 'READY') {
        assert.equal(s.data!.classifier.threshold, 0.5);
        break;
      }
      assert.equal(s.data!.classifier.status, 'TRAINING');
      await new Promise((r) => setTimeout(r, 100));
    }
    await t.gql(`mutation { promoteClassifier(id: "${id}") { id } }`);
    // An ingested ATT&CK technique names the alert's technique; the other keeps the id and canonical URL.
    await t.app.services.search.upsertChunks(
      [{ id: 'c1', documentId: 'd1', title: 'T1498 Network Denial of Service', text: 'T1498 Network Denial of Service (MITRE ATT&CK technique).', ordinal: 0, page: null, section: null, attackId: 'T1498', vector: null }],
      null,
    );
    const rows = testRows();
    const line = JSON.stringify(rows.get('neptune')![0]);
    const ok = await post([line, line, line].join('\n'));
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { accepted: number }).accepted, 3);
    const over = await post([line, line, line, line, line].join('\n') + '\n');
    assert.equal(over.status, 413);
    const summary = (await over.json()) as { accepted: number; error: string };
    assert.equal(summary.accepted, 3);
    assert.match(summary.error, /more than 3 lines \(VIGIL_FLOWS_MAX_LINES\)/);
    const alerts = await t.gql<{ alerts: { items: { category: string; techniques: { id: string; name: string; url: string; source: string }[] }[] } }>(
      '{ alerts(limit: 1) { items { category techniques { id name url source } } } }',
    );
    // Without a multiclass model the category is 'attack' and carries no techniques; check the catalogue directly too.
    assert.equal(alerts.data!.alerts.items[0]!.category, 'attack');
    const dos = await t.app.services.detect.alerts.techniquesFor('DoS');
    assert.deepEqual(dos, [
      { id: 'T1498', name: 'Network Denial of Service', url: 'https://attack.mitre.org/techniques/T1498/', source: 'attack-data' },
      { id: 'T1499', name: 'T1499', url: 'https://attack.mitre.org/techniques/T1499/', source: 'fallback' },
    ]);
  });
});
