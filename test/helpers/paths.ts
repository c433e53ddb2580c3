// Where things are, for tests: the project root, the built bundles, and the shared reference
// texts (`../shared` beside the project; absent in a fresh clone, so tests that need it skip).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST_SERVER = path.join(ROOT, 'dist', 'server.js');
export const DIST_CLI = path.join(ROOT, 'dist', 'cli.js');
export const BIN = path.join(ROOT, 'bin', 'gongwen.js');

/** A fixture's text (by its path under test/fixtures) without its `##>` expectation markers. */
export function fixtureText(rel: string): string {
  return readFileSync(path.join(ROOT, 'test', 'fixtures', rel), 'utf8').replace(/[ \t]*##>.*$/gm, '');
}

/** A JSON file of the project, by its path from the root. */
export function readJson(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8')) as Record<string, unknown>;
}

/** `../shared` beside the project; GONGWEN_SHARED_DIR points elsewhere (or at nothing, to try the skip). */
export const SHARED = process.env['GONGWEN_SHARED_DIR'] ? path.resolve(process.env['GONGWEN_SHARED_DIR']) : path.resolve(ROOT, '..', 'shared');
export const CORPUS_DIR = path.join(SHARED, 'corpus');
export const SEED_DIR = path.join(SHARED, 'seed');

/** Whether the shared reference texts are present (they are not in a fresh clone). */
export function hasShared(): boolean {
  return existsSync(CORPUS_DIR) && existsSync(SEED_DIR);
}

/** The start of the title of the pending test a suite adds when hasShared() is false, so a run shows the skip. */
export const SHARED_ABSENT = `../shared is absent (no ${CORPUS_DIR} or ${SEED_DIR})`;

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(dir, n));
}

export function corpusFiles(): string[] {
  return textFiles(CORPUS_DIR);
}

export function seedFiles(): string[] {
  return textFiles(SEED_DIR);
}
