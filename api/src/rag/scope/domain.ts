import { contentTerms, tokenize } from '../retrieval/terms.js';
import { OFF_DOMAIN_TERMS, STRONG_TERMS, WEAK_TERMS } from './lexicon.js';

export interface DomainSignal {
  strong: number;
  weak: number;
  offDomain: number;
  /** strong + weakWeight × weak − offDomain: above the threshold reads as a security question. */
  score: number;
  /** ATT&CK-style ID (T1059, TA0008, G0016, S0002, M1032) in the question. */
  attackId: boolean;
}

const ATTACK_ID = /^(t\d{4}(\.\d{3})?|ta\d{4}|[gsm]\d{4})$/;

/** Counts distinct lexicon terms in the question; an ATT&CK ID counts as a strong term. */
export function domainSignal(question: string, weakWeight = 0.5): DomainSignal {
  const terms = new Set(contentTerms(question));
  let strong = 0;
  let weak = 0;
  let offDomain = 0;
  for (const t of terms) {
    if (STRONG_TERMS.has(t)) strong++;
    else if (WEAK_TERMS.has(t)) weak++;
    if (OFF_DOMAIN_TERMS.has(t)) offDomain++;
  }
  const attackId = tokenize(question).some((t) => ATTACK_ID.test(t));
  if (attackId) strong++;
  return { strong, weak, offDomain, score: strong + weakWeight * weak - offDomain, attackId };
}
