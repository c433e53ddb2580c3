// Work on a paragraph, kept from one analysis to the next. Typing changes one paragraph of a long
// document: the dates, times, phrases and deadlines of the others are looked up by their text
// instead of being found again. The work must depend on the paragraph's text alone (its folded
// key is made from the text), and what is kept is shared: never change it.
//
// A paragraph's text is looked up (a string map is cheap; a map keyed by the paragraph objects of
// each new model is not) once per analysis: the paragraph then holds its text's work (TextWork),
// with a numbered slot for each kind of work. Two generations bound the memory: texts go into the
// young map; when it is full it becomes the old one and the old one is dropped, and a text found
// in the old map moves back to the young one. So what the last analyses used stays, and a scan of
// many files keeps at most two maps of texts. A text is kept from its second sighting on (a file
// of a scan is read once), and as a copy of its own: a paragraph's text is cut from its
// document's, and a cut would keep that whole version of the document alive (one more for every
// keystroke).

/** Texts kept per generation: a few times the paragraphs of a long document. */
const GENERATION = 8192;

/**
 * A copy of s that holds its characters itself. A string cut from a longer one (slice, substring)
 * refers to the longer one and keeps it alive; the copy does not.
 */
export function ownCopy(s: string): string {
  // Joined to one character, the whole is made into a string of its own when it is cut again.
  return (' ' + s).slice(1);
}

/** Values kept by text; compute never returns undefined. */
export class TextMemo<T extends NonNullable<unknown>> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  constructor(private readonly generation = GENERATION) {}

  /** The value kept for text, or compute()'s, given the text as kept (ownCopy). */
  get(text: string, compute: (text: string) => T): T {
    return this.find(text) ?? this.add(text, compute);
  }

  /** The value kept for text, if any (one found in the old generation moves back to the young one). */
  find(text: string): T | undefined {
    const v = this.young.get(text);
    if (v !== undefined) return v;
    const old = this.old.get(text);
    if (old !== undefined) this.put(ownCopy(text), old);
    return old;
  }

  /** Keeps compute()'s value for text, given the text as kept (ownCopy), and gives it back. */
  add(text: string, compute: (text: string) => T): T {
    const kept = ownCopy(text);
    const v = compute(kept);
    this.put(kept, v);
    return v;
  }

  private put(kept: string, v: T): void {
    this.young.set(kept, v);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  /** Texts kept (both generations; a text may be in both). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * A kind of work kept for a text: a small number, so that a paragraph's kept work is an array
 * read, not a map lookup (the rules ask tens of thousands of times per keystroke). Made once, as a
 * module's constant (memoSlot), or once per pattern (slotOf).
 */
export type Slot = number;

let slotCount = 0;

/** A new slot, for one kind of work; `what` names it for the reader. Call once, at module level. */
export function memoSlot(what: string): Slot {
  void what;
  return slotCount++;
}

const subjectSlots = new Map<object, Slot>();

/**
 * The slot of the work done with `subject` (a pattern), the same each time. The subject must live
 * as long as the process (a module's constant): every new one takes a slot for good.
 */
export function slotOf(subject: object): Slot {
  let slot = subjectSlots.get(subject);
  if (slot === undefined) subjectSlots.set(subject, (slot = memoSlot('subject')));
  return slot;
}

/**
 * What is kept for one paragraph text: its folded key (text/paragraph.ts) and each kind of work
 * done on it, by slot. A paragraph holds the one of its text, so that asking again within an
 * analysis is a field read, not a lookup by text.
 */
export class TextWork {
  /** The folded text (Paragraph.key), once asked. */
  key: string | undefined = undefined;
  private values: unknown[] | undefined = undefined;

  /** `text`: its own copy for a work the memo keeps (ownCopy); a paragraph taken as it is shares it. */
  constructor(readonly text: string) {}

  /** The value kept under `slot`, or undefined. */
  peek(slot: Slot): unknown {
    return this.values?.[slot];
  }

  /** Keeps v under `slot` and gives it back. */
  keep<T>(slot: Slot, v: T): T {
    // Made at the size of the slots there are: a text is asked for nearly every kind of work.
    (this.values ??= new Array<unknown>(slotCount))[slot] = v;
    return v;
  }
}

/** Sightings kept per generation (numbers only: a few megabytes at most). */
const SIGHTINGS = 16384;

/**
 * Texts seen, by a hash of their characters: nothing of a text is kept. Two generations, as the
 * memo has. An equal hash of another text (rare) only has that text kept too.
 */
export class Sightings {
  private young = new Set<number>();
  private old = new Set<number>();

  constructor(private readonly generation = SIGHTINGS) {}

  /** Whether text was seen before; it is noted as seen now. */
  again(text: string): boolean {
    const h = hashOf(text);
    if (this.young.has(h) || this.old.has(h)) return true;
    this.young.add(h);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Set();
    }
    return false;
  }
}

/** FNV-1a of the UTF-16 units, cut to a small integer (no number object per entry). */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

const works = new TextMemo<TextWork>();
const sightings = new Sightings();

function newWork(kept: string): TextWork {
  return new TextWork(kept);
}

/**
 * The work kept for this text; for a text not seen lately, a new, empty one. A text is kept from
 * its second sighting on: the editor reads the same paragraphs keystroke after keystroke, while a
 * scan of many files reads most of theirs once, and keeping those would only fill the memory.
 */
export function workFor(text: string): TextWork {
  if (onceWorks) return text.length > SHARED_ONCE ? new TextWork(text) : onceWork(onceWorks, text);
  return works.find(text) ?? (sightings.again(text) ? works.add(text, newWork) : new TextWork(text));
}

/** Within once(): the work of each short text, one for all its paragraphs; null outside. */
let onceWorks: Map<string, TextWork> | null = null;
/**
 * Texts up to this long share their work within once(): short lines repeat (a million one-字
 * lines hold one), long ones hardly ever, and hashing them would cost what once() saves.
 */
const SHARED_ONCE = 24;

function onceWork(shared: Map<string, TextWork>, text: string): TextWork {
  let w = shared.get(text);
  if (!w) shared.set(text, (w = new TextWork(text)));
  return w;
}

/**
 * Runs fn (synchronous: an analysis) without looking texts up in the memo or noting them: a scan
 * reads each file once, and the lookups and hashing cost it some 6 % of its time for nothing.
 * Work is still shared within the analysis: each paragraph holds its own, and equal short texts
 * one between them.
 */
export function once<T>(fn: () => T): T {
  const outer = onceWorks;
  onceWorks = new Map();
  try {
    return fn();
  } finally {
    onceWorks = outer;
  }
}

/** The slot under which a text keeps whether a pattern matches it (apart from slotOf(pattern), for other work with it). */
const testSlots = new WeakMap<RegExp, Slot>();

/** The slot of keyMatches for re (a module's constant): ask once, pass it for every paragraph. */
export function testSlot(re: RegExp): Slot {
  let slot = testSlots.get(re);
  if (slot === undefined) testSlots.set(re, (slot = memoSlot('test')));
  return slot;
}

/** Whether re matches the paragraph's folded text (key), kept by the text (`slot`: testSlot(re)). */
export function keyMatches(p: Texted & { readonly key: string }, re: RegExp, slot: Slot = testSlot(re)): boolean {
  return perText(p, slot, testKey, re);
}

function testKey(p: { readonly key: string }, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(p.key);
}

/** A value kept with the input besides the text it was made for (perTextFor). */
interface ForInput<K, T> {
  readonly input: K;
  readonly value: T;
}

/**
 * compute(p, x) for this paragraph's text and one more input, kept under `slot` for the last
 * input asked (compared by ===: a name list, a string of what else the value depends on); x
 * carries what compute needs of it. The editor asks with the same input keystroke after
 * keystroke; another input replaces what was kept.
 */
export function perTextFor<P extends Texted, K, X, T>(p: P, slot: Slot, input: K, compute: (p: P, x: X) => T, x: X): T {
  const w = p.work ?? workFor(p.text);
  const kept = w.peek(slot) as ForInput<K, T> | undefined;
  if (kept !== undefined && kept.input === input) return kept.value;
  const value = compute(p, x);
  w.keep(slot, { input, value });
  return value;
}

/** What perText works on: a paragraph, which holds its text's work, or any text. */
interface Texted {
  readonly text: string;
  readonly work?: TextWork;
}

/**
 * compute(p, x) for this paragraph's text, kept across analyses under `slot`: it must depend on
 * the text and on x (the same for one slot) alone, and never give undefined. Pass a function made
 * once, not a closure made for the call: this is asked of every paragraph on every keystroke. A
 * paragraph that holds its text's work (`work`) is not looked up again.
 */
export function perText<P extends Texted, T>(p: P, slot: Slot, compute: (p: P) => T): T;
export function perText<P extends Texted, T, X>(p: P, slot: Slot, compute: (p: P, x: X) => T, x: X): T;
export function perText<P extends Texted, T, X>(p: P, slot: Slot, compute: (p: P, x?: X) => T, x?: X): T {
  const w = p.work ?? workFor(p.text);
  const v = w.peek(slot) as T | undefined;
  return v !== undefined ? v : w.keep(slot, compute(p, x));
}
