// Where a rule's documentation lives: the docs/rules/*.md shipped beside the server bundle,
// unless the client names a base URL (initializationOptions.docsBaseUrl, the folder of the
// rule pages). Pages are written in Chinese with an English section under the heading
// `## English`: with locale `en` the link lands there (#english). Team rules (custom.*) have
// no page of their own: they link to the README's section on sharing rules with a team.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocaleLike } from './locale';

/** The anchor of a rule page's English section (its `## English` heading). */
export const ENGLISH_ANCHOR = 'english';
/** The anchor of the README section that explains team rules and shared configuration. */
export const TEAM_RULES_ANCHOR = 'sharing-rules-with-your-team';

export function docsHref(ruleId: string, base?: string, locale?: LocaleLike): string {
  if (ruleId.startsWith('custom.')) {
    const readme = base ? new URL('../../README.md', `${base.replace(/\/+$/, '')}/`).toString() : pathToFileURL(path.join(__dirname, '..', 'README.md')).toString();
    return `${readme}#${TEAM_RULES_ANCHOR}`;
  }
  const page = base ? `${base.replace(/\/+$/, '')}/${ruleId}.md` : pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).toString();
  return locale === 'en' ? `${page}#${ENGLISH_ANCHOR}` : page;
}
