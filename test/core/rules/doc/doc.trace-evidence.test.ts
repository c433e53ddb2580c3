// doc.trace-evidence (§21): records, media or leaders' 批示 taken as the measure of work, work
// media posted to chat groups, boards on the wall. One finding per sentence, at the first thing
// it names; law-enforcement evidence is not box-ticking.

import * as assert from 'node:assert/strict';
import { lint } from './lint';

const RULE = 'doc.trace-evidence';

function doc(lines: string[]): string {
  return `济南市城市管理局关于印发城市管理工作考核细则的通知\n各区县城市管理局：\n${lines.map((l) => `　　${l}\n`).join('')}济南市城市管理局\n2026年3月2日\n`;
}

const rows = (lines: string[]) => lint(doc(lines), RULE).map((f) => [f.line, f.column, f.text, f.zh]);

const PROOF = (w: string) => `以“${w}”作为工作落实的依据属于凡事留痕，应以实际工作成效评价（§21）`;

describe('doc.trace-evidence', () => {
  it('reports a sentence once, at the first thing it names, in each paragraph that says it', () => {
    const fs = lint(doc(['一、以台账和照片作为评分依据。', '二、以台账和照片作为评分依据。']), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.severity, f.zh, f.en]), [
      [3, 6, '台账', 'warning', PROOF('台账'), 'Taking "台账" as proof of work is box-ticking; judge the work by its results (§21)'],
      [4, 6, '台账', 'warning', PROOF('台账'), 'Taking "台账" as proof of work is box-ticking; judge the work by its results (§21)'],
    ]);
  });

  it('reports media taken as proof, or posted to a chat group', () => {
    assert.deepEqual(rows(['一、巡查照片作为考核依据。', '二、将巡查视频发送至工作群。']), [
      [3, 7, '照片', PROOF('照片')],
      [4, 8, '视频', '要求在微信工作群、政务 APP 上传“视频”属于凡事留痕，不得以此代替对实际工作的评价（§21）'],
    ]);
    assert.equal(lint(doc(['将巡查视频发送至工作群。']), RULE)[0]!.en, 'Asks for "视频" to be posted to a chat group or an app; that does not show the work done (§21)');
  });

  it('leaves law-enforcement evidence and media or records asked for without being the measure', () => {
    assert.deepEqual(rows(['一、执法视频作为考核依据。', '二、建立问题整改台账。', '三、照片要清晰。']), []);
  });

  it('reports credit for leaders\' 批示 and boards on the wall', () => {
    const fs = lint(doc(['一、获得市领导批示的加2分。', '二、宣传展板统一上墙。']), RULE);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.text, f.zh, f.en]), [
      [3, 5, '获得市领导批示', '不得将有没有领导批示作为工作是否落实的标准，应以实际工作成效评价（§21）', 'Do not measure work by whether leaders endorsed it (批示); judge it by its results (§21)'],
      [4, 7, '展板统一上墙', '要求展板、制度上墙，应杜绝“凡创建必上墙”（§21）', 'Asks for boards or rules on the wall; drop the requirement (§21)'],
    ]);
  });

  it('does not take 批示 as credit unless the sentence makes it a measure', () => {
    assert.deepEqual(rows(['认真落实市领导批示要求。', '获得市领导批示的单位要总结经验。']), []);
  });
});
