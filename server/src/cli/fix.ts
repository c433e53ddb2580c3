// `gongwen check --fix`, `--fix-dry-run` and `--fix-type`: the quick fixes the editor offers,
// applied to files on disk. Only fixes marked safe (Fix.safe: the form of the text changes, never
// what it says) are applied, in a few rounds (first alternative of each finding, no two
// overlapping); the rest are listed for a drafter to confirm. A file keeps its encoding, its BOM,
// its line endings and its final newline, is written atomically and only when its text changed;
// a file not read completely is never written, and a .docx never rewritten.

import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Effective } from '../core/config/effective';
import { fixText, FIX_GROUPS, type FixGroup } from '../core/safeFix';
import { localize } from '../core/locale';
import { LineIndex } from '../core/text/lineIndex';
import { fsPromises } from '../io/lazyNode';
import type { Locale, Msg } from '../core/types';
import { isDocx } from '../io/docx';
import { decode } from '../io/textFile';
import { encodeText, hadBom, writeAtomic } from '../io/writeText';
import type { ScanInput } from '../scan/engine';
import { UsageError } from './files';
import { isStdinPath } from './stdin';

// The fixing itself is the core's (core/safeFix.ts), shared with the editor.
export { FIX_GROUPS, fixText, groupOf, keepShape, type FixGroup, type TextFix } from '../core/safeFix';

export interface FixMode {
  /** --fix-dry-run: print a unified diff, write nothing. */
  dryRun: boolean;
  /** --fix-type: only these groups' fixes (null: all). */
  groups: readonly FixGroup[] | null;
}

/** --fix, --fix-dry-run and --fix-type FORMAT,DOC… as the command line gives them (null: not fixing). */
export function fixMode(options: Map<string, string | true>): FixMode | null {
  const fix = options.has('fix');
  const dryRun = options.has('fix-dry-run');
  const type = options.get('fix-type');
  if (fix && dryRun) throw new UsageError({ zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run cannot be used together' });
  if (type !== undefined && !fix && !dryRun) throw new UsageError({ zh: '--fix-type 需要与 --fix 或 --fix-dry-run 同用', en: '--fix-type needs --fix or --fix-dry-run' });
  if (dryRun && options.has('format')) throw new UsageError({ zh: '--fix-dry-run 输出的是 diff，不能与 --format 同用', en: '--fix-dry-run prints a diff; it takes no --format' });
  if (!fix && !dryRun) return null;
  let groups: FixGroup[] | null = null;
  if (type !== undefined) {
    const names = typeof type === 'string' ? type.split(/[,，\s]+/).filter(Boolean) : [];
    const bad = names.filter((n) => !(FIX_GROUPS as readonly string[]).includes(n));
    if (!names.length || bad.length) throw new UsageError({ zh: `--fix-type 取 ${FIX_GROUPS.join('、')}（可用逗号分隔多个）${bad.length ? `，不是 ${bad.join('、')}` : ''}`, en: `--fix-type takes ${FIX_GROUPS.join(', ')} (comma-separated)${bad.length ? `, not ${bad.join(', ')}` : ''}` });
    groups = [...new Set(names)] as FixGroup[];
  }
  return { dryRun, groups };
}

export interface FixRun {
  /** Files written (--fix) or that would change (--fix-dry-run). */
  changed: number;
  /** Fixes applied (or that would be). */
  fixes: number;
  /** Fixes left for a drafter to confirm. */
  manual: number;
  /** Files that could not be written (or read, in a dry run): the run exits 2. */
  failed: number;
  /** Standard input fixed (`check --fix -`): its text, fixed or not, in its own encoding, for stdout. */
  stdout?: Buffer;
}

/**
 * Fixes the files (or, in a dry run, prints the diff to stdout). Notes go to stderr in `locale`;
 * a file that cannot be read is left for the scan that follows to report (a dry run reports it).
 */
export async function fixFiles(inputs: readonly ScanInput[], effectiveFor: (p: string) => Effective, mode: FixMode, locale: Locale, show: (s: string) => string): Promise<FixRun> {
  const say = (m: Msg): string => localize(locale, m);
  const note = (m: Msg): void => void process.stderr.write(`gongwen: ${say(m)}\n`);
  const run: FixRun = { changed: 0, fixes: 0, manual: 0, failed: 0 };
  for (const input of inputs) {
    const name = show(input.display);
    if (isDocx(input.path)) {
      note({ zh: `未修改 ${name}：--fix 不改写 .docx 文件，请在 Word 中修改`, en: `${name} not changed: --fix never rewrites .docx files; edit it in Word` });
      continue;
    }
    const eff = effectiveFor(input.path);
    const read = await readWhole(input.path, eff.maxFileSize);
    if (!read.ok) {
      // --fix: the scan that follows reports the file as not checked.
      if (mode.dryRun) {
        note({ zh: `未修复 ${name}：${read.reason.zh}`, en: `${name} not fixed: ${read.reason.en}` });
        run.failed++;
      }
      continue;
    }
    const { bytes, text, encoding } = read;
    const r = fixText(text, input.rel, eff, mode.groups);
    // Standard input cannot be written back: its fixed text goes to stdout (as Prettier does), and
    // the copy the scan reads next is the fixed text, so what is left is what the output shows.
    const fromStdin = !mode.dryRun && isStdinPath(input.path);
    if (fromStdin) run.stdout = r.text === text ? bytes : encodeText(r.text, encoding, hadBom(bytes, encoding)) ?? bytes;
    const manual = mode.dryRun ? r.manualBefore : r.manualAfter;
    const after = mode.dryRun ? text : r.text;
    if (manual.length) {
      const lines = new LineIndex(after);
      for (const f of manual) {
        const p = lines.positionAt(f.start);
        const title = f.fixes.length > 1 ? say({ zh: `${say(f.fixes[0]!.title)} 等 ${f.fixes.length} 种改法`, en: `${say(f.fixes[0]!.title)} or ${f.fixes.length - 1} other(s)` }) : say(f.fixes[0]!.title);
        note({ zh: `需人工确认 ${name}:${p.line + 1}:${p.character + 1} ${f.rule}：${title}（--fix 不自动修改）`, en: `needs confirmation ${name}:${p.line + 1}:${p.character + 1} ${f.rule}: ${title} (not applied by --fix)` });
      }
      run.manual += manual.length;
    }
    if (r.text === text) continue;
    const count = [...r.applied.values()].reduce((a, b) => a + b, 0);
    const byRule = [...r.applied].map(([rule, n]) => `${rule} ${n}`).join(say({ zh: '，', en: ', ' }));
    const out = encodeText(r.text, encoding, hadBom(bytes, encoding));
    if (!out) {
      note({ zh: `未修改 ${name}：修复后的文本无法按原编码 ${encoding} 写回`, en: `${name} not changed: the fixed text cannot be written in its encoding ${encoding}` });
      run.failed++;
      continue;
    }
    if (mode.dryRun) {
      // git's a/ and b/ prefixes (git apply, patch -p1) on the path from the current folder.
      const abs = path.resolve(input.path);
      const fromHere = path.relative(process.cwd(), abs);
      // (A copy read from standard input goes by the name it is shown with.)
      const named = input.display !== input.path ? input.display : fromHere.startsWith('..') || path.isAbsolute(fromHere) ? abs : fromHere;
      const shown = named.replace(/\\/g, '/').replace(/^\/+/, '');
      process.stdout.write(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, r.text, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
      note({ zh: `将修复 ${name}：${count} 处（${byRule}）`, en: `would fix ${name}: ${count} fix(es) (${byRule})` });
    } else {
      const why = fromStdin ? null : await writeAtomic(input.path, out, bytes);
      if (fromStdin) await fsPromises().writeFile(input.path, out);
      if (why) {
        note({ zh: `未修改 ${name}：${why.zh}`, en: `${name} not changed: ${why.en}` });
        run.failed++;
        continue;
      }
      note({ zh: `已修复 ${name}：${count} 处（${byRule}）`, en: `fixed ${name}: ${count} fix(es) (${byRule})` });
    }
    run.changed++;
    run.fixes += count;
  }
  const manualNote = run.manual ? { zh: `；${run.manual} 处需人工确认，未修改`, en: `; ${run.manual} fix(es) need confirmation and were not applied` } : { zh: '', en: '' };
  if (mode.dryRun) note({ zh: `预演：将修复 ${run.changed} 个文件中的 ${run.fixes} 处${manualNote.zh}；未写入任何文件`, en: `dry run: would apply ${run.fixes} fix(es) in ${run.changed} file(s)${manualNote.en}; nothing written` });
  else note({ zh: `已修复 ${run.changed} 个文件中的 ${run.fixes} 处${manualNote.zh}；以下为修复后仍有的问题`, en: `applied ${run.fixes} fix(es) in ${run.changed} file(s)${manualNote.en}; what is left follows` });
  return run;
}

const TOO_LARGE: Msg = { zh: '文件过大（超过 maxFileSize）', en: 'too large (over maxFileSize)' };

type WholeRead = { ok: true; bytes: Buffer; text: string; encoding: string } | { ok: false; reason: Msg };

/** The file's bytes and text, only when read completely and decoded without loss (never written otherwise). */
async function readWhole(file: string, maxChars: number): Promise<WholeRead> {
  let bytes: Buffer;
  try {
    const s = await fsPromises().stat(file);
    if (!s.isFile()) return { ok: false, reason: { zh: '不是普通文件', en: 'not a regular file' } };
    if (s.size > maxChars * 4 + 4) return { ok: false, reason: TOO_LARGE };
    bytes = await fsPromises().readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, reason: { zh: `无法读取：${code}`, en: `cannot read: ${code}` } };
  }
  const d = decode(bytes);
  if (!d.ok) return { ok: false, reason: d.reason };
  if (d.text.length > maxChars) return { ok: false, reason: TOO_LARGE };
  return { ok: true, bytes, text: d.text, encoding: d.encoding };
}
