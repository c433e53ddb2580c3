// A .docx's read-only text view and the file it shows, as URIs: the same URI with the scheme
// DOCX_SCHEME instead of `file` (file:///a/b.docx <-> gongwen-docx:/a/b.docx, spelled as VS Code
// spells a URI without authority). Plain string work, for the server; the client does the same
// with Uri.with (client/src/docxView.ts).

import { DOCX_SCHEME } from '../protocol';

const PREFIX = `${DOCX_SCHEME}:`;

/** The view of a .docx given by its file URI (any other URI is returned as it is). */
export function docxViewUri(fileUri: string): string {
  const m = /^file:\/\/([^/]*)(.*)$/i.exec(fileUri);
  if (!m) return fileUri;
  return `${PREFIX}${m[1] ? `//${m[1]}` : ''}${m[2]}`;
}

/** The file URI of a .docx view; null for any other URI. */
export function docxFileUri(uri: string): string | null {
  if (!uri.startsWith(PREFIX)) return null;
  const rest = uri.slice(PREFIX.length);
  return rest.startsWith('//') ? `file:${rest}` : `file://${rest}`;
}
