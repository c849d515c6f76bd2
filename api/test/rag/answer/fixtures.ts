import type { RetrievedChunk } from '../../../src/rag/retrieval/types.js';

export const chunk = (n: number, text: string, extra: Partial<RetrievedChunk> = {}): RetrievedChunk => ({
  chunkId: `c${n}`,
  documentId: `d${n}`,
  title: `Document ${n}`,
  page: n,
  text,
  score: 1 / (60 + n),
  ...extra,
});

export const incidentContext: RetrievedChunk[] = [
  chunk(
    1,
    'The incident response process has several phases. The initial phase involves establishing and training an ' +
      'incident response team, and acquiring the necessary tools and resources. The second phase is detection and analysis.',
    { title: 'SP 800-61 Rev. 2', page: 30 },
  ),
  chunk(
    2,
    'Containment, eradication and recovery follow detection. After the incident is handled, the organization issues ' +
      'a report that details the cause and cost of the incident and the steps the organization should take to prevent future incidents.',
    { title: 'SP 800-61 Rev. 2', page: 31 },
  ),
  chunk(3, 'Log management is the process for generating, transmitting, storing, analyzing, and disposing of log data.', {
    title: 'SP 800-92',
    page: 14,
  }),
];
