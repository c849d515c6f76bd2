/** Flow records pasted by an analyst: a JSON array, one JSON object, or NDJSON (one object per line). */
export function parseRecords(text: string): { records: Record<string, unknown>[]; error: string | null } {
  const trimmed = text.trim();
  if (!trimmed) return { records: [], error: 'Paste at least one record.' };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) {
      const bad = value.findIndex((v) => !isObject(v));
      return bad >= 0 ? { records: [], error: `Item ${bad + 1} is not a JSON object.` } : { records: value as Record<string, unknown>[], error: null };
    }
    if (isObject(value)) return { records: [value], error: null };
  } catch {
    // not one JSON document: try NDJSON
  }
  const records: Record<string, unknown>[] = [];
  const lines = trimmed.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (!isObject(value)) return { records: [], error: `Line ${i + 1} is not a JSON object.` };
      records.push(value);
    } catch {
      return { records: [], error: `Line ${i + 1} is not valid JSON.` };
    }
  }
  return { records, error: null };
}
