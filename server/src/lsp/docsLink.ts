// Where a rule's documentation lives: the docs/rules/*.md shipped beside the server bundle,
// unless the client names a base URL (initializationOptions.docsBaseUrl).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export function docsHref(ruleId: string, base?: string): string {
  if (base) return `${base.replace(/\/+$/, '')}/${ruleId}.md`;
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).toString();
}
