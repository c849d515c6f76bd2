/** "512, 512, 512" → [512, 512, 512]; null for an empty field; an error message for anything else. */
export function parseLayers(text: string): number[] | null | string {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parts = trimmed.split(/[\s,x×]+/).filter(Boolean).map(Number);
  if (parts.some((n) => !Number.isInteger(n) || n < 1 || n > 4096)) return 'Layers are widths from 1 to 4096, e.g. "512, 512, 512".';
  return parts;
}
