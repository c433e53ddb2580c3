// A pool of base texts for metamorphic tests: every rule fixture (expanded, under its sidecar's
// settings) and generated documents, each with a way to analyse a variant of it the same way.

import fc from 'fast-check';
import { analyze, type AnalysisResult } from '../../server/src/core/analyze';
import { checkText } from '../../server/src/core/check';
import { effectiveConfig, type Effective } from '../../server/src/core/config/effective';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { RULES } from '../../server/src/core/rules/registry';
import type { DocModel } from '../../server/src/core/model/types';
import type { CountMode } from '../../server/src/core/types';
import { lint, listFixtures, readFixture, type Fixture } from '../harness/fixtures';
import { deadlineArb, deadlineNotice, injectArb, meetingArb, meetingDoc, requestArb, requestDoc } from './docgen';
import { BUILTIN_TEXTS, sampleDocument } from './sample';

export const MODES: readonly CountMode[] = ['word', 'han', 'chars'];

/** Which rules run: the case's own settings (a fixture's `only`), every rule, or none (counts only). */
export type RuleSet = 'settings' | 'all' | 'none';

export interface Case {
  name: string;
  text: string;
  fixture: Fixture | null;
  /**
   * Analyses `text` (the base text or a variant of it) as the case's own text is analysed;
   * `model`, a model already built from this very text, saves building it again.
   */
  check(text: string, mode?: CountMode, rules?: RuleSet, model?: DocModel): AnalysisResult;
}

const CONFIGS = new Map(MODES.map((m) => [m, resolveConfig(RULES, [{ config: { countMode: m } }]).config]));

/** The result, unless a rule threw on the text (the analysis catches it; a test must not let it pass). */
function noFailures(r: AnalysisResult): AnalysisResult {
  if (r.failures.length) throw new Error(`rule failures: ${JSON.stringify(r.failures)}`);
  return r;
}

function generated(name: string, text: string): Case {
  return {
    name,
    text,
    fixture: null,
    check: (t, mode = 'word', rules = 'settings', model) => noFailures(analyze(t, CONFIGS.get(mode)!, { only: rules === 'none' ? [] : undefined, model })),
  };
}

function fixtureCase(fx: Fixture): Case {
  const effs = new Map<CountMode, Effective>();
  const eff = (mode: CountMode): Effective => {
    let e = effs.get(mode);
    if (!e) {
      e = effectiveConfig([{ config: { ...(fx.sidecar.config ?? {}), countMode: mode }, source: fx.rel }]);
      effs.set(mode, e);
    }
    return e;
  };
  const own = fx.sidecar.config?.countMode ?? 'word';
  return {
    name: `fixture ${fx.rel}`,
    text: readFixture(fx).text,
    fixture: fx,
    check(t, mode = own, rules = 'settings', model) {
      // Under its own settings exactly as the harness lints it (workspace and all).
      if (rules === 'settings' && mode === own && !model) return lint(t, fx).result;
      const only = rules === 'none' ? [] : rules === 'all' ? undefined : fx.sidecar.only;
      return noFailures(checkText(t, fx.sidecar.path ?? `${fx.name}${fx.ext}`, eff(mode), { only, model }));
    },
  };
}

let fixturePool: Case[] | null = null;
/** Every rule fixture, expanded. */
export function fixtureCases(): Case[] {
  return (fixturePool ??= listFixtures().map(fixtureCase));
}

let generatedPool: Case[] | null = null;
/** Generated documents: samples of each size and line break, the built-in texts, and the generators of docgen.ts (fixed seeds). */
export function generatedCases(): Case[] {
  if (generatedPool) return generatedPool;
  const out: Case[] = [];
  out.push(generated('sample 800 字', sampleDocument({ chars: 800, seed: 3 }).text));
  out.push(generated('sample 3200 字 CRLF, 4 attachments', sampleDocument({ chars: 3200, seed: 5, eol: '\r\n', attachments: 4 }).text));
  out.push(generated('sample 5600 字, no attachments', sampleDocument({ chars: 5600, seed: 9, attachments: 0 }).text));
  BUILTIN_TEXTS.forEach((t, i) => out.push(generated(`built-in text ${i + 1}`, t)));
  fc.sample(deadlineArb(injectArb).map(deadlineNotice), { seed: 101, numRuns: 8 }).forEach((t, i) => out.push(generated(`deadline notice #${i}`, t)));
  fc.sample(requestArb.map(requestDoc), { seed: 102, numRuns: 4 }).forEach((t, i) => out.push(generated(`request #${i}`, t)));
  fc.sample(meetingArb(injectArb).map(meetingDoc), { seed: 103, numRuns: 8 }).forEach((t, i) => out.push(generated(`meeting #${i}`, t)));
  return (generatedPool = out);
}

export function allCases(): Case[] {
  return [...generatedCases(), ...fixtureCases()];
}

/** A generated case for a text built in a test. */
export function generatedCase(name: string, text: string): Case {
  return generated(name, text);
}

/** A short excerpt around an offset, with the point marked, for failure messages. */
export function around(text: string, at: number, span = 12): string {
  return JSON.stringify(text.slice(Math.max(0, at - span), at) + '⟦⟧' + text.slice(at, at + span));
}
