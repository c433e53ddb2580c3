// A small report input written for the report's tests: three files in two folders, two kinds,
// three rules and two severities; one message and one line hold markup.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileFacts } from '../../server/src/core/report/facts';
import type { Kind } from '../../server/src/core/types';
import type { ReportFile, ReportInput } from '../../server/src/report/html';

/** The facts of a file as the report's figures read them: nothing but its kind and findings. */
export function factsOf(p: string, kind: Kind, findings: ReportFile['diagnostics']): FileFacts {
  return { path: p, kind, scope: null, issuers: [], date: null, body: 100, limit: null, meeting: null, plan: null, inspection: null, packs: ['jinan-2019'], findings: findings.map((d) => ({ rule: d.rule, severity: d.severity })) };
}

export function reportFile(p: string, kind: Kind, diagnostics: ReportFile['diagnostics']): ReportFile {
  return { path: p, href: pathToFileURL(path.join('/drafts', p)).toString(), facts: factsOf(p, kind, diagnostics), diagnostics };
}

/** The report of the three files, with the report's text in `locale`. */
export function sampleInput(locale: ReportInput['locale'] = 'zh-cn'): ReportInput {
  return {
    root: '/drafts',
    generatedAt: new Date(0),
    locale,
    skipped: [],
    files: [
      reportFile('a.txt', 'document', [
        { rule: 'format.doc-number', severity: 'warning', message: '发文字号格式有误', line: 1, character: 0, end: { line: 1, character: 12 }, source: '济档发[2026]05号' },
        { rule: 'format.punctuation', severity: 'info', message: '使用全角标点 <b>&“，”</b>', line: 4, character: 16, end: { line: 4, character: 17 }, source: '<i>请</i>于3日内报送材料,并加强管理。' },
      ]),
      reportFile('sub/b.txt', 'agenda', [
        { rule: 'format.date', severity: 'warning', message: '成文日期应写作 2026年3月2日', line: 7, character: 0, end: { line: 7, character: 11 }, source: '2026年03月02日' },
        { rule: 'format.punctuation', severity: 'info', message: '逗号', line: 2, character: 42, end: { line: 3, character: 1 }, source: '会议议程,', sourceFrom: 40, sourceCut: true },
      ]),
      reportFile('sub/c.txt', 'document', [{ rule: 'format.date', severity: 'warning', message: '成文日期有误', line: 5, character: 2, end: { line: 5, character: 2 }, source: '二〇二六年' }]),
    ],
  };
}
