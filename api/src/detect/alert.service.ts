import { badInput, notFound } from '@vigil/ml/errors';
import type { Principal } from '../auth/roles.js';
import { topics, type PubSub } from '../ports/pubsub.js';
import type { FieldValue, RecordStore } from '../ports/record-store.js';
import type { AlertFilter, AlertRecord } from './alert-record.js';
import type { Technique, TechniqueCatalog } from './attack-techniques.js';
import { severityOf, severityRank } from './severity.js';
import { uuid7 } from './uuid7.js';

export interface NewAlert {
  category: string;
  pAttack: number;
  record: Record<string, string | number>;
  modelId: string;
  categoryModelId: string | null;
  threshold: number;
}

/** What the chat ("explain alert <id>") needs: the category, its ATT&CK techniques and the record in brief. */
export interface AlertContext {
  alert: AlertRecord;
  category: string;
  severity: string;
  techniques: Technique[];
  /** e.g. "tcp private S0, 0 B → 0 B, 123 connections to the same host in 2 s, SYN error rate 100%". */
  recordSummary: string;
}

export const matchesFilter = (a: AlertRecord, f: AlertFilter): boolean =>
  (!f.minSeverity || severityRank(a.severity) >= severityRank(f.minSeverity)) &&
  (!f.category || a.category === f.category) &&
  (f.acknowledged === undefined || f.acknowledged === null || a.acknowledged === f.acknowledged);

/** Alerts: stored in the `alerts` collection and published on the `alerts` topic as they are raised. */
export class AlertService {
  constructor(
    private readonly store: RecordStore,
    private readonly pubsub: PubSub,
    private readonly techniques: TechniqueCatalog,
  ) {}

  /** Stores a batch of alerts in one write, then publishes each. */
  async raise(items: readonly NewAlert[], source: AlertRecord['source']): Promise<AlertRecord[]> {
    if (items.length === 0) return [];
    const techniquesOf = new Map<string, Technique[]>();
    for (const item of items) if (!techniquesOf.has(item.category)) techniquesOf.set(item.category, await this.techniques.forCategory(item.category));
    const time = new Date().toISOString();
    const alerts = await this.store.insertMany<AlertRecord>(
      'alerts',
      items.map((item) => ({
        id: uuid7(),
        time,
        severity: severityOf(item.category, item.pAttack),
        category: item.category,
        pAttack: item.pAttack,
        techniques: techniquesOf.get(item.category)!,
        record: item.record,
        modelId: item.modelId,
        categoryModelId: item.categoryModelId,
        threshold: item.threshold,
        source,
        acknowledged: false,
        acknowledgedBy: null,
        acknowledgedAt: null,
      })),
    );
    for (const alert of alerts) await this.pubsub.publish(topics.alerts, alert);
    return alerts;
  }

  /** The ATT&CK techniques of an attack category, named from the ingested ATT&CK data where present. */
  techniquesFor(category: string): Promise<Technique[]> {
    return this.techniques.forCategory(category);
  }

  async get(id: string): Promise<AlertRecord> {
    const alert = await this.store.get<AlertRecord>('alerts', id);
    if (!alert) throw notFound('alert', id);
    return alert;
  }

  /**
   * Newest first. Category and acknowledged are matched by the store; minimum severity while paging. Each store
   * page asks for exactly the rows still missing, so the store's own cursor always continues where this page ended.
   */
  async list(filter: AlertFilter, limit: number, after?: string | null): Promise<{ items: AlertRecord[]; nextCursor: string | null }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput('limit must be a whole number from 1 to 500', { field: 'limit' });
    const where: Record<string, FieldValue> = {};
    if (filter.category) where.category = filter.category;
    if (filter.acknowledged !== undefined && filter.acknowledged !== null) where.acknowledged = filter.acknowledged;
    const items: AlertRecord[] = [];
    let cursor = after ?? null;
    while (items.length < limit) {
      const page = await this.store.find<AlertRecord>('alerts', { where, order: 'desc', limit: limit - items.length, ...(cursor ? { after: cursor } : {}) });
      items.push(...page.items.filter((a) => matchesFilter(a, filter)));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { items, nextCursor: cursor };
  }

  async acknowledge(id: string, principal: Principal): Promise<AlertRecord> {
    await this.get(id);
    return this.store.update<AlertRecord>('alerts', id, { acknowledged: true, acknowledgedBy: principal.name, acknowledgedAt: new Date().toISOString() });
  }

  /** Alerts as they are raised, filtered; ends when `signal` aborts or the consumer stops. */
  async *subscribe(filter: AlertFilter, signal?: AbortSignal): AsyncGenerator<AlertRecord> {
    for await (const alert of this.pubsub.subscribe<AlertRecord>(topics.alerts, signal)) {
      if (matchesFilter(alert, filter)) yield alert;
    }
  }

  async context(id: string): Promise<AlertContext> {
    const alert = await this.get(id);
    return { alert, category: alert.category, severity: alert.severity, techniques: alert.techniques, recordSummary: summarise(alert.record) };
  }
}

function summarise(r: Record<string, string | number>): string {
  const pct = (v: unknown) => `${Math.round(Number(v) * 100)}%`;
  return [
    `${r.protocol_type} ${r.service} flag ${r.flag}`,
    `duration ${r.duration} s, ${r.src_bytes} B sent, ${r.dst_bytes} B received`,
    `${r.count} connections to the same host and ${r.srv_count} to the same service in the last 2 s`,
    `SYN error rate ${pct(r.serror_rate)}, REJ error rate ${pct(r.rerror_rate)}`,
    `${r.num_failed_logins} failed logins, logged in: ${Number(r.logged_in) ? 'yes' : 'no'}, root shell: ${Number(r.root_shell) ? 'yes' : 'no'}`,
  ].join('; ');
}
