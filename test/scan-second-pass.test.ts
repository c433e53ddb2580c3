// The second pass of a scan (the workspace rules, once every file is summarised) starts from the
// model and tree its file's first pass made, when the scan kept them, instead of reading the text
// again: the same findings either way, and those of the model it is given.

import * as assert from 'node:assert/strict';
import { checkText } from '../server/src/core/check';
import { effectiveConfig } from '../server/src/core/config/effective';
import { presetLayers } from '../server/src/config/presets';
import { firstPass, secondPass, type Analysed, type Checked, type FirstPass } from '../server/src/scan/fileCheck';
import { buildIndex } from '../server/src/scan/index';
import { fixtureText } from './helpers/paths';


const national = effectiveConfig(presetLayers({ preset: 'national-2024' }, 'test'));

function first(name: string, text: string, keep?: (a: Analysed) => void): Checked {
  const out: FirstPass = firstPass({ path: name, display: name, rel: name }, { ok: true, text }, national, true, name, keep);
  assert.ok('file' in out, `${name} was checked`);
  return out as Checked;
}

describe('scan: the second pass from the first pass’s model and tree', () => {
  const upperText = fixtureText('research-workspaces/copy-upper-sewage/upper.txt');
  const planText = fixtureText('rules/doc.copy-upper/copied-plan.txt');

  it('hands the model and tree over only for a file whose second pass is due, and the second pass finds the same with them', () => {
    const kept: Analysed[] = [];
    const upper = first('upper.txt', upperText, (a) => kept.push(a));
    const plan = first('copied-plan.txt', planText, (a) => kept.push(a));
    assert.equal(plan.second, true);
    assert.equal(kept.length, [upper, plan].filter((c) => c.second).length, 'one analysis for each file due a second pass');
    const analysed = kept[kept.length - 1]!;
    assert.equal(analysed.model.text, planText);
    const index = buildIndex([upper, plan].flatMap((c) => (c.plan ? [c.plan] : [])), [upper, plan].flatMap((c) => (c.doc ? [c.doc] : [])));
    const again = secondPass(plan.file, planText, national, { index, self: 'copied-plan.txt' });
    const fromKept = secondPass(plan.file, planText, national, { index, self: 'copied-plan.txt' }, analysed);
    assert.ok(again.diagnostics.some((d) => d.rule === 'doc.copy-upper'), 'the copying is found');
    assert.deepEqual(fromKept.diagnostics, again.diagnostics);
  });

  it('reads the model it is given, not the text again', () => {
    const upper = first('upper.txt', upperText);
    const plan = first('copied-plan.txt', planText);
    const index = buildIndex([], [upper, plan].flatMap((c) => (c.doc ? [c.doc] : [])));
    // The model and tree of a text that copies nothing: the workspace rules then have nothing to say.
    const { model, tree } = checkText('关于做好档案整理工作的通知\n\n各区县档案馆：\n请做好年度档案整理工作。\n\n济南市档案馆\n2026年3月2日\n', 'copied-plan.txt', national, { deferWorkspace: true });
    const given: Analysed = { model, tree };
    const r = secondPass(plan.file, planText, national, { index, self: 'copied-plan.txt' }, given);
    assert.equal(r.diagnostics.filter((d) => d.rule === 'doc.copy-upper').length, 0);
  });
});
