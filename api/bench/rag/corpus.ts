import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sharedData } from '@vigil/ml/testing';

/** The evaluation corpus: every NIST PDF of ../shared/data/corpus/pdf, then ATT&CK Enterprise. */
export function corpusPaths(): string[] {
  const pdfDir = sharedData('corpus', 'pdf');
  const pdfs = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(pdfDir, f));
  return [...pdfs, sharedData('attack', 'enterprise-attack.json')];
}
