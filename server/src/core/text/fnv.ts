// FNV-1a over a string's UTF-16 units: a fast, stable 32-bit hash (the same on every platform and
// Node.js version), for shares of files (--shard) and clause tables; not for security.

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
