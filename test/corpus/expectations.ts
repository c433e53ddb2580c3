// The reviewer's expectations for the real texts in ../shared (expectations.json; README.md here).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Expected {
  rule: string;
  /** 1-based line in the file as stored; null when the case has no single place. */
  line?: number | null;
  why: string;
}

export interface Entry {
  /** Relative to ../shared. */
  file: string;
  kind: 'document' | 'agenda' | 'research' | 'none';
  must: Expected[];
  mustNot: Expected[];
  unsure: Expected[];
}

export function readExpectations(): Entry[] {
  return (JSON.parse(readFileSync(path.join(__dirname, 'expectations.json'), 'utf8')) as { texts: Entry[] }).texts;
}
