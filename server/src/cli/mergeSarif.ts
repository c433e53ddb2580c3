// `gongwen merge-sarif FILE…`: the SARIF logs of a sharded run (--shard K/N, one per CI job) as one
// log, as code scanning takes one run per tool and category: the results of every shard, the
// rules of all (a team rule only some shards met is indexed once), one invocation that succeeded
// only if every shard's did, with every shard's notifications.

import { readFileSync } from 'node:fs';
import type { Msg } from '../core/types';

interface SarifRule {
  id: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
}

interface SarifRun {
  tool: { driver: { name: string; rules?: SarifRule[] } };
  invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
  results?: SarifResult[];
}

interface SarifLog {
  version: string;
  runs: SarifRun[];
}

export type Merged = { ok: true; log: SarifLog } | { ok: false; error: Msg };

/** Reads and merges the logs; the first one gives the shape (schema, tool, base URIs). */
export function mergeSarifFiles(files: readonly string[]): Merged {
  const logs: SarifLog[] = [];
  for (const f of files) {
    let log: SarifLog;
    try {
      log = JSON.parse(readFileSync(f, 'utf8')) as SarifLog;
    } catch (e) {
      return { ok: false, error: { zh: `无法读取 ${f}：${(e as Error).message}`, en: `cannot read ${f}: ${(e as Error).message}` } };
    }
    const run = log?.runs?.[0];
    if (log?.version !== '2.1.0' || log.runs.length !== 1 || run?.tool?.driver?.name !== 'gongwen') {
      return { ok: false, error: { zh: `${f} 不是 gongwen check --format sarif 写出的 SARIF 2.1.0 文件`, en: `${f} is not a SARIF 2.1.0 log written by gongwen check --format sarif` } };
    }
    logs.push(log);
  }
  return { ok: true, log: mergeLogs(logs) };
}

export function mergeLogs(logs: readonly SarifLog[]): SarifLog {
  const first = logs[0]!;
  const runs = logs.map((l) => l.runs[0]!);
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  for (const run of runs) {
    for (const r of run.tool.driver.rules ?? []) {
      if (index.has(r.id)) continue;
      index.set(r.id, rules.length);
      rules.push(r);
    }
  }
  const results = runs.flatMap((run) => (run.results ?? []).map((r) => (r.ruleIndex === undefined ? r : { ...r, ruleIndex: index.get(r.ruleId)! })));
  const invocations = runs.flatMap((run) => run.invocations ?? []);
  const invocation = {
    executionSuccessful: invocations.every((i) => i.executionSuccessful),
    toolExecutionNotifications: invocations.flatMap((i) => i.toolExecutionNotifications ?? []),
  };
  const run = first.runs[0]!;
  return { ...first, runs: [{ ...run, tool: { ...run.tool, driver: { ...run.tool.driver, rules } }, invocations: [invocation], results }] };
}
