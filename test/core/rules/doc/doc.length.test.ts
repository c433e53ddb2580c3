// doc.length (§2): the body against the limit of the declared scope, or, undeclared, a warning
// over the comprehensive limit and a hint with a scope-directive fix between the two limits.
// Small limits (special 10, comprehensive 20) keep the bodies short; each body is counted by
// hand in the default word mode (a Han character or a full-width mark is one 字).

import * as assert from 'node:assert/strict';
import { documentAnchor, scopeDirectiveFix } from '../../../../server/src/core/rules/doc.length';
import { buildModel } from '../../../../server/src/core/model/build';
import { lint } from './lint';

const RULE = 'doc.length';
const config = { rules: { 'doc.length': { special: 10, comprehensive: 20 } } };
/** 10 字: ten Han characters. */
const TEN = '各单位要做好防汛工作';

function doc(body: string, head = ''): string {
  return `${head}关于做好防汛工作的通知\n各区县水务局：\n　　${body}\n济南市水务局\n2026年5月6日\n`;
}

const run = (text: string) => lint(text, RULE, { config });

describe('doc.length', () => {
  it('stays silent at the special limit when the scope is undeclared', () => {
    assert.deepEqual(run(doc(TEN)), []);
  });

  it('hints one 字 over the special limit, at the title, with a fix declaring the document comprehensive', () => {
    const fs = run(doc(`${TEN}。`));
    assert.equal(fs.length, 1);
    const f = fs[0]!;
    assert.deepEqual([f.line, f.column, f.text, f.severity], [1, 1, '关于做好防汛工作的通知', 'info']);
    assert.equal(f.zh, '正文 11 字，超过专项工作文件上限 10 字；如属全局性工作，请声明范围为全局性（上限 20 字），否则请压缩篇幅（§2）');
    assert.equal(f.en, 'Body has 11 字, over the 10 字 limit for special-topic documents; declare the document comprehensive (limit 20 字) if it is, or shorten it (§2)');
    assert.deepEqual(f.fixes.map((x) => [x.zh, x.en, x.output]), [
      ['声明为全局性文件（插入范围指令）', 'Declare the document comprehensive (全局性)', `<!-- gongwen 范围=全局性 -->\n${doc(`${TEN}。`)}`],
    ]);
  });

  it('warns over the comprehensive limit when undeclared, without a fix; at it, only hints', () => {
    assert.deepEqual(run(doc(TEN + TEN)).map((f) => [f.severity, f.fixes.length]), [['info', 1]]);
    const fs = run(doc(`${TEN}${TEN}。`));
    assert.deepEqual(fs.map((f) => [f.severity, f.zh, f.en, f.fixes.length]), [
      ['warning', '正文 21 字，超过全局性文件上限 20 字，请压缩篇幅（§2）', 'Body has 21 字, over the 20 字 limit even for comprehensive documents; shorten it (§2)', 0],
    ]);
  });

  it('holds a document declared special to the special limit', () => {
    const head = '<!-- gongwen 范围=专项 -->\n';
    assert.deepEqual(run(doc(TEN, head)), []);
    assert.deepEqual(run(doc(`${TEN}。`, head)).map((f) => [f.line, f.severity, f.zh, f.en, f.fixes.length]), [
      [2, 'warning', '正文 11 字，超过专项工作文件上限 10 字，请压缩篇幅（§2）', 'Body has 11 字, over the 10 字 limit for special-topic documents; shorten it (§2)', 0],
    ]);
  });

  it('holds a document declared comprehensive to the comprehensive limit only', () => {
    const head = '<!-- gongwen 范围=全局性 -->\n';
    assert.deepEqual(run(doc(`${TEN}。`, head)), []);
    assert.deepEqual(run(doc(TEN + TEN, head)), []);
    assert.deepEqual(run(doc(`${TEN}${TEN}。`, head)).map((f) => [f.severity, f.zh, f.en]), [
      ['warning', '正文 21 字，超过全局性文件上限 20 字，请压缩篇幅（§2）', 'Body has 21 字, over the 20 字 limit for comprehensive documents; shorten it (§2)'],
    ]);
  });

  it('uses the default limits of §2 without settings', () => {
    // 3,001 字 undeclared: the hint names both default limits.
    const fs = lint(doc('做'.repeat(3001)), RULE);
    assert.equal(fs[0]?.zh, '正文 3,001 字，超过专项工作文件上限 3,000 字；如属全局性工作，请声明范围为全局性（上限 5,000 字），否则请压缩篇幅（§2）');
    assert.deepEqual(lint(doc('做'.repeat(3000)), RULE), []);
  });

  it('writes the scope into an existing directive, dropping a scope it could not read', () => {
    const f = run(doc(`${TEN}。`, '<!-- gongwen 范围=未知 -->\n'))[0]!;
    assert.equal(f.fixes[0]!.output, `<!-- gongwen 范围=全局性 -->\n${doc(`${TEN}。`)}`);
    const g = run(doc(`${TEN}。`, '<!-- gongwen kind=document -->\n'))[0]!;
    assert.equal(g.fixes[0]!.output, `<!-- gongwen kind=document 范围=全局性 -->\n${doc(`${TEN}。`)}`);
  });

  it('drops a malformed scope with its spacing', () => {
    const f = run(doc(`${TEN}。`, '<!-- gongwen kind=document  scope  =  unknown -->\n'))[0]!;
    assert.equal(f.fixes[0]!.output, `<!-- gongwen kind=document 范围=全局性 -->\n${doc(`${TEN}。`)}`);
  });

  it('takes only a gongwen comment for the directive', () => {
    const f = run(doc(`${TEN}。`, '<!-- 草稿 -->\n'))[0]!;
    assert.equal(f.fixes[0]!.output, `<!-- gongwen 范围=全局性 -->\n<!-- 草稿 -->\n${doc(`${TEN}。`)}`);
    // A comment that only mentions gongwen is not a directive either.
    const g = run(doc(`${TEN}。`, '<!-- 本文已用 gongwen 检查 -->\n'))[0]!;
    assert.equal(g.fixes[0]!.output, `<!-- gongwen 范围=全局性 -->\n<!-- 本文已用 gongwen 检查 -->\n${doc(`${TEN}。`)}`);
  });

  it('inserts a new directive after a BOM and in the text\'s CRLF line breaks', () => {
    const text = `\ufeff${doc(`${TEN}。`)}`.replace(/\n/g, '\r\n');
    const f = run(text)[0]!;
    assert.deepEqual([f.line, f.column], [1, 2]);
    assert.equal(f.fixes[0]!.output, `\ufeff<!-- gongwen 范围=全局性 -->\r\n${doc(`${TEN}。`).replace(/\n/g, '\r\n')}`);
  });

  it('takes a gongwen comment on line 21 or later for no directive, as the directive reader does', () => {
    // doc() is 5 lines; 15 blank lines put the comment on line 21 (0-based 20).
    const late = `${doc(`${TEN}。`)}${'\n'.repeat(15)}<!-- gongwen kind=document -->\n`;
    const f = run(late)[0]!;
    assert.equal(f.fixes[0]!.output, `<!-- gongwen 范围=全局性 -->\n${late}`);
  });
});

describe('doc.length: scopeDirectiveFix', () => {
  it('declares either scope, in a new first line', () => {
    const model = buildModel('关于做好防汛工作的通知\n');
    assert.deepEqual(scopeDirectiveFix(model, 'special', null), {
      title: { zh: '声明为专项文件（插入范围指令）', en: 'Declare the document special (专项)' },
      edits: [{ start: 0, end: 0, newText: '<!-- gongwen 范围=专项 -->\n' }],
    });
    assert.equal(scopeDirectiveFix(model, 'comprehensive', null).title.en, 'Declare the document comprehensive (全局性)');
  });
});

describe('doc.length: documentAnchor', () => {
  it('spans the whole title, across its lines', () => {
    const text = '关于做好防汛工作的\n通知\n各区县水务局：\n　　正文。\n';
    const a = documentAnchor(buildModel(text));
    assert.equal(text.slice(a.start, a.end), '关于做好防汛工作的\n通知');
  });

  it('falls back to the first body paragraph without a title', () => {
    const text = '各区县水务局：\n　　各单位要做好防汛工作。\n　　第二段。\n';
    const a = documentAnchor(buildModel(text));
    assert.equal(text.slice(a.start, a.end), '各单位要做好防汛工作。');
  });

  it('falls back to the first paragraph without a title or a body', () => {
    const text = '各区县水务局：\n';
    const a = documentAnchor(buildModel(text));
    assert.equal(text.slice(a.start, a.end), '各区县水务局：');
  });

  it('is empty at the start of an empty text', () => {
    assert.deepEqual(documentAnchor(buildModel('')), { start: 0, end: 0 });
  });
});
