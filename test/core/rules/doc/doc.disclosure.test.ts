// doc.disclosure (§5, GB 7.3.6): a dated document without a 公开属性 note gets one finding at
// its date, with three fixes that insert the note below the date in the text's own layout
// (line break style, blank lines between lines, one-line documents).

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'doc.disclosure';
const NOTES = ['（此件公开发布）', '（此件依申请公开）', '（此件不予公开）'];
const HEAD = '关于做好防汛工作的通知\n各区县水务局：\n　　请做好防汛工作。\n';

describe('doc.disclosure', () => {
  it('reports the date and offers the three notes on the next line, in this order', () => {
    const text = `${HEAD}济南市水务局\n2026年5月6日\n`;
    const fs = lint(text, RULE);
    assert.equal(fs.length, 1);
    const f = fs[0]!;
    assert.deepEqual([f.line, f.column, f.text, f.severity], [5, 1, '2026年5月6日', 'info']);
    assert.equal(f.zh, '未标注公开属性；请在成文日期下一行附注“（此件公开发布）”“（此件依申请公开）”或“（此件不予公开）”（§5, GB 7.3.6）');
    assert.equal(f.en, 'No disclosure status; add （此件公开发布）, （此件依申请公开） or （此件不予公开） below the date (§5, GB 7.3.6)');
    assert.deepEqual(f.fixes.map((x) => [x.zh, x.en]), NOTES.map((n) => [`插入“${n}”`, `Insert ${n}`]));
    assert.deepEqual(f.fixes.map((x) => x.output), NOTES.map((n) => `${HEAD}济南市水务局\n2026年5月6日\n${n}\n`));
  });

  it('inserts before the 版记 that follows, in CRLF', () => {
    const text = `${HEAD}济南市水务局\n2026年5月6日\n抄送：市应急局。\n`.replace(/\n/g, '\r\n');
    const f = lint(text, RULE)[0]!;
    assert.equal(f.fixes[0]!.output, `${HEAD}济南市水务局\n2026年5月6日\n（此件公开发布）\n抄送：市应急局。\n`.replace(/\n/g, '\r\n'));
  });

  it('keeps a blank line between lines when the text has one between the signature and the date', () => {
    const text = '关于做好防汛工作的通知\n\n各区县水务局：\n\n　　请做好防汛工作。\n\n济南市水务局\n\n2026年5月6日\n';
    const f = lint(text, RULE)[0]!;
    assert.equal(f.line, 9);
    assert.equal(f.fixes[0]!.output, '关于做好防汛工作的通知\n\n各区县水务局：\n\n　　请做好防汛工作。\n\n济南市水务局\n\n2026年5月6日\n\n（此件公开发布）\n');
  });

  it('does not take a comment line between the signature and the date for blank-line layout', () => {
    const text = `${HEAD}济南市水务局\n<!-- 落款 -->\n2026年5月6日\n`;
    assert.equal(lint(text, RULE)[0]!.fixes[0]!.output, `${text}（此件公开发布）\n`);
  });

  it('inserts on the same line, with the same separator, in a one-line document', () => {
    const text = '关于做好防汛工作的通知　　各区县水务局：　　请做好防汛工作。　　济南市水务局　　2026年5月6日　　抄送：市应急局。';
    const f = lint(text, RULE)[0]!;
    assert.deepEqual([f.line, f.column, f.text], [1, 41, '2026年5月6日']);
    assert.equal(f.fixes[2]!.output, '关于做好防汛工作的通知　　各区县水务局：　　请做好防汛工作。　　济南市水务局　　2026年5月6日　　（此件不予公开）　　抄送：市应急局。');
  });

  it('keeps the separator after the date in a one-line document, not the one before it', () => {
    const text = '关于做好防汛工作的通知　　各区县水务局：　　请做好防汛工作。　　济南市水务局　　2026年5月6日　　　　抄送：市应急局。';
    const f = lint(text, RULE)[0]!;
    assert.equal(f.fixes[0]!.output, '关于做好防汛工作的通知　　各区县水务局：　　请做好防汛工作。　　济南市水务局　　2026年5月6日　　　　（此件公开发布）　　　　抄送：市应急局。');
  });

  it('starts the note at the line start under an indented date', () => {
    const text = `${HEAD}济南市水务局\n　　　　2026年5月6日\n`;
    const f = lint(text, RULE)[0]!;
    assert.deepEqual([f.line, f.column], [5, 5]);
    assert.equal(f.fixes[0]!.output, `${text}（此件公开发布）\n`);
  });

  it('inserts after the date when the signature shares its line and nothing follows', () => {
    const text = `${HEAD}济南市水务局　　2026年5月6日\n`;
    const f = lint(text, RULE)[0]!;
    assert.deepEqual([f.line, f.column], [4, 9]);
    assert.equal(f.fixes[0]!.output, `${HEAD}济南市水务局　　2026年5月6日　　（此件公开发布）\n`);
  });

  it('does not count the status written in the body or the title', () => {
    assert.equal(lint(`${HEAD.replace('。', '，此件公开发布。')}济南市水务局\n2026年5月6日\n`, RULE).length, 1);
    assert.equal(lint(`关于此件公开发布的通知\n各区县水务局：\n　　请做好防汛工作。\n济南市水务局\n2026年5月6日\n`, RULE).length, 1);
  });

  it('takes the status from the 附注 or a 版记 line', () => {
    assert.deepEqual(lint(`${HEAD}济南市水务局\n2026年5月6日\n（此件不予公开）\n`, RULE), []);
    assert.deepEqual(lint(`${HEAD}济南市水务局\n2026年5月6日\n抄送：市应急局。\n济南市水务局办公室　　2026年5月6日印发\n公开方式：主动公开\n`, RULE), []);
  });

  it('skips a document classified in its 版头, but not one with the word after its date', () => {
    assert.deepEqual(lint(`秘密\n${HEAD}济南市水务局\n2026年5月6日\n`, RULE), []);
    assert.deepEqual(lint(`机密★1年\n${HEAD}济南市水务局\n2026年5月6日\n`, RULE), []);
    assert.equal(lint(`${HEAD}济南市水务局\n2026年5月6日\n秘密\n`, RULE).length, 1);
  });

  it('needs a date of issue', () => {
    assert.deepEqual(lint(`${HEAD}济南市水务局\n`, RULE), []);
  });
  it('does not take a body sentence that starts with a 密级 word for the document\'s 密级', () => {
    // 绝密★… at the start of a body paragraph is what the text is about, not the 版头 mark.
    const text = '关于做好防汛工作的通知\n各区县水务局：\n　　绝密★级文件由专人传递，不得复印。\n济南市水务局\n2026年5月6日\n';
    assert.equal(lint(text, RULE).length, 1);
  });
});
