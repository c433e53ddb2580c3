// The JSON layout the CLI's reports have (server/src/cli/output.ts), written plainly as a
// reference for the tests: JSON.stringify(value, null, 2)'s layout, except that an object or array
// below the top with at most 64 values in it (counted as output.ts counts them: each item and each
// key, and what they hold) is written on one line as JSON.stringify writes it.

const SMALL = 64;

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function afterToJson(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(k: string): unknown }).toJSON(key) : v;
}

function values(v: object): number {
  let n = 0;
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    n++;
    if (x !== null && typeof x === 'object') n += values(x);
  }
  return n;
}

export function laidOut(value: unknown, depth = 0, key = ''): string {
  const v = afterToJson(value, key);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (depth > 0 && values(v) <= SMALL) return JSON.stringify(v);
  const pad = '  '.repeat(depth + 1);
  const close = '\n' + '  '.repeat(depth);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x, i) => pad + (omitted(afterToJson(x, String(i))) ? 'null' : laidOut(x, depth + 1, String(i)))).join(',\n') + close + ']';
  }
  const keys = Object.keys(v).filter((k) => !omitted(afterToJson((v as Record<string, unknown>)[k], k)));
  if (keys.length === 0) return '{}';
  return '{\n' + keys.map((k) => pad + JSON.stringify(k) + ': ' + laidOut((v as Record<string, unknown>)[k], depth + 1, k)).join(',\n') + close + '}';
}
