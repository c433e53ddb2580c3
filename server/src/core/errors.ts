// What a thrown value says, for notices that name a failure without taking anything down.

/** The message of a thrown value, at most 300 characters; never throws itself. */
export function errorText(e: unknown): string {
  let m: string;
  try {
    m = e instanceof Error ? e.message : String(e);
  } catch {
    m = 'unknown error'; // a thrown value whose toString throws too
  }
  return m.length > 300 ? m.slice(0, 300) + '…' : m;
}
