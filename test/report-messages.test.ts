// The CI formats say what the JSON report and the editor say: a finding in a Word document is
// named by paragraph and quoted in the file's own language (not always in Chinese), and each
// SARIF rule's help link is the rule page the editor links to.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { effectiveConfig } from '../server/src/core/config/effective';
import { docsHref } from '../server/src/lsp/docsLink';
import { githubAnnotations } from '../server/src/report/github';
import { toSarif } from '../server/src/report/sarif';
import { scanFiles } from '../server/src/scan/engine';
import { makeDocx } from './helpers/docx';

const NOTICE = ['关于做好档案整理工作的通知', '济档发[2026]05号', '', '各区县档案馆：', '请按照有关规定做好年度档案整理工作。', '', '济南市档案馆', '2026年03月02日'];

describe('the CI formats and the Word document messages', () => {
  let dir: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-report-messages-'));
    writeFileSync(path.join(dir, 'memo.docx'), await makeDocx(NOTICE));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const locale of ['zh-cn', 'en'] as const) {
    it(`a .docx finding in SARIF and GitHub annotations (locale ${locale})`, async () => {
      const eff = effectiveConfig([{ config: { locale } }]);
      const r = await scanFiles([{ path: path.join(dir, 'memo.docx'), display: 'memo.docx', rel: 'memo.docx' }], { effectiveFor: () => eff });
      const lead = locale === 'en' ? /^paragraph 8 "2026年03月02日": / : /^第 8 段“2026年03月02日”：/;
      const sarif = toSarif(r.files, { root: dir, version: '0', docsBase: 'https://example.org/docs/rules/' });
      const date = sarif.runs[0]!.results.find((x) => x.ruleId === 'format.date')!;
      assert.match(date.message.text, lead);
      const line = githubAnnotations(r.files).find((l) => l.includes('gongwen format.date'))!;
      assert.match(line.replace(/^.*?::.*?::/, ''), lead);
    });
  }

  it('SARIF help links are the rule pages', () => {
    const sarif = toSarif([], { root: dir, version: '0', docsBase: 'https://example.org/docs/rules/' });
    const rule = sarif.runs[0]!.tool.driver.rules.find((x) => x.id === 'doc.length') as { helpUri?: string };
    assert.equal(rule.helpUri, 'https://example.org/docs/rules/doc.length.md');
    assert.equal(rule.helpUri, docsHref('doc.length', 'https://example.org/docs/rules/'));
  });
});
