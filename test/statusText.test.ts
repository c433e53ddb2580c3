// The client's pure parts: the status bar wording (in English and, through the shipped
// l10n bundle, in Chinese), the completeness of that bundle, and which settings the client
// passes to the server.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { explicitSettings, settingKeys, type InspectLike } from '../client/src/settings';
import { isOverLimit, offText, offTooltip, statusText, statusTooltip, translatorFor, type Translate } from '../client/src/statusText';
import type { DocumentInfo } from '../server/src/protocol';
import { readJson, ROOT } from './helpers/paths';

const CLIENT_SRC = path.join(ROOT, 'client', 'src');
const zhBundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

function fill(message: string, args?: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (args && k in args ? String(args[k]) : m));
}

const en: Translate = (m, args) => fill(m, args);
/** vscode.l10n.t with the Chinese bundle; fails on a string the bundle lacks. */
const zh: Translate = (m, args) => {
  const s = zhBundle[m];
  assert.ok(s !== undefined, `no Chinese translation for "${m}"`);
  return fill(s, args);
};

function info(over: Partial<DocumentInfo> = {}): DocumentInfo {
  return {
    uri: 'file:///x.gw',
    version: 1,
    kind: 'document',
    kindSource: 'detected',
    scope: 'special',
    scopeSource: 'directive',
    counts: { body: 2845, attachments: 0, attachmentCount: 0 },
    limit: 3000,
    comprehensiveLimit: 5000,
    countMode: 'word',
    locale: 'zh-cn',
    ...over,
  };
}

describe('status bar text', () => {
  it('a special-topic document: kind, scope, count against the limit', () => {
    assert.equal(statusText(info(), zh), '公文 · 专项 2,845 / 3,000 字');
    assert.equal(statusText(info(), en), 'Document · special 2,845 / 3,000 chars');
  });

  it('a comprehensive document', () => {
    assert.equal(statusText(info({ scope: 'comprehensive', limit: 5000, counts: { body: 4700, attachments: 0, attachmentCount: 0 } }), zh), '公文 · 全局性 4,700 / 5,000 字');
  });

  it('scope undeclared: both limits shown', () => {
    const i = info({ scope: null, scopeSource: 'default', counts: { body: 3412, attachments: 0, attachmentCount: 0 } });
    assert.equal(statusText(i, zh), '公文 · 未声明范围 3,412 / 3,000–5,000 字');
    assert.equal(statusText(i, en), 'Document · scope undeclared 3,412 / 3,000–5,000 chars');
  });

  it('agendas and research plans: no limit; research plans have no scope', () => {
    assert.equal(statusText(info({ kind: 'agenda', scope: 'comprehensive', limit: null, comprehensiveLimit: null, counts: { body: 1234, attachments: 0, attachmentCount: 0 } }), zh), '会议议程 · 综合性会议 1,234 字');
    assert.equal(statusText(info({ kind: 'agenda', scope: 'special', limit: null, comprehensiveLimit: null }), zh), '会议议程 · 专项工作会议 2,845 字');
    assert.equal(statusText(info({ kind: 'agenda', scope: null, limit: null, comprehensiveLimit: null }), en), 'Agenda · scope undeclared 2,845 chars');
    assert.equal(statusText(info({ kind: 'research', scope: null, limit: null, comprehensiveLimit: null, counts: { body: 800, attachments: 0, attachmentCount: 0 } }), zh), '调研方案 800 字');
  });

  it('a skipped file', () => {
    const i = info({ skipped: '文件过大' });
    assert.equal(statusText(i, zh), '$(circle-slash) 公文检查');
    assert.equal(statusTooltip(i, zh), '未检查：文件过大');
    assert.equal(isOverLimit(i), false);
  });

  it('over the limit that applies', () => {
    assert.equal(isOverLimit(info({ counts: { body: 3001, attachments: 0, attachmentCount: 0 } })), true);
    assert.equal(isOverLimit(info({ counts: { body: 3000, attachments: 0, attachmentCount: 0 } })), false);
    // Undeclared scope: only past the comprehensive limit (below it the rule asks to declare the scope).
    assert.equal(isOverLimit(info({ scope: null, counts: { body: 4000, attachments: 0, attachmentCount: 0 } })), false);
    assert.equal(isOverLimit(info({ scope: null, counts: { body: 5001, attachments: 0, attachmentCount: 0 } })), true);
    assert.equal(isOverLimit(info({ kind: 'agenda', limit: null, comprehensiveLimit: null, counts: { body: 99999, attachments: 0, attachmentCount: 0 } })), false);
  });

  it('tooltip: where kind and scope came from, attachments, count mode', () => {
    const tip = statusTooltip(info({ counts: { body: 2845, attachments: 1200, attachmentCount: 2 } }), zh);
    assert.equal(tip, ['正文字数（点击查看计数方法）', '类型：公文（自动识别）', '范围：专项（文件内指令）', '附件：2 个，共 1,200 字', '计数方式：按字处理软件的字数'].join('\n'));
    const research = statusTooltip(info({ kind: 'research', scope: null, countMode: 'han' }), en);
    assert.ok(!research.includes('Scope'));
    assert.ok(research.includes('Han characters only'));
  });

  it('tooltip: the rule packs the folder\'s preset turns on, stacked ones joined', () => {
    assert.equal(statusTooltip(info({ packs: ['national-2024'] }), zh).split('\n').pop(), '规则：全国《若干规定》2024（national-2024）');
    assert.equal(statusTooltip(info({ packs: ['national-2024', 'jinan-2019'] }), en).split('\n').pop(), 'Rules: National Provisions 2024 (national-2024) + Jinan rules 2019 (jinan-2019)');
    assert.ok(!statusTooltip(info(), zh).includes('规则：'));
  });
});

describe('status bar language', () => {
  it('follows gongwen.locale: Chinese by default, English when the messages are English', () => {
    assert.equal(statusText(info(), translatorFor('zh-cn', zhBundle)), '公文 · 专项 2,845 / 3,000 字');
    assert.equal(statusText(info({ locale: 'en' }), translatorFor('en', zhBundle)), 'Document · special 2,845 / 3,000 chars');
  });
});

describe('client l10n bundle', () => {
  /** Every string literal passed to t(…) or vscode.l10n.t(…) in client/src. */
  function usedStrings(): Set<string> {
    const used = new Set<string>();
    for (const f of readdirSync(CLIENT_SRC).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(path.join(CLIENT_SRC, f), 'utf8');
      for (const m of src.matchAll(/\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
    }
    return used;
  }

  it('translates every client string into Chinese, and holds no unused entries', () => {
    const used = usedStrings();
    assert.ok(used.size > 20, `found only ${used.size} strings`);
    const missing = [...used].filter((s) => !(s in zhBundle));
    assert.deepEqual(missing, [], 'client strings without a Chinese translation in l10n/bundle.l10n.zh-cn.json');
    const unused = Object.keys(zhBundle).filter((k) => !used.has(k));
    assert.deepEqual(unused, [], 'bundle entries no client code uses');
  });

  it('keeps the placeholders of each string', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    assert.ok(Object.keys(zhBundle).some((k) => names(k) !== ''), 'no string with placeholders to compare');
    for (const [k, v] of Object.entries(zhBundle)) assert.equal(names(v), names(k), `placeholders of "${k}"`);
  });

  it('package.json points VS Code at the bundle folder', () => {
    const pkg = readJson('package.json') as { l10n?: string };
    assert.equal(path.resolve(ROOT, pkg.l10n ?? ''), path.join(ROOT, 'l10n'));
  });
});

describe('status bar while checking is switched off (gongwen.toggle)', () => {
  it('says so, in the messages’ language, and tells how to turn it back on', () => {
    assert.equal(offText(zh), '$(circle-slash) 公文检查已关闭');
    assert.equal(offText(en), '$(circle-slash) gongwen: off');
    assert.equal(offTooltip(zh), '本工作区已关闭公文检查。点击重新开启。');
  });
});

describe('client settings for the server', () => {
  const pkg = readJson('package.json') as unknown;

  it('knows every contributed gongwen.* setting', () => {
    assert.deepEqual(settingKeys(pkg), ['rules', 'countMode', 'locale', 'kinds', 'include', 'exclude', 'maxFileSize', 'names', 'customRules', 'review', 'enable', 'run']);
    assert.deepEqual(settingKeys({}), []);
  });

  it('passes only the values that are set somewhere, never the declared defaults', () => {
    const inspected: Record<string, InspectLike> = {
      rules: { workspaceFolderValue: { 'doc.length': 'error' } },
      countMode: {}, // only the default
      locale: { globalValue: 'en' },
      maxFileSize: { workspaceValue: 10 },
    };
    const values: Record<string, unknown> = { rules: { 'doc.length': 'error' }, countMode: 'word', locale: 'en', maxFileSize: 10, include: ['**/*.txt'] };
    const out = explicitSettings(settingKeys(pkg), (k) => inspected[k], (k) => values[k]);
    assert.deepEqual(out, { rules: { 'doc.length': 'error' }, locale: 'en', maxFileSize: 10 });
  });
});
