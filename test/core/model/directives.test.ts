// In-file comments (RULES.md "Document kinds and regions"): the kind/scope directive in the
// first 20 lines, with Chinese aliases, and the markdownlint-style disable/enable comments.

import * as assert from 'node:assert/strict';
import { DisableMap, readDirectives, type DisableEvent } from '../../../server/src/core/directives';
import { buildModel } from '../../../server/src/core/model/build';
import type { CommentLine } from '../../../server/src/core/text/paragraphs';

/** A comment on a 0-based line, as the paragraph splitter reports it. */
function c(line: number, body: string): CommentLine {
  return { line, start: 0, end: 0, body };
}

describe('readDirectives: the kind/scope directive', () => {
  it('reads kind and scope from the English keys', () => {
    const { directive } = readDirectives([c(0, 'gongwen kind=agenda scope=comprehensive')]);
    assert.equal(directive?.kind, 'agenda');
    assert.equal(directive?.scope, 'comprehensive');
  });

  it('reads the Chinese keys and values (类型=议程 范围=综合性)', () => {
    const { directive } = readDirectives([c(2, 'gongwen 类型=调研 范围=专项')]);
    assert.equal(directive?.kind, 'research');
    assert.equal(directive?.scope, 'special');
  });

  it('accepts the full-width equals sign and upper-case words', () => {
    const { directive } = readDirectives([c(0, 'gongwen KIND＝Document Scope=SPECIAL')]);
    assert.equal(directive?.kind, 'document');
    assert.equal(directive?.scope, 'special');
  });

  it('keeps the comment holding the directive (a fix edits it)', () => {
    const comment = c(4, 'gongwen scope=全局性');
    const { directive } = readDirectives([c(1, 'an ordinary note'), comment]);
    assert.equal(directive?.comment, comment);
    assert.equal(directive?.scope, 'comprehensive');
    assert.equal(directive?.kind, undefined);
  });

  it('ignores unknown values and malformed pairs, keeping what an earlier pair set', () => {
    // kind=bogus names no kind; "scope" alone and a=b=c are not key=value pairs; level is no key.
    const { directive } = readDirectives([c(0, 'gongwen kind=meeting kind=bogus scope a=b=c scope=whole level=special')]);
    assert.equal(directive?.kind, 'agenda');
    assert.equal(directive?.scope, undefined);
  });

  it('is read in the first 20 lines only (0-based line 19 is the 20th)', () => {
    assert.equal(readDirectives([c(19, 'gongwen kind=agenda')]).directive?.kind, 'agenda');
    assert.equal(readDirectives([c(20, 'gongwen kind=agenda')]).directive, null);
  });

  it('takes the first directive when there are two', () => {
    const { directive } = readDirectives([c(0, 'gongwen kind=agenda'), c(1, 'gongwen kind=research scope=special')]);
    assert.equal(directive?.kind, 'agenda');
    assert.equal(directive?.scope, undefined);
  });

  it('needs the word gongwen followed by a space: other comments are not directives', () => {
    assert.equal(readDirectives([c(0, 'gongwenkind=agenda'), c(1, 'kind=agenda'), c(2, 'note: gongwen kind=agenda')]).directive, null);
  });

  it('finds the directive in an HTML comment of the text itself', () => {
    const model = buildModel('<!-- gongwen 类型=会议 -->\n全市防汛工作会议议程\n');
    assert.equal(readDirectives(model.comments).directive?.kind, 'agenda');
  });
});

describe('readDirectives: disable comments', () => {
  it('maps the four comment types to events on their lines', () => {
    const { events, directive } = readDirectives([
      c(3, 'gongwen-disable doc.length'),
      c(5, 'gongwen-enable doc.length'),
      c(7, 'gongwen-disable-next-line format.date'),
      c(9, 'gongwen-disable-line format.punctuation'),
    ]);
    assert.equal(directive, null);
    assert.deepEqual(events, [
      { line: 3, type: 'disable', rules: ['doc.length'] },
      { line: 5, type: 'enable', rules: ['doc.length'] },
      { line: 7, type: 'next-line', rules: ['format.date'] },
      { line: 9, type: 'line', rules: ['format.punctuation'] },
    ]);
  });

  it('reads several rule ids separated by spaces, commas or full-width commas', () => {
    const { events } = readDirectives([c(0, 'gongwen-disable doc.length,format.date， format.punctuation  doc.one-vote-veto')]);
    assert.deepEqual(events[0]!.rules, ['doc.length', 'format.date', 'format.punctuation', 'doc.one-vote-veto']);
  });

  it('without rule ids means every rule (null)', () => {
    const { events } = readDirectives([c(0, 'gongwen-disable'), c(1, 'gongwen-enable   ')]);
    assert.deepEqual(events, [
      { line: 0, type: 'disable', rules: null },
      { line: 1, type: 'enable', rules: null },
    ]);
  });

  it('a disable comment is not a directive, even in the first lines', () => {
    assert.equal(readDirectives([c(0, 'gongwen-disable kind=agenda')]).directive, null);
  });

  it('is read anywhere in the file, not only in the first 20 lines', () => {
    assert.deepEqual(readDirectives([c(250, 'gongwen-disable-next-line')]).events, [{ line: 250, type: 'next-line', rules: null }]);
  });

  it('other words after gongwen- are not events', () => {
    assert.deepEqual(readDirectives([c(0, 'gongwen-disabled doc.length'), c(1, 'gongwen-off')]).events, []);
  });
});

describe('DisableMap', () => {
  const ev = (line: number, type: DisableEvent['type'], rules: string[] | null = null): DisableEvent => ({ line, type, rules });

  it('is empty without events', () => {
    assert.equal(new DisableMap([]).empty, true);
    assert.equal(new DisableMap([ev(0, 'enable')]).empty, false);
    assert.equal(new DisableMap([]).isDisabled('doc.length', 0), false);
  });

  it('disable holds from its own line on, until an enable', () => {
    const m = new DisableMap([ev(3, 'disable'), ev(6, 'enable')]);
    assert.deepEqual([2, 3, 4, 5, 6, 7].map((l) => m.isDisabled('format.date', l)), [false, true, true, true, false, false]);
  });

  it('a rule list limits the comment to those rules', () => {
    const m = new DisableMap([ev(1, 'disable', ['doc.length', 'format.date'])]);
    assert.equal(m.isDisabled('doc.length', 5), true);
    assert.equal(m.isDisabled('format.date', 5), true);
    assert.equal(m.isDisabled('format.punctuation', 5), false);
  });

  it('enabling one rule after disabling all leaves the others disabled', () => {
    const m = new DisableMap([ev(1, 'disable'), ev(4, 'enable', ['doc.length'])]);
    assert.equal(m.isDisabled('doc.length', 5), false);
    assert.equal(m.isDisabled('format.date', 5), true);
    assert.equal(m.isDisabled('doc.length', 3), true);
  });

  it('an enable of all rules ends a disable of one', () => {
    const m = new DisableMap([ev(1, 'disable', ['doc.length']), ev(4, 'enable')]);
    assert.equal(m.isDisabled('doc.length', 2), true);
    assert.equal(m.isDisabled('doc.length', 4), false);
  });

  it('disable-next-line covers only the next line', () => {
    const m = new DisableMap([ev(7, 'next-line', ['format.date'])]);
    assert.deepEqual([6, 7, 8, 9].map((l) => m.isDisabled('format.date', l)), [false, false, true, false]);
    assert.equal(m.isDisabled('doc.length', 8), false);
  });

  it('disable-line covers only its own line', () => {
    const m = new DisableMap([ev(7, 'line')]);
    assert.deepEqual([6, 7, 8].map((l) => m.isDisabled('format.date', l)), [false, true, false]);
  });

  it('a next-line comment inside an enabled stretch does not switch the rule off further down', () => {
    const m = new DisableMap([ev(2, 'next-line'), ev(5, 'line')]);
    assert.equal(m.isDisabled('doc.length', 10), false);
  });

  it('next-line and line comments win over an enable around them', () => {
    const m = new DisableMap([ev(0, 'enable'), ev(3, 'next-line'), ev(8, 'line')]);
    assert.equal(m.isDisabled('doc.length', 4), true);
    assert.equal(m.isDisabled('doc.length', 8), true);
  });

  it('a later disable does not reach back to earlier lines', () => {
    const m = new DisableMap([ev(10, 'disable')]);
    assert.equal(m.isDisabled('doc.length', 9), false);
    assert.equal(m.isDisabled('doc.length', 10), true);
  });
});
