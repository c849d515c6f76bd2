import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers the next request. */
export type Reply =
  | { kind: 'stream'; pieces: string[]; delayMs?: number }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface CapturedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface FakeLlmServer {
  /** What the SDK is given as its base URL. */
  baseUrl: string;
  requests: CapturedRequest[];
  /** Replies used in order; the last one repeats. */
  replyWith(...replies: Reply[]): void;
  close(): Promise<void>;
}

export type Wire = 'gemini' | 'openai';

/** A local HTTP server that speaks Gemini's REST streaming or OpenAI's chat-completions streaming. */
export async function startFakeLlmServer(wire: Wire): Promise<FakeLlmServer> {
  const requests: CapturedRequest[] = [];
  let replies: Reply[] = [{ kind: 'stream', pieces: ['ok'] }];
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
    const expected = wire === 'gemini' ? /^\/v1beta\/models\/[^/:]+:streamGenerateContent\?alt=sse$/ : /^\/v1\/chat\/completions$/;
    if (req.method !== 'POST' || !expected.test(req.url ?? '')) return void res.writeHead(404).end();
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply.kind === 'hang') return;
    if (reply.kind === 'status') {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      return void res.end(JSON.stringify({ error: { code: reply.status, message: `status ${reply.status}`, status: 'FAILED' } }));
    }
    await stream(res, wire, reply.pieces, reply.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: wire === 'gemini' ? `http://127.0.0.1:${port}` : `http://127.0.0.1:${port}/v1`,
    requests,
    replyWith: (...next) => {
      replies = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function stream(res: ServerResponse, wire: Wire, pieces: string[], delayMs: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const text of pieces) {
    const event =
      wire === 'gemini'
        ? { candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0 }] }
        : { id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] };
    res.write(`data: ${JSON.stringify(event)}\n\n`);
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  }
  if (wire === 'openai') res.write('data: [DONE]\n\n');
  res.end();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}
