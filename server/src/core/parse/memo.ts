// Work on a paragraph, kept from one analysis to the next. Typing changes one paragraph of a long
// document: the dates, times, phrases and deadlines of the others are looked up by their text
// instead of being found again. The work must depend on the paragraph's text alone (its folded
// key is made from the text), and what is kept is shared: never change it.
//
// A paragraph's text is looked up (a string map is cheap; a map keyed by the paragraph objects of
// each new model is not), then the kind of work kept for it by identity (the slot). Two
// generations bound the memory: texts go into the young map; when it is full it becomes the old
// one and the old one is dropped, and a text found in the old map moves back to the young one.
// So what the last analyses used stays, and a scan of many files keeps at most two maps of texts.

/** Texts kept per generation: a few times the paragraphs of a long document. */
const GENERATION = 8192;

/** Values kept by text; compute never returns undefined. */
export class TextMemo<T extends NonNullable<unknown>> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  constructor(private readonly generation = GENERATION) {}

  get(text: string, compute: (text: string) => T): T {
    let v = this.young.get(text);
    if (v !== undefined) return v;
    v = this.old.get(text) ?? compute(text);
    this.young.set(text, v);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    return v;
  }

  /** Texts kept (both generations; a text may be in both). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

type Slots = Map<object | symbol, unknown>;

const slotsByText = new TextMemo<Slots>();

/**
 * compute() for this paragraph's text, kept across analyses under `slot` (what names the work: a
 * symbol, a pattern, a name list).
 */
export function perText<T>(p: { readonly text: string }, slot: object | symbol, compute: () => T): T {
  const slots = slotsByText.get(p.text, () => new Map());
  if (slots.has(slot)) return slots.get(slot) as T;
  const v = compute();
  slots.set(slot, v);
  return v;
}
