// Picking the language of a message: English for locale `en`, Chinese for anything else.

import type { Locale, Msg } from './types';

/** A configured locale, or whatever a client or a command line passed. */
export type LocaleLike = Locale | string | undefined;

export function localize(locale: LocaleLike, m: Msg): string {
  return locale === 'en' ? m.en : m.zh;
}
