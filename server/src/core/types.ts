// Shared vocabulary of the analysis core. Nothing here knows about editors or files.

import type { Range } from './text/lineIndex';

export type Kind = 'document' | 'agenda' | 'research';
export type Scope = 'comprehensive' | 'special';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type CountMode = 'word' | 'han' | 'chars';
export type Locale = 'zh-cn' | 'en';

/** A rule pack: the rules of one text, with its numbers (a preset of the same name turns it on). */
export type Pack = 'jinan-2019' | 'national-2024';
export const PACKS: readonly Pack[] = ['jinan-2019', 'national-2024'];

/**
 * How far the wording a pack's clause rests on is verified: V verbatim from a copy of the text,
 * Q two or more digests that copy it, D one digest, S a summary only, O verbatim from another
 * official document (see docs/national-2024.md).
 */
export type Grade = 'V' | 'Q' | 'D' | 'S' | 'O';

/** A user-facing sentence in both languages; adapters pick one by locale. */
export interface Msg {
  zh: string;
  en: string;
}

/** A text replacement in original-text offsets (UTF-16 code units, end exclusive). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** One way to fix a finding; a finding may offer alternatives (e.g. move a date earlier or later). */
export interface Fix {
  title: Msg;
  edits: TextEdit[];
  /**
   * True only when the fix changes the form of the text, never what it says (a half-width mark
   * made full-width, a date written as GB 9704 writes it), so `gongwen check --fix` may apply it
   * unattended. Absent means not safe: a drafter confirms it (moving a meeting date, inserting a
   * scope directive, changing who attends). A new rule's fixes must opt in.
   */
  safe?: boolean;
}

/** A place in another file that a finding refers to (LSP relatedInformation). */
export interface Related {
  /** The other file: a URI in the editor, a path in the CLI. */
  id: string;
  range: Range;
  message: Msg;
}

/** What a rule reports: offsets into the original text, never lines. */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: Msg;
  fixes: Fix[];
  /** Clause reference shown in the message, e.g. "§2" or "GB 7.2.5". */
  clause: string;
  /** Places in other files (another plan's stop …). */
  related?: Related[];
  /** The packs whose clause the finding cites, when not only the rule's own (stacked presets). */
  packs?: Pack[];
}

/** Where kind/scope came from, in order of precedence. */
export type DecisionSource = 'directive' | 'settings' | 'detected' | 'default';

export interface Counts {
  /** 字数 of the body (正文) in the configured count mode. */
  body: number;
  /** 字数 of all attachment sections that are present in the text. */
  attachments: number;
  /** Number of attachments (max of the 附件说明 list and the sections found). */
  attachmentCount: number;
}
