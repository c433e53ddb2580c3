// The HTML report read as text: each finding's row carries what the filters read (data-rule,
// data-severity, data-kind, data-folder), its line with the finding in <mark>, escaped and cut
// around the finding; rule ids link to the rule's web page; nothing is loaded from anywhere (one
// file); the labels follow the report's locale. The line comes with the scan record, kept small
// (160 characters around the finding), and the JSON output does not carry it. The webview gets
// the report with a nonce policy. Filtering and sorting in a browser: report-browser.test.ts.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { webviewHtml } from '../client/src/reportWebview';
import { fileRecord } from '../server/src/cli/report';
import { effectiveConfig } from '../server/src/core/config/effective';
import { renderReport } from '../server/src/report/html';
import { folderOf } from '../server/src/report/htmlFindings';
import { reportFiles, scanFiles } from '../server/src/scan/engine';
import { EXCERPT_CHARS, excerptAt } from '../server/src/scan/excerpt';
import { sampleInput } from './helpers/reportSample';
import { TempTree } from './helpers/tempTree';

/** Each finding row's opening tag. */
function rowTags(html: string): string[] {
  return html.match(/<tr class="finding"[^>]*>/g) ?? [];
}

describe('HTML report', () => {
  it('cuts a long line to about 160 characters around the finding, never inside a surrogate pair', () => {
    assert.deepEqual(excerptAt('ab\n短行在此\ncd', 3, 7, 4, 6), { text: '短行在此', from: 0, cut: false });
    const line = '甲'.repeat(300) + 'XYZ' + '乙'.repeat(300);
    const x = excerptAt(`\n${line}`, 1, 1 + line.length, 301, 304);
    assert.equal(x.text.length, EXCERPT_CHARS);
    assert.equal(x.from, 300 - Math.floor((EXCERPT_CHARS - 3) / 2), 'the finding in the middle');
    assert.equal(x.text.indexOf('XYZ'), 300 - x.from);
    assert.equal(x.cut, true);
    assert.deepEqual(excerptAt(line, 0, line.length, 0, 1), { text: line.slice(0, EXCERPT_CHARS), from: 0, cut: true }, 'at the start of the line');
    assert.deepEqual(excerptAt(line, 0, line.length, 602, 603), { text: line.slice(-EXCERPT_CHARS), from: line.length - EXCERPT_CHARS, cut: false }, 'at the end');
    assert.equal(excerptAt(line, 0, line.length, 10, 500).text, line.slice(10, 10 + EXCERPT_CHARS), 'a finding longer than the window: its beginning');
    const emoji = '𠮷'.repeat(200); // each a surrogate pair
    const e = excerptAt(emoji, 0, emoji.length, 201, 202);
    assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(e.text), 'whole characters at both edges');
  });

  it('a scan record keeps the finding\'s line (cut around it), and the JSON output does not carry it', async () => {
    const tree = new TempTree('gongwen-report-');
    try {
      const long = `${'请按照有关规定做好年度档案整理工作，确保档案完整规范。'.repeat(5)}各单位要在1天内报送材料,并加强&lt<管理>。${'请按照有关规定做好年度档案整理工作，确保档案完整规范。'.repeat(5)}`;
      tree.write('long.txt', ['关于做好档案整理工作的通知', '济档发〔2026〕5号', '', '各区县档案馆：', long, '', '济南市档案馆', '2026年3月2日'].join('\n'));
      const eff = effectiveConfig([]);
      const r = await scanFiles([{ path: path.join(tree.root, 'long.txt'), display: 'long.txt', rel: 'long.txt' }], { effectiveFor: () => eff });
      const f = r.files[0]!;
      const comma = f.diagnostics.find((d) => d.rule === 'format.punctuation')!;
      assert.equal(comma.range.start.line, 4);
      assert.ok(long.length > EXCERPT_CHARS && comma.source!.length === EXCERPT_CHARS, `${comma.source?.length} characters kept of ${long.length}`);
      assert.equal(comma.source!.slice(comma.range.start.character - comma.sourceFrom!, comma.range.end.character - comma.sourceFrom!), ',');
      assert.equal(comma.sourceCut, true);
      // The JSON output (and SARIF, built the same way from named fields) stays as it was.
      for (const d of fileRecord(f).diagnostics) assert.deepEqual(Object.keys(d).filter((k) => !['rule', 'severity', 'message', 'range', 'fixes'].includes(k)), []);
      const html = renderReport({ root: tree.root, generatedAt: new Date(0), files: reportFiles(r.files, (x) => pathToFileURL(x.path).toString()), skipped: [] });
      assert.match(html, /<tr class="finding" data-rule="format.punctuation"[^]*?<div class="src"><code><span class="cut">…<\/span>[^<]*各单位要在1天内报送材料<mark>,<\/mark>并加强&amp;lt&lt;管理&gt;。[^<]*<span class="cut">…<\/span><\/code><\/div>/);
    } finally {
      tree.remove();
    }
  });

  it('each finding row carries data-rule, data-severity, data-kind and data-folder, and its line with the finding marked', () => {
    const html = renderReport(sampleInput());
    assert.deepEqual(rowTags(html), [
      '<tr class="finding" data-rule="format.doc-number" data-severity="warning" data-kind="document" data-folder="." data-file="a.txt">',
      '<tr class="finding" data-rule="format.punctuation" data-severity="info" data-kind="document" data-folder="." data-file="a.txt">',
      '<tr class="finding" data-rule="format.date" data-severity="warning" data-kind="agenda" data-folder="sub" data-file="sub/b.txt">',
      '<tr class="finding" data-rule="format.punctuation" data-severity="info" data-kind="agenda" data-folder="sub" data-file="sub/b.txt">',
      '<tr class="finding" data-rule="format.date" data-severity="warning" data-kind="document" data-folder="sub" data-file="sub/c.txt">',
    ]);
    assert.match(html, /<code><mark>济档发\[2026\]05号<\/mark><\/code>/, 'the whole line marked');
    assert.match(html, /<code>&lt;i&gt;请&lt;\/i&gt;于3日内报送材料<mark>,<\/mark>并加强管理。<\/code>/, 'markup in the line escaped, the comma marked');
    assert.match(html, /使用全角标点 &lt;b&gt;&amp;“，”&lt;\/b&gt;/, 'markup in the message escaped');
    assert.doesNotMatch(html, /<i>请|<b>&/);
    // Cut at both sides (sourceFrom 40, sourceCut); a finding that runs on to the next line is marked to the end of the excerpt.
    assert.match(html, /<code><span class="cut">…<\/span>会议<mark>议程,<\/mark><span class="cut">…<\/span><\/code>/);
    assert.match(html, /<code>二〇<mark class="at"><\/mark>二六年<\/code>/, 'an empty span: a caret mark');
    // Each row: the severity, the file and the line as links that open the file there.
    assert.match(html, /<td class="r" data-sort="8"><a class="open" href="file:\/\/\/drafts\/sub\/b.txt#L8" data-href="file:\/\/\/drafts\/sub\/b.txt" data-line="7" data-character="0" title="打开 sub\/b.txt 第 8 行">8<\/a><\/td>/);
    assert.match(html, /<span class="sev sev-info">提示<\/span>/);
    assert.equal(folderOf('a\\b\\c.txt'), 'a\\b');
  });

  it('offers filters for the rules, severities, kinds and folders present, with counts', () => {
    const html = renderReport(sampleInput());
    const options = (id: string): string[] => [...(new RegExp(`<select id="${id}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? '').matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => `${m[1]}=${m[2]}`);
    assert.deepEqual(options('f-rule'), ['=全部规则', 'format.date=format.date（2）', 'format.doc-number=format.doc-number（1）', 'format.punctuation=format.punctuation（2）']);
    assert.deepEqual(options('f-severity'), ['=全部级别', 'warning=警告（3）', 'info=提示（2）']);
    assert.deepEqual(options('f-kind'), ['=全部类型', 'document=公文（3）', 'agenda=会议（2）']);
    assert.deepEqual(options('f-folder'), ['=全部文件夹', '.=（顶层）（2）', 'sub=sub（3）']);
    assert.match(html, /<input type="search" id="q"/);
    assert.match(html, /<span id="shown"[^>]*>显示 5 \/ 5 条<\/span>/);
    assert.match(html, /<table id="findings" class="sortable">/);
    assert.match(html, /<table id="by-rule" class="sortable">/);
  });

  it('rule ids link to their web pages, also when the editor asks for the shipped pages; nothing else leaves the file', () => {
    for (const docsBase of [undefined, 'local', 'file:///somewhere/docs/rules']) {
      const html = renderReport({ ...sampleInput(), docsBase });
      const rules = [...html.matchAll(/<a class="rule" href="([^"]+)"><code>([^<]+)<\/code><\/a>/g)].map((m) => [m[1], m[2]]);
      assert.equal(rules.length, 5);
      for (const [href, id] of rules) assert.match(href!, new RegExp(`^https://[^"]+/rules/${id!.replace(/\./g, '\\.')}\\.html$`), String(docsBase));
      // One file: no src= or <link> anywhere, no url() or @import in the style, and the only web addresses are the rule links.
      assert.doesNotMatch(html, /\ssrc=|<link\b|@import|url\(/i);
      assert.deepEqual(html.match(/https?:\/\/[^"\s<]*/g)?.filter((u) => !rules.some(([h]) => h === u)) ?? [], [], 'no web address but the rule pages');
      assert.equal((html.match(/<script>/g) ?? []).length, 1, 'one inline script');
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">/);
    }
    const custom = renderReport({ ...sampleInput(), docsBase: 'https://docs.example.org/gongwen/rules/' });
    assert.match(custom, /<a class="rule" href="https:\/\/docs\.example\.org\/gongwen\/rules\/format\.date\.md">/, 'a web base the client names is kept');
    assert.match(renderReport(sampleInput('en')), /<a class="rule" href="https:[^"]+\/rules\/format\.date\.html#english">/);
  });

  it('the labels and filters are English when the report locale is en', () => {
    const html = renderReport(sampleInput('en'));
    assert.match(html, /<span id="shown"[^>]*data-template="showing \{n\} of \{total\}">showing 5 of 5<\/span>/);
    assert.match(html, /<option value="">all rules<\/option><option value="format.date">format.date \(2\)<\/option>/);
    assert.match(html, /<option value="agenda">meeting \(2\)<\/option>/);
    assert.match(html, /<th>Severity<\/th><th>File<\/th><th class="r">Line<\/th><th>Rule<\/th><th>Finding and text<\/th>/);
    assert.match(html, /<span class="sev sev-warning">warning<\/span>/);
    // Chinese is left only in the findings themselves (their messages and lines come in the file's language).
    const own = html.replace(/<tr class="finding"[^]*?<\/tr>/g, '').replace(/<option value="[^"]*">[^<]*<\/option>/g, '');
    assert.doesNotMatch(own, /[\u4e00-\u9fff]/);
  });

  it('follows the theme: light and dark variables, and the editor\'s own in the webview', () => {
    const html = renderReport(sampleInput());
    assert.match(html, /@media \(prefers-color-scheme: dark\)\{:root\{--bg:#1b1d21/);
    assert.match(html, /body\.vscode-light,body\.vscode-dark,body\.vscode-high-contrast[^{]*\{\s*--bg:var\(--vscode-editor-background\);--fg:var\(--vscode-editor-foreground\)/);
    for (const v of ['--vscode-errorForeground', '--vscode-editorWarning-foreground', '--vscode-textLink-foreground', '--vscode-panel-border']) assert.ok(html.includes(`var(${v}`), v);
    assert.match(html, /body\{[^}]*color:var\(--fg\);background:var\(--bg\)/);
    assert.doesNotMatch(html, /style="color:#/, 'no fixed colours on text');
  });

  it('in the webview: the report\'s policy replaced by one that runs only the nonce\'s script', () => {
    const html = webviewHtml(renderReport(sampleInput()), 'n0nce', 'vscode-webview://abc');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src vscode-webview:\/\/abc 'unsafe-inline'; img-src vscode-webview:\/\/abc data:; script-src 'nonce-n0nce'">/);
    assert.equal((html.match(/Content-Security-Policy/g) ?? []).length, 1);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="n0nce">']);
    assert.doesNotMatch(html, /script-src 'unsafe-inline'/);
  });
});
