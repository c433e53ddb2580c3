// A worker thread of the scan pool (pool.ts): first and second passes on the files it is given.
// Configurations are rebuilt from their layers once each; texts due for a second pass are kept
// until it comes, so they never cross the thread boundary twice.

import { parentPort } from 'node:worker_threads';
import { effectiveConfig, type Effective } from '../core/config/effective';
import { errorText } from '../core/errors';
import type { PlanIndex } from '../core/research/index';
import { firstPass, readTextAgain, secondPass, summaryPass, textOf } from './fileCheck';
import { buildIndex } from './index';
import type { FromWorker, ToWorker } from './protocol';
import { packFile, unpackFile } from './records';

const configs = new Map<number, Effective>();
/** Texts due for a second pass, by path. */
const kept = new Map<string, string>();
let index: PlanIndex | null = null;

function reply(m: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(m, transfer);
}

async function handle(m: ToWorker): Promise<void> {
  switch (m.t) {
    case 'config':
      configs.set(m.id, effectiveConfig(m.layers));
      return;
    case 'index':
      index = buildIndex(m.plans, m.docs);
      return;
    case 'first': {
      const eff = configs.get(m.config)!;
      const read = await textOf(m.input, m.bytes, eff);
      const out = m.summaryOnly ? summaryPass(read, m.input, eff, m.docs, m.id) : firstPass(m.input, read, eff, m.docs, m.id);
      if ('file' in out && out.second && read.ok) kept.set(m.input.path, read.text);
      if ('file' in out) {
        const file = packFile(out.file);
        reply({ t: 'first', job: m.job, out: { ...out, file } }, [file.buffer as ArrayBuffer]);
      } else reply({ t: 'first', job: m.job, out });
      return;
    }
    case 'second': {
      const eff = configs.get(m.config)!;
      const first = unpackFile(m.file);
      const text = m.text ?? kept.get(first.path) ?? (await readTextAgain(first, eff));
      kept.delete(first.path);
      const file = packFile(text === null ? first : secondPass(first, text, eff, { index: index!, self: m.self }));
      reply({ t: 'second', job: m.job, file }, [file.buffer as ArrayBuffer]);
      return;
    }
  }
}

// Messages are handled one at a time, in order: a config or the index always precedes its use.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: ToWorker) => {
  queue = queue.then(() =>
    handle(m).catch((e) => {
      if ('job' in m) reply({ t: 'failed', job: m.job, error: errorText(e) });
    }),
  );
});
