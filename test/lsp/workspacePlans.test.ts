// The editor's workspace index reads every file only when a rule compares documents or meetings
// across files (the national pack's); otherwise it keeps to research plans, as the background
// build of a large workspace must stay cheap.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { presetLayers } from '../../server/src/config/presets';
import { effectiveConfig, type ProjectConfig } from '../../server/src/core/config/effective';
import { WorkspacePlans } from '../../server/src/lsp/workspacePlans';
import { nodePlanFiles } from '../../server/src/node/planFiles';
import { ROOT } from '../helpers/paths';
import { TempTree } from '../helpers/tempTree';

const fixture = (f: string): string => readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8').replace(/ *##>.*$/gm, '');

describe('the editor\'s workspace index', () => {
  let t: TempTree;
  before(() => {
    t = new TempTree('gongwen-index-');
    t.write('ws/meeting.txt', fixture('rules/meeting.already-documented/straw-meeting.txt'));
    t.write('ws/straw-notice.txt', fixture('research-workspaces/deploy-straw/straw-notice.txt'));
  });
  after(() => t.remove());

  async function indexed(config: ProjectConfig): Promise<number> {
    const plans = new WorkspacePlans(nodePlanFiles);
    const eff = effectiveConfig(presetLayers(config, 'test'));
    const root = t.path('ws');
    await plans.build([{ uri: pathToFileURL(root).toString(), eff, relPath: (u) => path.relative(root, new URL(u).pathname) }]);
    return plans.index.docCount;
  }

  it('with the default rules: no document or meeting is summarised', async () => {
    assert.equal(await indexed({}), 0);
  });

  it('under national-2024: every file is, so a meeting can be compared with the documents', async () => {
    assert.equal(await indexed({ preset: 'national-2024' }), 2);
  });
});
