import { ExtractiveAnswerer, type ExtractiveOptions } from './extractive.js';
import { withFallback, type FallbackOptions } from './fallback.js';
import { GeminiAnswerer, type GeminiAnswererOptions } from './gemini.js';
import { OpenAIAnswerer, type OpenAIAnswererOptions } from './openai.js';
import type { Answerer } from './types.js';

/** The answerer section of the validated configuration; the composition root builds it from the environment. */
export type AnswererConfig =
  | { kind: 'extractive'; extractive?: ExtractiveOptions }
  | { kind: 'gemini'; gemini: GeminiAnswererOptions; fallback?: 'extractive' | 'none'; extractive?: ExtractiveOptions }
  | { kind: 'openai'; openai: OpenAIAnswererOptions; fallback?: 'extractive' | 'none'; extractive?: ExtractiveOptions };

export function createAnswerer(config: AnswererConfig, options: FallbackOptions = {}): Answerer {
  const extractive = new ExtractiveAnswerer(config.extractive);
  switch (config.kind) {
    case 'extractive':
      return extractive;
    case 'gemini':
    case 'openai': {
      const primary = config.kind === 'gemini' ? new GeminiAnswerer(config.gemini) : new OpenAIAnswerer(config.openai);
      return config.fallback === 'extractive' ? withFallback(primary, extractive, options) : primary;
    }
    default: {
      const unknown: never = config;
      throw new Error(`unknown answerer ${JSON.stringify(unknown)}`);
    }
  }
}
