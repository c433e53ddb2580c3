// Small pieces of the HTML report shared by its sections: escaping, and the link that opens a
// file at a finding (a file: URI with #L<line>; in the editor's webview the report's script
// turns it into "open the file there" from its data attributes).

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function link(f: { href: string; path: string }, line?: number, character?: number, text?: string, title?: string): string {
  const pos = line !== undefined ? ` data-line="${line}" data-character="${character ?? 0}"` : '';
  const href = line !== undefined ? `${f.href}#L${line + 1}` : f.href;
  return `<a class="open" href="${esc(href)}" data-href="${esc(f.href)}"${pos}${title ? ` title="${esc(title)}"` : ''}>${esc(text ?? f.path)}</a>`;
}
