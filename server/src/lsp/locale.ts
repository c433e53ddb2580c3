// Picking the language of a message.

import type { Locale, Msg } from '../core/types';

export type LocaleLike = Locale | string | undefined;

export function localize(locale: LocaleLike, m: Msg): string {
  return locale === 'en' ? m.en : m.zh;
}
