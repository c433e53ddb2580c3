// Where a rule's documentation lives: the docs/rules/*.md shipped beside the server bundle,
// unless the client names a base URL (initializationOptions.docsBaseUrl, the folder of the
// rule pages). Pages are written in Chinese with an English section under the heading
// `## English`: with locale `en` the link lands there (#english). Team rules (custom.*) have
// no page of their own: they link to the README's section on sharing rules with a team.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isTeamRule } from '../core/config/resolve';
import type { LocaleLike } from './locale';

/** The anchor of a rule page's English section (its `## English` heading). */
export const ENGLISH_ANCHOR = 'english';
/** The anchor of the README section that explains team rules and shared configuration. */
export const TEAM_RULES_ANCHOR = 'sharing-rules-with-your-team';

/** The rule pages shipped beside the bundle (docs/rules), as a file URI: the base when none is named. */
export function defaultDocsBase(): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).toString();
}

export function docsHref(ruleId: string, base?: string, locale?: LocaleLike): string {
  if (isTeamRule(ruleId)) {
    const readme = base ? new URL('../../README.md', `${base.replace(/\/+$/, '')}/`).toString() : pathToFileURL(path.join(__dirname, '..', 'README.md')).toString();
    return `${readme}#${TEAM_RULES_ANCHOR}`;
  }
  const page = `${(base ?? defaultDocsBase()).replace(/\/+$/, '')}/${ruleId}.md`;
  return locale === 'en' ? `${page}#${ENGLISH_ANCHOR}` : page;
}
