// checkText: one call for the adapters — the settings' kind mapping by path, Markdown by the
// file's extension (unless the editor says), team rules, and the options passed through.

import * as assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/check';
import { effectiveConfig, type ProjectConfig } from '../../../server/src/core/config/effective';
import { buildModel } from '../../../server/src/core/model/build';

const eff = (config: ProjectConfig = {}) => effectiveConfig([{ config }]);
const MEETING = '全市经济工作会议议程\n一、传达上级会议精神\n';
const NOTICE = '关于做好汛期河道巡查工作的通知\n　　为做好巡查工作，现通知如下。\n济南市城乡水务局\n2024年5月8日\n';

describe('checkText', () => {
  it('detects the kind when no setting maps the path', () => {
    const r = checkText(MEETING, 'meetings/a.txt', eff(), { only: [] });
    assert.deepEqual([r.kind, r.kindSource, r.scope, r.scopeSource], ['agenda', 'detected', 'comprehensive', 'detected']);
  });

  it('takes kind and scope from the settings\' glob mapping', () => {
    const e = eff({ kinds: { 'plans/**': 'research', 'special/**': { kind: 'document', scope: 'special' } } });
    const a = checkText(MEETING, 'plans/june.txt', e, { only: [] });
    assert.deepEqual([a.kind, a.kindSource], ['research', 'settings']);
    const b = checkText(NOTICE, 'special/flood.txt', e, { only: [] });
    assert.deepEqual([b.kind, b.kindSource, b.scope, b.scopeSource], ['document', 'settings', 'special', 'settings']);
    const c = checkText(NOTICE, 'other/flood.txt', e, { only: [] });
    assert.deepEqual([c.kindSource, c.scopeSource], ['detected', 'default']);
  });

  it('reads a .md file as Markdown, other files as plain text', () => {
    // In plain text the # stays (the space beside a Han character is dropped as layout).
    const md = '# 关于做好汛期河道巡查工作的通知\n\n为做好巡查工作，现通知如下。\n';
    assert.equal(checkText(md, 'notes/flood.md', eff(), { only: [] }).model.titleText, '关于做好汛期河道巡查工作的通知');
    assert.equal(checkText(md, 'notes/flood.txt', eff(), { only: [] }).model.titleText, '#关于做好汛期河道巡查工作的通知');
  });

  it('the editor\'s language overrides the extension', () => {
    const md = '# 关于做好汛期河道巡查工作的通知\n\n为做好巡查工作，现通知如下。\n';
    assert.equal(checkText(md, 'notes/flood.txt', eff(), { only: [], markdown: true }).model.titleText, '关于做好汛期河道巡查工作的通知');
    assert.equal(checkText(md, 'notes/flood.md', eff(), { only: [], markdown: false }).model.titleText, '#关于做好汛期河道巡查工作的通知');
  });

  it('runs the team rules of the configuration', () => {
    const e = eff({ customRules: [{ id: 'custom.flood', pattern: '巡查工作', message: '请写明巡查河段' }] });
    const r = checkText(NOTICE, 'a.txt', e, { only: ['custom.flood'] });
    // Once in the title, once in the body.
    assert.deepEqual(r.findings.map((f) => [f.rule, NOTICE.slice(f.start, f.end)]), [['custom.flood', '巡查工作'], ['custom.flood', '巡查工作']]);
  });

  it('runs only the rules asked for', () => {
    const text = NOTICE.replace('2024年5月8日', '2024年05月08日');
    assert.ok(checkText(text, 'a.txt', eff()).findings.some((f) => f.rule === 'format.date'));
    assert.deepEqual(checkText(text, 'a.txt', eff(), { only: ['doc.length'] }).findings, []);
  });

  it('reuses the model it is given', () => {
    const model = buildModel(NOTICE);
    assert.equal(checkText(NOTICE, 'a.txt', eff(), { model, only: [] }).model, model);
  });
});
