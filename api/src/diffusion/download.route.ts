// CSV downloads of a run's synthetic table and of its samples: GET /runs/:id/synthetic.csv and
// GET /runs/:id/samples/:sampleId.csv, with the same bearer token as GraphQL.
import type { Express, Response } from 'express';
import { ErrorCode, isVigilError } from '@vigil/ml/errors';
import type { Services } from '../services.js';
import { artifactKeys } from './run.record.js';

const ID = /^[A-Za-z0-9-]{1,64}$/;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function registerRunDownloads(app: Express, services: Services): void {
  const send = async (req: { headers: { authorization?: string | undefined } }, res: Response, runId: string, key: (id: string) => string, filename: string) => {
    try {
      const principal = await services.authenticator.authenticate(req.headers.authorization);
      if (!principal) return fail(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in: send an API key or JWT as `Authorization: Bearer <token>`.');
    } catch (error) {
      return fail(res, 401, ErrorCode.UNAUTHENTICATED, isVigilError(error) ? error.message : 'the bearer token is not valid');
    }
    if (!ID.test(runId)) return fail(res, 404, ErrorCode.NOT_FOUND, `run '${runId}' does not exist`);
    const bytes = await services.artifacts.get(key(runId));
    if (!bytes) return fail(res, 404, ErrorCode.NOT_FOUND, `no ${filename} for run '${runId}' (it exists once the run has succeeded)`);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${runId}-${filename}"`);
    res.send(Buffer.from(bytes));
  };
  app.get('/runs/:id/synthetic.csv', (req, res, next) => {
    send(req, res, req.params.id, artifactKeys.synthetic, 'synthetic.csv').catch(next);
  });
  app.get('/runs/:id/samples/:sample.csv', (req, res, next) => {
    const sample = req.params.sample;
    if (!ID.test(sample)) return fail(res, 404, ErrorCode.NOT_FOUND, `sample '${sample}' does not exist`);
    send(req, res, req.params.id, (id) => artifactKeys.sample(id, sample), `sample-${sample}.csv`).catch(next);
  });
}
