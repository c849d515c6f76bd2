import type { Express, Request, Response } from 'express';
import type { FlowRecord } from '@vigil/ml/classify';
import { isVigilError } from '@vigil/ml/errors';
import { satisfies } from '../auth/roles.js';
import type { Services } from '../services.js';
import { checkFlowRecord } from './flow-record.js';

/** Bad lines reported in the response, in order; the rest are counted only. */
const MAX_REPORTED_ERRORS = 20;
/** A line longer than this is bad (a flow record is a few hundred bytes). */
const MAX_LINE_BYTES = 64 * 1024;

export interface IngestSummary {
  accepted: number;
  rejected: number;
  alerts: number;
  errors: { line: number; message: string }[];
  error?: string;
}

/**
 * `POST /ingest/flows`: NDJSON, one flow record per line (analyst). The body is read chunk by chunk and a batch
 * is classified before the next chunk is read, so a fast feeder is held back by TCP (backpressure). Limits: lines
 * and bytes per request (413 with the counts so far), bytes per line. A bad line is counted and reported, never fatal.
 */
export function registerFlowIngestRoute(app: Express, services: Services): void {
  app.post('/ingest/flows', async (req: Request, res: Response) => {
    const fail = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    let principal;
    try {
      principal = await services.authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      if (isVigilError(error)) return fail(401, error.code, error.message);
      throw error;
    }
    if (!principal) return fail(401, 'UNAUTHENTICATED', 'Sign in: send an API key or JWT as `Authorization: Bearer <token>`.');
    if (!satisfies(principal.role, 'analyst')) return fail(403, 'FORBIDDEN', `This needs the analyst role; your token has the ${principal.role} role.`);
    if (!services.detect.detectorReady) return fail(503, 'UNAVAILABLE', 'no classifier is promoted: train one (trainClassifier) and promote it (promoteClassifier, admin)');

    const { maxLines, maxBytes, batch: batchSize } = services.config.detect.flows;
    const summary: IngestSummary = { accepted: 0, rejected: 0, alerts: 0, errors: [] };
    const reject = (line: number, message: string) => {
      summary.rejected++;
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push({ line, message });
    };
    let batch: FlowRecord[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const records = batch;
      batch = [];
      const results = await services.detect.classify(records, { source: 'ndjson' });
      summary.accepted += results.length;
      for (const r of results) if (r.alert) summary.alerts++;
    };
    let lineNo = 0;
    const takeLine = (text: string) => {
      lineNo++;
      const trimmed = text.trim();
      if (trimmed === '') return;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch {
        return reject(lineNo, 'not valid JSON');
      }
      const checked = checkFlowRecord(value);
      if ('problem' in checked) return reject(lineNo, `${checked.problem.field}: ${checked.problem.message}`);
      batch.push(checked.record);
    };

    let bytes = 0;
    let pending = '';
    let skippingLongLine = false;
    let limit: string | null = null;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          limit = `the body is larger than ${maxBytes} bytes (VIGIL_FLOWS_MAX_BYTES); stopped after line ${lineNo}`;
          break;
        }
        let text = pending + chunk.toString('utf8');
        let start = 0;
        for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
          if (skippingLongLine) {
            skippingLongLine = false;
            lineNo++;
            reject(lineNo, `line longer than ${MAX_LINE_BYTES} bytes`);
          } else {
            takeLine(text.slice(start, nl));
          }
          start = nl + 1;
          if (lineNo >= maxLines && text.length > start) {
            limit = `more than ${maxLines} lines (VIGIL_FLOWS_MAX_LINES); stopped after line ${lineNo}`;
            break;
          }
          if (batch.length >= batchSize) await flush();
        }
        if (limit) break;
        pending = text.slice(start);
        text = '';
        if (pending.length > MAX_LINE_BYTES) {
          skippingLongLine = true;
          pending = '';
        }
      }
      if (!limit) {
        if (skippingLongLine) {
          lineNo++;
          reject(lineNo, `line longer than ${MAX_LINE_BYTES} bytes`);
        } else if (pending.trim() !== '') {
          takeLine(pending);
        }
      }
      await flush();
    } catch (error) {
      // A failure while classifying (e.g. the store) ends the request with what was done so far.
      services.logger.error({ err: error }, 'flow ingestion failed');
      summary.error = isVigilError(error) ? error.message : 'internal error while classifying; the counts show what was done';
      return res.status(isVigilError(error) ? 503 : 500).json(summary);
    }
    if (limit) {
      summary.error = limit;
      res.setHeader('connection', 'close');
      res.status(413).json(summary);
      res.on('finish', () => req.destroy());
      return;
    }
    res.json(summary);
  });
}
