// The import graph of a source tree (relative imports only, `import type` included), and its
// cycles: each strongly connected component of more than one module, or a module importing itself.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import ts from 'typescript';

export type Graph = Map<string, string[]>;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts'), base]) if (c.endsWith('.ts') && existsSync(c)) return c;
  return null;
}

/** Every .ts module under dir with the modules it imports (re-exports count too). */
export function importGraph(dir: string): Graph {
  const g: Graph = new Map();
  for (const rel of fg.sync('**/*.ts', { cwd: dir })) {
    const file = path.join(dir, rel);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((x): x is string => x !== null);
    g.set(file, [...new Set(deps)]);
  }
  return g;
}

/** Tarjan's strongly connected components with more than one module (or a self-import). */
export function cycles(g: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (g.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}
