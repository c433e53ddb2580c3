// The report's HTML made fit for the editor's webview. Standalone, the report allows its own
// inline script; in the webview only a script carrying this panel's nonce may run, as the
// webview guidelines ask, so the report's policy is replaced and its script tags get the nonce.
// No vscode import: the report's tests use it as it is.

/** A fresh nonce: 128 random bits, as hex. */
export function newNonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The policy of the report in a webview: nothing from the network, inline styles, scripts with the nonce only. */
export function webviewPolicy(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:; script-src 'nonce-${nonce}'`;
}

/** `html` with its Content-Security-Policy replaced by the webview's and every script tag given the nonce. */
export function webviewHtml(html: string, nonce: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${webviewPolicy(nonce, cspSource)}">`;
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
  const withPolicy = policy.test(html) ? html.replace(policy, meta) : html.replace(/<head>/i, `<head>${meta}`);
  return withPolicy.replace(/<script(?=[\s>])/gi, `<script nonce="${nonce}"`);
}
