// Rewrites a Node bundle of dist/ in ASCII, with its source map kept true. esbuild escapes
// non-ASCII characters in strings and templates, but not in regular-expression literals, and the
// rules hold hundreds of Chinese ones: one such character makes the whole 1 MB bundle a two-byte
// string, which Node decodes from UTF-8 and V8 scans more slowly at every start of the command.
// A character in a regular expression written as \uXXXX matches the same (a pair of such escapes
// for one above U+FFFF, which /u reads as one code point); a character after a backslash would
// not, so a bundle with one is left as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const NON_ASCII = /[^\x00-\x7f]/g;

/** Escapes the non-ASCII characters of `file` and moves the generated columns of its map (file.map) to match. */
export function asciiBundle(file) {
  const source = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(source) || /\\[^\x00-\x7f]/.test(source)) return false;
  const lines = source.split('\n');
  const shifts = lines.map(lineShifts);
  writeFileSync(file, lines.map((l) => l.replace(NON_ASCII, escape)).join('\n'));
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = moveColumns(map.mappings, shifts);
    writeFileSync(mapFile, JSON.stringify(map));
  }
  return true;
}

function escape(ch) {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Columns (UTF-16 units) of the line's non-ASCII characters, each of which grows by five. */
function lineShifts(line) {
  const at = [];
  for (const m of line.matchAll(NON_ASCII)) at.push(m.index);
  return at;
}

/** The column `col` moves to once the characters before it at `at` are escaped. */
function moved(col, at) {
  let n = 0;
  while (n < at.length && at[n] < col) n++;
  return col + 5 * n;
}

/** The mappings with each segment's generated column (its first field, relative within a line) moved. */
function moveColumns(mappings, shifts) {
  return mappings
    .split(';')
    .map((line, i) => {
      const at = shifts[i];
      if (!at || at.length === 0 || line === '') return line;
      let prevOld = 0;
      let prevNew = 0;
      return line
        .split(',')
        .map((seg) => {
          const { value, length } = vlqDecode(seg, 0);
          const col = prevOld + value;
          const to = moved(col, at);
          const out = vlqEncode(to - prevNew) + seg.slice(length);
          prevOld = col;
          prevNew = to;
          return out;
        })
        .join(',');
    })
    .join(';');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The base-64 VLQ number at s[from], and how many characters it took. */
function vlqDecode(s, from) {
  let result = 0;
  let shift = 0;
  let i = from;
  for (;;) {
    const digit = B64.indexOf(s[i++]);
    if (digit < 0) throw new Error(`asciiBundle: bad source map segment "${s}"`);
    result += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return { value: result & 1 ? -(result >>> 1) : result >>> 1, length: i - from };
}

function vlqEncode(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}
