// Where a rule's documentation lives. By default, a web address built from the one `homepage`
// field of package.json: docs/ is published as a static site (GitHub Pages builds docs/ with
// Jekyll as it is, docs/rules/<id>.md becoming <homepage>rules/<id>.html), so publishing under
// another address changes that one line. The docs/rules/*.md shipped beside the server bundle
// are the local fallback: used when `homepage` is empty, when the client passes
// initializationOptions.docsBaseUrl = "local", and offered beside the web link in hovers (an
// editor offline still opens the page). A client may also name another base URL
// (docsBaseUrl, the folder of the rule pages, each linked as <base>/<id>.md).
// Pages are written in Chinese with an English section under the heading `## English`: with
// locale `en` the link lands there (#english). Team rules (custom.*) have no page of their
// own: they link to the section on sharing rules with a team (the site's index page, the
// README locally).

import { homepage } from '../../../package.json';
import { isTeamRule } from '../core/config/resolve';
import type { LocaleLike } from './locale';
import { shippedUri } from './shipped';

/** The anchor of a rule page's English section (its `## English` heading). */
export const ENGLISH_ANCHOR = 'english';
/** The anchor of the README section (and of docs/index.md's) that explains team rules and shared configuration. */
export const TEAM_RULES_ANCHOR = 'sharing-rules-with-your-team';
/** The docsBaseUrl a client passes to get the shipped pages (file: URIs) instead of the web site. */
export const LOCAL_DOCS = 'local';

/** The published documentation site, from package.json `homepage` (ends with a slash), or undefined when unset. */
export function docsSite(): string | undefined {
  const h = typeof homepage === 'string' ? homepage.trim() : '';
  if (!/^https?:\/\//.test(h)) return undefined;
  return h.replace(/[#?].*$/, '').replace(/\/*$/, '/');
}

/** The rule pages shipped beside the bundle (docs/rules), as a file URI; null in the web worker. */
export function defaultDocsBase(): string | null {
  return shippedUri('docs', 'rules');
}

/** A rule's page among the shipped files (file: URI): the offline fallback; null in the web worker, which has none. */
export function localDocsHref(ruleId: string, locale?: LocaleLike): string | null {
  if (isTeamRule(ruleId)) {
    const readme = shippedUri('README.md');
    return readme === null ? null : `${readme}#${TEAM_RULES_ANCHOR}`;
  }
  const base = defaultDocsBase();
  return base === null ? null : withLocale(`${base}/${ruleId}.md`, locale);
}

/** A rule's page on the published site, or undefined when package.json names no homepage. */
export function webDocsHref(ruleId: string, locale?: LocaleLike): string | undefined {
  const site = docsSite();
  if (!site) return undefined;
  if (isTeamRule(ruleId)) return `${site}#${TEAM_RULES_ANCHOR}`;
  return withLocale(`${site}rules/${encodeURIComponent(ruleId)}.html`, locale);
}

/**
 * The link to a rule's page. `base` unset: the published site (the shipped page when no
 * homepage is set); `base` = "local": the shipped page; another `base`: <base>/<id>.md.
 */
export function docsHref(ruleId: string, base?: string, locale?: LocaleLike): string {
  if (base === undefined || base === '') return webDocsHref(ruleId, locale) ?? localDocsHref(ruleId, locale) ?? '';
  if (base === LOCAL_DOCS) return localDocsHref(ruleId, locale) ?? webDocsHref(ruleId, locale) ?? '';
  if (isTeamRule(ruleId)) return `${new URL('../../README.md', `${base.replace(/\/+$/, '')}/`).toString()}#${TEAM_RULES_ANCHOR}`;
  return withLocale(`${base.replace(/\/+$/, '')}/${ruleId}.md`, locale);
}

function withLocale(page: string, locale?: LocaleLike): string {
  return locale === 'en' ? `${page}#${ENGLISH_ANCHOR}` : page;
}
