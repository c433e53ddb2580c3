// Team configuration through the language server over stdio: a multi-root workspace whose
// folders have different .gongwen.json files and different folder settings (answered to
// workspace/configuration per scopeUri); config files that change re-lint open documents;
// each kind of invalid configuration gives one message naming the file, the key and the
// problem, a diagnostic in the config file, and checking goes on, and the CLI exits 2 with the
// same text; team rules with and without a quick fix; `locale` switching messages, hovers and
// documentation links; and the CLI printing the same findings as the server.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt } from './helpers/build';
import { runCli as cli } from './helpers/cli';
import { applyLspEdits, type LspTextEdit } from './helpers/edits';
import { TempTree } from './helpers/tempTree';
import { NOTICE } from './helpers/texts';
import { actionsFor, changeAndWait, hoverText, messageOf, openAndWait, startServer, type TestServer } from './lsp/client';

const ERROR = 1;
const WARNING = 2;
const INFORMATION = 3;

interface ShowMessage {
  type: number;
  message: string;
}

function find(ds: Diagnostic[], rule: string): Diagnostic | undefined {
  return ds.find((d) => d.code === rule);
}

/** Tells the server that files changed on disk (what the client's file watcher does) and waits for `uri`'s next diagnostics. */
async function filesChanged(s: TestServer, files: string[], uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
  const mark = s.mark();
  await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: `file://${f}`, type: 2 })) });
  return s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && pred(p), { after: mark });
}

/** The problem text inside the server's notice (`公文检查配置有误：TEXT（其余配置照常生效）`). */
function serverProblemText(message: string): string {
  const m = /^公文检查配置有误：([\s\S]*)（其余配置照常生效）$/.exec(message) ?? /^gongwen configuration problem: ([\s\S]*) \(the rest of the configuration applies\)$/.exec(message);
  assert.ok(m, `not a configuration notice: ${message}`);
  return m[1]!;
}

/** The problem texts the CLI printed (`gongwen: 配置问题：TEXT`, in English `gongwen: config problem: TEXT`). */
function cliProblemTexts(stderr: string): string[] {
  const prefix = /^gongwen: (?:配置问题：|config problem: )/;
  return stderr.split('\n').filter((l) => prefix.test(l)).map((l) => l.replace(prefix, ''));
}

const QITA = { id: 'custom.qita', pattern: '其它', message: { zh: '公文中写作“其他”', en: 'Write 其他 in official documents' }, replace: '其他' };
const LOOP = { id: 'custom.closed-loop', pattern: '闭环', message: '“闭环”是套话' };
/** NOTICE with a 其它 and a 闭环 in its body (line 11). */
const TEAM_TEXT = NOTICE.replace('加强组织领导。', '加强组织领导，形成闭环，其它事项另行通知。');

describe('team configuration through the language server', function () {
  this.timeout(30000);
  before(() => ensureBuilt());

  describe('a multi-root workspace: two folders, their own .gongwen.json and folder settings', () => {
    let t: TempTree;
    let s: TestServer;
    const folderSettings: Record<string, object> = {};
    before(async () => {
      t = new TempTree('gongwen-multiroot-');
      t.write('a/.gongwen.json', { rules: { 'format.date': 'error', 'format.punctuation': 'error' } });
      t.write('b/.gongwen.json', { rules: { 'format.date': 'off' }, customRules: [QITA] });
      folderSettings['a'] = { rules: { 'format.punctuation': 'off' } };
      folderSettings['b'] = { locale: 'en', rules: { 'custom.qita': 'error' } };
      s = await startServer({
        rootUri: null,
        workspaceFolders: [
          { uri: t.uri('a'), name: 'a' },
          { uri: t.uri('b'), name: 'b' },
        ],
        // What VS Code answers for a resource: the folder's own settings over the workspace's.
        settings: (scopeUri: string | undefined) => (scopeUri?.startsWith(`${t.uri('a')}/`) ? folderSettings['a'] : scopeUri?.startsWith(`${t.uri('b')}/`) ? folderSettings['b'] : {}),
      });
    });
    after(async () => {
      await s?.stop();
      t?.remove();
    });

    it('each folder gets its own file and its own folder settings, the settings winning over the file', async () => {
      const a = await openAndWait(s, t.uri('a/notice.txt'), TEAM_TEXT);
      const b = await openAndWait(s, t.uri('b/sub/notice.txt'), TEAM_TEXT);
      assert.equal(find(a.diagnostics, 'format.date')?.severity, ERROR, 'a/.gongwen.json raises the date rule');
      assert.equal(find(a.diagnostics, 'format.punctuation'), undefined, 'a’s folder setting (off) beats its file (error)');
      assert.equal(find(a.diagnostics, 'custom.qita'), undefined, 'b’s team rule is not a’s');
      assert.match(messageOf(find(a.diagnostics, 'format.doc-number')!), /发文字号/);

      assert.equal(find(b.diagnostics, 'format.date'), undefined, 'b/.gongwen.json turns the date rule off');
      assert.equal(find(b.diagnostics, 'format.punctuation')?.severity, INFORMATION);
      const qita = find(b.diagnostics, 'custom.qita');
      assert.equal(qita?.severity, ERROR, 'b’s folder setting raises its team rule');
      assert.equal(messageOf(qita!), 'Write 其他 in official documents', 'b’s folder setting locale=en');
      assert.match(messageOf(find(b.diagnostics, 'format.doc-number')!), /[A-Za-z]{4,}/);

      for (const uri of [t.uri('a/notice.txt'), t.uri('b/sub/notice.txt')]) {
        assert.ok(s.configurationRequests.some((items) => items.some((i) => i.section === 'gongwen' && i.scopeUri === uri)), `settings asked for ${uri}`);
      }
    });

    it('editing a folder’s .gongwen.json re-lints that folder’s open documents at once; the other folder is unchanged', async () => {
      const aUri = t.uri('a/notice.txt');
      const bUri = t.uri('b/sub/notice.txt');
      const before = s.mark();
      const file = t.write('a/.gongwen.json', { rules: { 'format.date': 'info' }, customRules: [LOOP] });
      const a = await filesChanged(s, [file], aUri);
      assert.equal(find(a.diagnostics, 'format.date')?.severity, INFORMATION);
      assert.equal(find(a.diagnostics, 'custom.closed-loop')?.severity, WARNING);
      const b = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === bUri, { after: before });
      assert.equal(find(b.diagnostics, 'format.date'), undefined);
      assert.equal(find(b.diagnostics, 'custom.qita')?.severity, ERROR);
    });

    it('a change to a file a .gongwen.json extends re-lints too', async () => {
      const aUri = t.uri('a/notice.txt');
      t.write('a/team.json', { rules: { 'format.heading-sequence': 'off' } });
      const own = t.write('a/.gongwen.json', { extends: './team.json' });
      let a = await filesChanged(s, [own], aUri);
      assert.equal(find(a.diagnostics, 'format.heading-sequence'), undefined);
      const team = t.write('a/team.json', { rules: { 'format.heading-sequence': 'error' } });
      a = await filesChanged(s, [team], aUri);
      assert.equal(find(a.diagnostics, 'format.heading-sequence')?.severity, ERROR);
    });

    it('a folder setting change re-lints with the new settings, the file still under them', async () => {
      const aUri = t.uri('a/notice.txt');
      folderSettings['a'] = { rules: { 'format.heading-sequence': 'hint' } };
      const mark = s.mark();
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const a = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === aUri && find(p.diagnostics, 'format.heading-sequence')?.severity === 4, { after: mark });
      assert.equal(find(a.diagnostics, 'format.punctuation')?.severity, INFORMATION, 'the folder setting that turned it off is gone');
    });
  });

  describe('invalid configuration: one clear message, a diagnostic in the file, checking goes on; the CLI says the same and exits 2', () => {
    let t: TempTree;
    let s: TestServer;
    before(async () => {
      t = new TempTree('gongwen-invalid-');
      s = await startServer({ rootUri: t.uri(''), workspaceFolders: [{ uri: t.uri(''), name: 'ws' }], settings: {} });
    });
    after(async () => {
      await s?.stop();
      t?.remove();
    });

    const cases: Array<{ name: string; files: Record<string, string | object>; file: string; key: string; problem: RegExp; at: string }> = [
      { name: 'unknown rule id', files: { '.gongwen.json': { rules: { 'doc.lenght': 'error' } } }, file: '.gongwen.json', key: 'rules.doc.lenght', problem: /未知的规则编号“doc\.lenght”/, at: '"doc.lenght"' },
      { name: 'wrong option type', files: { '.gongwen.json': { rules: { 'doc.length': { special: 'many' } } } }, file: '.gongwen.json', key: 'rules.doc.length.special', problem: /选项 doc\.length\.special 应为不小于 1 的整数，而不是 "many"/, at: '"special"' },
      { name: 'broken JSON', files: { '.gongwen.json': '{\n  "rules": {\n    "format.date": "error"\n' }, file: '.gongwen.json', key: '', problem: /配置文件 JSON 格式有误（第 4 行第 1 列：CloseBraceExpected），暂按默认配置检查/, at: '' },
      { name: 'extends cycle', files: { '.gongwen.json': { extends: './b.gongwen.json' }, 'b.gongwen.json': { extends: './.gongwen.json' } }, file: 'b.gongwen.json', key: 'extends', problem: /extends 形成循环：\.\/\.gongwen\.json → \.\/b\.gongwen\.json → \.\/\.gongwen\.json/, at: '"extends"' },
      { name: 'missing extends target', files: { '.gongwen.json': { extends: './nope.gongwen.json' } }, file: '.gongwen.json', key: 'extends', problem: /extends 指向的文件不存在：\.\/nope\.gongwen\.json/, at: '"extends"' },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        const dir = c.name.replace(/\W+/g, '-');
        for (const [rel, content] of Object.entries(c.files)) t.write(`${dir}/${rel}`, content);
        t.write(`${dir}/notice.txt`, NOTICE);
        const file = t.path(`${dir}/${c.file}`);
        const mark = s.mark();
        const doc = await openAndWait(s, t.uri(`${dir}/notice.txt`), NOTICE);
        assert.ok(find(doc.diagnostics, 'format.doc-number'), 'checking continues');
        await openAndWait(s, t.uri(`${dir}/other.txt`), NOTICE);

        const notices = s.notifications.slice(mark).filter((n) => n.method === 'window/showMessage').map((n) => n.params as ShowMessage).filter((m) => m.message.includes(file));
        assert.equal(notices.length, 1, `one message for the problem, not one per document: ${JSON.stringify(notices)}`);
        const text = serverProblemText(notices[0]!.message);
        assert.ok(text.startsWith(`${file}:`), `names the file: ${text}`);
        if (c.key) assert.ok(text.includes(`: ${c.key}: `), `names the key: ${text}`);
        assert.match(text, c.problem);
        assert.equal(notices[0]!.type, WARNING);

        const inFile = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === `file://${file}` && p.diagnostics.length > 0, { after: mark });
        assert.equal(inFile.diagnostics.length, 1);
        const d = inFile.diagnostics[0]!;
        assert.deepEqual([d.source, d.code, d.severity], ['gongwen', 'config', ERROR]);
        assert.match(messageOf(d), c.problem);
        const pos = /:(\d+):(\d+): /.exec(text)!;
        assert.deepEqual([d.range.start.line + 1, d.range.start.character + 1], [Number(pos[1]), Number(pos[2])], 'the diagnostic sits where the message says');
        if (c.at) {
          const lines = (typeof c.files[c.file] === 'string' ? (c.files[c.file] as string) : JSON.stringify(c.files[c.file], null, 2) + '\n').split('\n');
          assert.equal(lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), c.at);
        }

        const run = cli(['check', `${dir}/notice.txt`], t.root);
        assert.equal(run.status, 2, run.stderr);
        assert.ok(run.stdout.includes('format.doc-number'), 'the CLI checks the file all the same');
        assert.deepEqual(cliProblemTexts(run.stderr), [text], 'the CLI prints the same message');
      });
    }

    it('a problem still there after another change is not told again; creating a missing extends target fixes it', async () => {
      const dir = 'persist';
      const file = t.write(`${dir}/.gongwen.json`, { extends: './team.gongwen.json', rules: { 'format.date': 'error' } });
      const uri = t.uri(`${dir}/notice.txt`);
      const mark = s.mark();
      await openAndWait(s, uri, NOTICE);
      const told = () => s.notifications.slice(mark).filter((n) => n.method === 'window/showMessage' && (n.params as ShowMessage).message.includes(file)).length;
      assert.equal(told(), 1);
      // A settings change re-lints everything: the same problem is not announced again.
      const relint = s.mark();
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { after: relint });
      assert.equal(told(), 1, 'told once while it persists');
      // The missing file appears: the problem is gone and the extended values apply.
      const team = t.write(`${dir}/team.gongwen.json`, { rules: { 'format.heading-sequence': 'off' } });
      const fixed = await filesChanged(s, [team], uri, (p) => !find(p.diagnostics, 'format.heading-sequence'));
      assert.equal(find(fixed.diagnostics, 'format.date')?.severity, ERROR);
      await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === `file://${file}` && p.diagnostics.length === 0);
    });

    it('broken JSON after a good version: the old diagnostics stay (last good content), fixed it is cleared', async () => {
      const dir = 'fallback';
      const file = t.write(`${dir}/.gongwen.json`, { rules: { 'format.date': 'error', 'format.punctuation': 'off' } });
      const uri = t.uri(`${dir}/notice.txt`);
      const good = await openAndWait(s, uri, NOTICE);
      assert.equal(find(good.diagnostics, 'format.date')?.severity, ERROR);
      const mark = s.mark();
      t.write(`${dir}/.gongwen.json`, '{ "rules": { "format.date": "off" ');
      const broken = await filesChanged(s, [file], uri);
      assert.deepEqual(broken.diagnostics.map((d) => [d.code, d.severity]), good.diagnostics.map((d) => [d.code, d.severity]), 'the old diagnostics stay');
      const notice = await s.waitFor<ShowMessage>('window/showMessage', (m) => m.message.includes(file), { after: mark });
      assert.match(notice.message, /暂按上次能读取的内容检查/);
      const inFile = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === `file://${file}` && p.diagnostics.length === 1, { after: mark });
      assert.match(messageOf(inFile.diagnostics[0]!), /JSON 格式有误/);

      const mark2 = s.mark();
      t.write(`${dir}/.gongwen.json`, { rules: { 'format.date': 'info' } });
      const fixed = await filesChanged(s, [file], uri);
      assert.equal(find(fixed.diagnostics, 'format.date')?.severity, INFORMATION);
      await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === `file://${file}` && p.diagnostics.length === 0, { after: mark2 });
    });
  });

  describe('team rules, locale and the CLI', () => {
    let t: TempTree;
    let s: TestServer;
    before(async () => {
      t = new TempTree('gongwen-team-');
      t.write('zh/.gongwen.json', { customRules: [QITA, LOOP], rules: { 'format.punctuation': 'warning' } });
      t.write('en/.gongwen.json', { extends: '../zh/.gongwen.json', locale: 'en' });
      s = await startServer({ rootUri: t.uri(''), workspaceFolders: [{ uri: t.uri(''), name: 'ws' }], settings: {} });
    });
    after(async () => {
      await s?.stop();
      t?.remove();
    });

    it('with replace: a quick fix that leaves the text correct; without: only “ignore on this line”', async () => {
      const uri = t.uri('zh/fix.txt');
      const first = await openAndWait(s, uri, TEAM_TEXT);
      const qita = find(first.diagnostics, 'custom.qita')!;
      assert.equal(qita.severity, WARNING);
      assert.equal(messageOf(qita), '公文中写作“其他”');
      const fixes = (await actionsFor(s, uri, qita, ['quickfix'])).filter((a) => a.title === '改为“其他”');
      assert.equal(fixes.length, 1);
      // A client that drops Diagnostic.data still gets the fix, found again from the rule id in `code`.
      const { data: _dropped, ...bare } = qita;
      const again = (await actionsFor(s, uri, bare, ['quickfix'])).filter((a) => a.title === '改为“其他”');
      assert.deepEqual(again.map((a) => a.edit), fixes.map((a) => a.edit));
      const edits = fixes[0]!.edit!.changes![uri] as LspTextEdit[];
      const text = applyLspEdits(TEAM_TEXT, edits);
      assert.equal(text, TEAM_TEXT.replace('其它', '其他'));
      const after = await changeAndWait(s, uri, text, 2);
      assert.equal(find(after.diagnostics, 'custom.qita'), undefined);

      const loop = find(after.diagnostics, 'custom.closed-loop')!;
      assert.ok(loop);
      const actions = await actionsFor(s, uri, loop, ['quickfix']);
      assert.deepEqual(actions.map((a) => a.title), ['在此行忽略 custom.closed-loop'], 'no replacement, so no fix');
    });

    it('locale: Chinese by default (links to the page), English from the config (links to its English section)', async () => {
      const zh = await openAndWait(s, t.uri('zh/notice.txt'), TEAM_TEXT);
      const en = await openAndWait(s, t.uri('en/notice.txt'), TEAM_TEXT);
      const zDate = find(zh.diagnostics, 'format.date')!;
      const eDate = find(en.diagnostics, 'format.date')!;
      assert.match(messageOf(zDate), /月、日不编虚位/);
      assert.match(messageOf(eDate), /^[\x20-\x7e“”‘’—–…]*?[A-Za-z]{4,}/);
      assert.doesNotMatch(messageOf(eDate), /月、日不编虚位/);
      assert.match(zDate.codeDescription!.href, /^https:\/\/.*\/rules\/format\.date\.html$/);
      assert.match(eDate.codeDescription!.href, /^https:\/\/.*\/rules\/format\.date\.html#english$/);
      assert.equal(messageOf(find(en.diagnostics, 'custom.qita')!), 'Write 其他 in official documents');
      assert.equal(messageOf(find(en.diagnostics, 'custom.closed-loop')!), '“闭环”是套话', 'a plain-string message is the same in both');
      assert.match(find(en.diagnostics, 'custom.qita')!.codeDescription!.href, /#sharing-rules-with-your-team$/);

      const hover = async (uri: string, d: Diagnostic) => hoverText((await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })) as Hover | null);
      const zHover = await hover(t.uri('zh/notice.txt'), zDate);
      const eHover = await hover(t.uri('en/notice.txt'), eDate);
      assert.match(zHover, /\*\*成文日期格式\*\*/);
      // The page on the published site, and beside it the copy shipped with the server (offline).
      assert.match(zHover, /\[规则说明\]\(https:[^)]*\/rules\/format\.date\.html\) · \[本地副本\]\(file:[^)]*\/docs\/rules\/format\.date\.md\)/);
      assert.match(eHover, /\[Rule documentation\]\(https:[^)]*format\.date\.html#english\) · \[local copy\]\(file:[^)]*format\.date\.md#english\)/);
      assert.doesNotMatch(eHover, /\*\*成文日期格式\*\*/);
      const teamHover = await hover(t.uri('en/notice.txt'), find(en.diagnostics, 'custom.qita')!);
      assert.match(teamHover, /\*\*Team rule\*\* `custom\.qita` · defined in/);
      assert.match(teamHover, /\(.*README\.md#sharing-rules-with-your-team\)/);
      assert.doesNotMatch(teamHover, / · \n|· $/m, 'no empty clause');

      const zFix = (await actionsFor(s, t.uri('zh/notice.txt'), zDate, ['quickfix'])).map((a) => a.title);
      const eFix = (await actionsFor(s, t.uri('en/notice.txt'), eDate, ['quickfix'])).map((a) => a.title);
      assert.ok(zFix.some((x) => /^改为/.test(x)), zFix.join(' | '));
      assert.ok(eFix.some((x) => /^[A-Z][a-z]+/.test(x)) && !eFix.some((x) => /^改为/.test(x)), eFix.join(' | '));
    });

    it('the CLI prints the same findings as the server for the same file and configuration', async () => {
      for (const dir of ['zh', 'en']) {
        const text = TEAM_TEXT;
        t.write(`${dir}/same.txt`, text);
        const p = await openAndWait(s, t.uri(`${dir}/same.txt`), text);
        const run = cli(['check', '--format', 'json', `${dir}/same.txt`], t.root);
        assert.equal(run.status, 0, run.stderr);
        const report = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; severity: string; message: string; range: Diagnostic['range'] }> }> };
        const sev = ['', 'error', 'warning', 'info', 'hint'];
        const server = p.diagnostics.map((d) => ({ rule: String(d.code), severity: sev[d.severity!], message: messageOf(d), range: d.range }));
        // The CLI's JSON also carries each finding's fixes (the server offers them as code actions).
        assert.deepEqual(report.files[0]!.diagnostics.map(({ rule, severity, message, range }) => ({ rule, severity, message, range })), server, dir);
        assert.ok(server.some((d) => d.rule === 'custom.qita') && server.some((d) => d.rule === 'format.punctuation' && d.severity === 'warning'));
      }
    });

    it('--config FILE: that file for every path instead of the nearest one', () => {
      const strict = t.write('ci/strict.gongwen.json', { rules: { 'format.date': 'error' }, customRules: [LOOP] });
      const run = cli(['check', '--format', 'json', '--fail-on', 'none', '--config', strict, 'zh/same.txt', 'en/same.txt'], t.root);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; severity: string; message: string }> }> };
      assert.equal(report.files.length, 2, 'both files checked');
      for (const f of report.files) {
        const rules = f.diagnostics.map((d) => d.rule);
        assert.ok(!rules.includes('custom.qita'), 'the nearest file is not used');
        assert.ok(rules.includes('custom.closed-loop'));
        assert.equal(f.diagnostics.find((d) => d.rule === 'format.date')?.severity, 'error');
        assert.match(f.diagnostics.find((d) => d.rule === 'format.date')!.message, /月、日不编虚位/, 'locale from --config’s file, not en/');
      }
      const missing = cli(['check', '--config', 'ci/nope.json', 'zh/same.txt'], t.root);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /gongwen: 无法读取 ci\/nope\.json：没有这个配置文件/);
    });

    it('gongwen config PATH names each value’s source, as text and as JSON', () => {
      t.write('zh/.gongwen.json', { preset: 'jinan-2019', customRules: [QITA, LOOP], rules: { 'format.punctuation': 'warning', 'doc.length': { special: 2800 } } });
      const own = t.path('zh/.gongwen.json');
      const enFile = t.path('en/.gongwen.json');
      const text = cli(['config', 'en/same.txt'], t.root);
      assert.equal(text.status, 0, text.stderr);
      const line = (key: string) => text.stdout.split('\n').find((l) => l.startsWith(`${key} `));
      assert.match(text.stdout, new RegExp(`config file: ${enFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.match(text.stdout, /layers \(weakest first\): preset:jinan-2019 → .*zh\/\.gongwen\.json → .*en\/\.gongwen\.json/);
      const zhText = cli(['config', 'zh/same.txt'], t.root).stdout;
      assert.match(zhText, new RegExp(`配置文件：${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'a Chinese config speaks Chinese');
      assert.match(line('locale') ?? '', /"en"\s+\(.*en\/\.gongwen\.json\)$/);
      assert.match(line('countMode') ?? '', /"word"\s+\(preset:jinan-2019\)$/);
      assert.match(line('rules.doc.length.special') ?? '', /2800\s+\(.*zh\/\.gongwen\.json\)$/);
      assert.match(line('rules.doc.attachment-count.max') ?? '', /3\s+\(preset:jinan-2019\)$/);
      assert.match(line('rules.format.punctuation.severity') ?? '', /"warning"\s+\(.*zh\/\.gongwen\.json\)$/);
      assert.match(line('names.districts') ?? '', /\(default\)$/);
      assert.match(line('customRules.custom.qita') ?? '', /zh\/\.gongwen\.json\)$/);

      const json = cli(['config', 'en/same.txt', '--format', 'json', '--locale', 'zh-cn'], t.root);
      assert.equal(json.status, 0, json.stderr);
      const j = JSON.parse(json.stdout) as { version: number; path: string; configFile: string; layers: string[]; values: Array<{ key: string; value: unknown; source: string }>; problems: string[] };
      assert.equal(j.version, 1);
      assert.equal(j.configFile, enFile);
      assert.deepEqual(j.layers, ['preset:jinan-2019', own, enFile, 'command line']);
      const v = new Map(j.values.map((x) => [x.key, x]));
      assert.deepEqual(v.get('locale'), { key: 'locale', value: 'zh-cn', source: 'command line' });
      assert.deepEqual(v.get('rules.doc.length.special'), { key: 'rules.doc.length.special', value: 2800, source: own });
      assert.deepEqual(j.problems, []);

      const folder = cli(['config', 'zh', '--format', 'json'], t.root);
      assert.equal(folder.status, 0, folder.stderr);
      assert.equal((JSON.parse(folder.stdout) as { configFile: string }).configFile, own, 'a folder: its own .gongwen.json');

      t.write('bad/.gongwen.json', { rules: { 'doc.lenght': 'error' } });
      const bad = cli(['config', 'bad/x.txt', '--format', 'json'], t.root);
      assert.equal(bad.status, 2);
      const problems = (JSON.parse(bad.stdout) as { problems: string[] }).problems;
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, new RegExp(`^${path.join(t.root, 'bad', '.gongwen.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: rules\\.doc\\.lenght: 未知的规则编号`));
    });
  });

  describe('presets per folder: national-2024 alone and stacked with jinan-2019', () => {
    let t: TempTree;
    let s: TestServer;
    const FILL = '为推进城市更新工作，现就有关事项通知如下，请结合实际认真贯彻执行。';
    // A special-work notice of 4,500 字: over 3,000 (Jinan) and 4,000 (national).
    const LONG = `<!-- gongwen kind=document scope=special -->\n关于推进城市更新的通知\n\n各区县人民政府：\n　　${FILL.repeat(200).slice(0, 4500)}\n\n某某市人民政府\n2024年5月6日\n`;
    before(async () => {
      t = new TempTree('gongwen-presets-');
      t.write('nat/.gongwen.json', { preset: 'national-2024' });
      t.write('both/.gongwen.json', { preset: ['national-2024', 'jinan-2019'] });
      s = await startServer({ rootUri: null, workspaceFolders: [{ uri: t.uri('nat'), name: 'nat' }, { uri: t.uri('both'), name: 'both' }] });
    });
    after(async () => {
      await s?.stop();
      t?.remove();
    });

    it('the status bar learns the packs of each folder; a finding cites and the hover quotes each pack it breaks', async () => {
      for (const [folder, packs, cite] of [['nat', ['national-2024'], '（《若干规定》第2条）'], ['both', ['national-2024', 'jinan-2019'], '（《若干规定》第2条；§2）']] as const) {
        const uri = t.uri(`${folder}/notice.txt`);
        const mark = s.mark();
        const p = await openAndWait(s, uri, LONG);
        const info = await s.waitFor<{ uri: string; packs?: string[] }>('gongwen/documentInfo', (x) => x.uri === uri, { after: mark });
        assert.deepEqual(info.packs, packs);
        const d = find(p.diagnostics, 'doc.length');
        assert.ok(d && messageOf(d).endsWith(cite), d && messageOf(d));
        const hover = hoverText(await s.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start }));
        assert.match(hover, /部署专项工作或者具体任务的文件一般不超过4000字/);
        assert.equal(/大力压缩文件篇幅/.test(hover), folder === 'both', hover);
      }
    });

    it('an open meeting notice learns of a document on the same work issued earlier, without being edited', async () => {
      const read = (f: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8').replace(/ *##>.*$/gm, '');
      const meeting = t.uri('nat/meeting.txt');
      const first = await openAndWait(s, meeting, read('rules/meeting.already-documented/straw-meeting.txt'));
      assert.equal(find(first.diagnostics, 'meeting.already-documented'), undefined, 'no document on the work yet');
      const mark = s.mark();
      await openAndWait(s, t.uri('nat/straw-notice.txt'), read('research-workspaces/deploy-straw/straw-notice.txt'));
      const again = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === meeting && find(p.diagnostics, 'meeting.already-documented') !== undefined, { after: mark });
      assert.match(messageOf(find(again.diagnostics, 'meeting.already-documented')!), /《若干规定》严格精简会议/);
    });
  });

  describe('an untrusted workspace (Restricted Mode): extends stays inside the workspace folder until it is trusted', () => {
    let t: TempTree;
    let s: TestServer;
    before(async () => {
      t = new TempTree('gongwen-untrusted-');
      t.write('outside/team.json', { rules: { 'format.date': 'error' } });
      t.write('ws/.gongwen.json', { extends: '../outside/team.json', rules: { 'format.punctuation': 'off' } });
      s = await startServer({ rootUri: null, workspaceFolders: [{ uri: t.uri('ws'), name: 'ws' }], initializationOptions: { trusted: false } });
    });
    after(async () => {
      await s?.stop();
      t?.remove();
    });

    it('the outside file is refused with a message naming it, the rest applies; trusting the workspace applies it at once', async () => {
      const uri = t.uri('ws/notice.txt');
      const mark = s.mark();
      const first = await openAndWait(s, uri, TEAM_TEXT);
      const shown = await s.waitFor<ShowMessage>('window/showMessage', (m) => m.message.includes('工作区未受信任'), { after: mark });
      assert.match(serverProblemText(shown.message), /extends 不能引用工作区文件夹以外的文件（\.\.\/outside\/team\.json）/);
      assert.notEqual(find(first.diagnostics, 'format.date')?.severity, ERROR, 'the outside file is not applied');
      assert.equal(find(first.diagnostics, 'format.punctuation'), undefined, 'the workspace file itself applies');
      const after = s.mark();
      await s.conn.sendNotification('gongwen/trustChanged', { trusted: true });
      const trusted = await s.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && find(p.diagnostics, 'format.date')?.severity === ERROR, { after });
      assert.equal(find(trusted.diagnostics, 'format.punctuation'), undefined);
    });
  });
});
