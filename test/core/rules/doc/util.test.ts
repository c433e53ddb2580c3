// The shared helpers of the rules: how counts are printed in messages and how a clause is cited.

import * as assert from 'node:assert/strict';
import { RULES, ruleById } from '../../../../server/src/core/rules/registry';
import { fmt, msg, withClause } from '../../../../server/src/core/rules/kit/util';

describe('rules/util', () => {
  it('prints counts with a thousands separator, as the messages and the status bar show them', () => {
    assert.equal(fmt(4713), '4,713');
    assert.equal(fmt(999), '999');
    assert.equal(fmt(1234567), '1,234,567');
    assert.equal(fmt(0), '0');
    assert.equal(fmt(1000), '1,000');
    assert.equal(fmt(-4713), '-4,713');
    assert.equal(fmt(12.1), '12.1', 'decimals as en-US prints them, without float noise');
    assert.equal(fmt(3000.25), '3,000.25');
  });

  it('cites the clause in full-width brackets in Chinese and in a spaced ASCII bracket in English', () => {
    assert.deepEqual(withClause(msg('附件过多', 'Too many attachments'), '§2'), { zh: '附件过多（§2）', en: 'Too many attachments (§2)' });
  });
});

describe('rules/registry', () => {
  it('finds each registered rule by its id', () => {
    for (const id of ['doc.length', 'format.punctuation', 'meeting.duration', 'research.showcase']) {
      assert.equal(ruleById(id)?.id, id);
    }
  });

  it('finds nothing for an id that is not registered', () => {
    assert.equal(ruleById('doc.unknown'), undefined);
  });

  it('holds every rule once', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('doc.length') && ids.includes('format.punctuation'));
  });
});
