// `gongwen review PATH… [--out-dir DIR] [--suggest]`: a reviewed copy of each draft, a Word comment
// at every finding (review/reviewFiles.ts). Files are gathered as `gongwen check` gathers them;
// copies written before (*.审阅.docx, *.reviewed.docx) are not reviewed again when a folder is walked.
// Exit codes as check's: 0 every copy written, 2 a file could not be reviewed (the reason on stderr)
// or bad usage.

import { localize } from '../core/locale';
import type { Msg } from '../core/types';
import { isReviewedCopy, reviewInputs } from '../review/reviewFiles';
import { visible } from './check';
import { describeProblem, type CliConfig } from './config';
import { gatherInputs, UsageError } from './files';

export interface ReviewCliOptions {
  outDir: string | null;
  suggest: boolean;
}

/** The comments' date: now, or SOURCE_DATE_EPOCH (seconds) for reproducible copies. */
export function reviewDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(parseInt(epoch, 10) * 1000) : new Date();
}

export async function review(paths: string[], configs: CliConfig, opts: ReviewCliOptions): Promise<number> {
  if (paths.includes('-')) throw new UsageError({ zh: 'gongwen review 不读标准输入：请给出文件或文件夹', en: 'gongwen review does not read standard input: name files or folders' });
  const gathered = await gatherInputs(paths, configs, { ignore: true, stdinFilename: null });
  const effectiveFor = (p: string) => configs.effectiveFor(gathered.configPath(p));
  const named = new Set(gathered.entries.filter((e) => e.from === undefined).map((e) => e.path));
  // A walk does not take up the copies an earlier run wrote; a copy named on the command line is reviewed.
  const inputs = gathered.inputs.filter((i) => named.has(i.path) || !isReviewedCopy(i.path));
  const locale = configs.cliLocale ?? (inputs[0] ? effectiveFor(inputs[0].path).config.locale : 'zh-cn');
  const say = (m: Msg): string => localize(locale, m);
  const { written, refused } = await reviewInputs(inputs, { effectiveFor, outDir: opts.outDir, suggest: opts.suggest, now: reviewDate() });
  for (const w of written) {
    const counts = opts.suggest
      ? say({ zh: `${w.comments} 条批注，${w.changes} 处修订`, en: `${w.comments} comment(s), ${w.changes} tracked change(s)` })
      : say({ zh: `${w.comments} 条批注`, en: `${w.comments} comment(s)` });
    process.stdout.write(`${say({ zh: `已写入 ${visible(w.out)}（${counts}）`, en: `wrote ${visible(w.out)} (${counts})` })}\n`);
  }
  const errors = gathered.entries.filter((e) => e.error);
  for (const e of errors) process.stderr.write(`gongwen: ${say({ zh: `未审阅 ${visible(e.path)}：${e.error!.zh}`, en: `not reviewed ${visible(e.path)}: ${e.error!.en}` })}\n`);
  for (const r of refused) process.stderr.write(`gongwen: ${say({ zh: `未审阅 ${visible(r.display)}：${r.reason}`, en: `not reviewed ${visible(r.display)}: ${r.reason}` })}\n`);
  for (const e of gathered.entries) if (e.notice) process.stderr.write(`gongwen: ${visible(say(e.notice))}\n`);
  const nothing = inputs.length === 0 && errors.length === 0;
  const copies = gathered.inputs.length - inputs.length;
  const where = gathered.paths.map(visible).join(' ');
  if (nothing) {
    process.stderr.write(`gongwen: ${say(copies
      ? { zh: `没有要审阅的文件：${where} 中只有以前写出的审阅版（${copies} 个 *.审阅.docx 或 *.reviewed.docx，不再审阅）`, en: `no files to review: ${where} holds only reviewed copies written before (${copies} *.审阅.docx or *.reviewed.docx, not reviewed again)` }
      : { zh: `没有要审阅的文件：${where} 中没有 .docx、.txt、.md、.gw 或 .gongwen 文件`, en: `no files to review: ${where} holds no .docx, .txt, .md, .gw or .gongwen file` })}\n`);
  }
  for (const p of configs.problems) process.stderr.write(`gongwen: ${say({ zh: '配置问题：', en: 'config problem: ' })}${describeProblem(p)}\n`);
  return refused.length || errors.length || nothing || configs.problems.length ? 2 : 0;
}

/** --out-dir DIR, as given (relative to the current folder); made when missing. */
export function outDirOption(v: string | true | undefined): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !v) throw new UsageError({ zh: '--out-dir 需要一个文件夹', en: '--out-dir needs a folder' });
  return v;
}
