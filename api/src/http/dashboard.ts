import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Blocks inline and foreign scripts: rendered documents and answers can never run code in the dashboard. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built dashboard (a single-page app) from `dir` on the API's port; client-side routes fall back to
 * index.html. Without a build, the root says how to make one.
 */
export function serveDashboard(app: Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  app.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  app.use(express.static(dir, { index: false, maxAge: '1h', fallthrough: true }));
  app.get(/^\/(?!graphql|healthz|readyz|metrics|assets\/).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
    else res.status(404).type('text/plain').send(`The dashboard is not built (looked in ${dir}). Run: npm run build`);
  });
}
