// Traditional to simplified, one character for one, for matching phrases in texts typed or
// pasted in traditional characters. Expected forms are the standard simplified ones.

import { strict as assert } from 'node:assert';
import { foldTraditional, hasTraditional } from '../../../server/src/core/text/tradSimp';

describe('hasTraditional', () => {
  const rows: Array<[string, boolean, string]> = [
    ['一票否決', true, '決 is traditional'],
    ['簽訂責任狀', true, 'every character traditional'],
    ['一票否决', false, 'all simplified'],
    ['', false, 'empty'],
    ['abc，。', false, 'no Han'],
    ['各區縣', true, 'the traditional character is not the first one'],
    ['基层減负', true, 'one traditional character in the middle'],
  ];
  for (const [s, t, why] of rows) it(`${JSON.stringify(s)} → ${t} (${why})`, () => assert.equal(hasTraditional(s), t));
});

describe('foldTraditional', () => {
  const rows: Array<[string, string, string]> = [
    ['一票否決', '一票否决', 'one character'],
    ['簽訂責任狀', '签订责任状', 'every character'],
    ['鄉鎮（街道）', '乡镇（街道）', 'brackets and simplified characters are kept'],
    ['國務院辦公廳關於', '国务院办公厅关于', 'a run of traditional characters'],
    ['基层减负', '基层减负', 'simplified text is unchanged'],
    ['2024年會議', '2024年会议', 'digits and 年 are kept'],
    ['', '', 'empty'],
  ];
  for (const [s, out, why] of rows) {
    it(`${JSON.stringify(s)} → ${JSON.stringify(out)} (${why})`, () => {
      const f = foldTraditional(s);
      assert.equal(f, out);
      assert.equal(f.length, s.length, 'one unit for one');
    });
  }
  it('keeps an astral character whole', () => assert.equal(foldTraditional('𠮷會'), '𠮷会'));
});
