import express, { type Express, type Response } from 'express';
import { ErrorCode, VigilError, isVigilError } from '@vigil/ml/errors';
import type { Principal } from '../auth/roles.js';
import { requireRole } from '../graphql/authorization.js';
import type { Services } from '../services.js';

function sendError(res: Response, error: unknown): void {
  if (!isVigilError(error)) throw error;
  const status = error.code === ErrorCode.UNAUTHENTICATED ? 401 : error.code === ErrorCode.FORBIDDEN ? 403 : 400;
  res.status(status).json({ error: { code: error.code, message: error.message } });
}

/**
 * `POST /upload`: the raw file as the body (its Content-Type, and the name in `x-filename`), with the same bearer
 * token as `/graphql` (analyst or above), checked before the body is read. Answers `{ uploadId }` for
 * `ingestDocument(input: { uploadId })`.
 */
export function registerUploadRoute(app: Express, services: Services): void {
  const { rag, authenticator, config } = services;
  const raw = express.raw({ type: () => true, limit: config.rag.limits.maxBytes });
  app.post(
    '/upload',
    async (req, res, next) => {
      try {
        res.locals.principal = requireRole(await authenticator.authenticate(req.headers.authorization), 'analyst');
        next();
      } catch (error) {
        sendError(res, error);
      }
    },
    (req, res, next) =>
      raw(req, res, (error?: unknown) => {
        if (!error) return next();
        const tooLarge = (error as { type?: string }).type === 'entity.too.large';
        res.status(tooLarge ? 413 : 400).json({
          error: {
            code: ErrorCode.BAD_USER_INPUT,
            message: tooLarge ? `the file is over the ${config.rag.limits.maxBytes}-byte limit (INGEST_MAX_BYTES)` : 'the upload body could not be read',
          },
        });
      }),
    async (req, res) => {
      try {
        const principal = res.locals.principal as Principal;
        const body = req.body as unknown;
        if (!(body instanceof Uint8Array) || body.byteLength === 0) {
          throw new VigilError(ErrorCode.BAD_USER_INPUT, 'send the file as the request body (any Content-Type), its name in the x-filename header');
        }
        const filename = decodeURIComponent(String(req.headers['x-filename'] ?? 'upload')).replace(/[/\\]/g, '_').slice(0, 200) || 'upload';
        const type = req.headers['content-type'];
        const mediaType = type && type !== 'application/octet-stream' ? type : null;
        const meta = await rag.uploads.put(principal.id, body, filename, mediaType);
        res.status(201).json({ uploadId: meta.id, filename: meta.filename, bytes: meta.bytes });
      } catch (error) {
        sendError(res, error);
      }
    },
  );
}
