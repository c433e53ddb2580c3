// The `gongwen` settings the language server is given: only the values someone actually set
// (user, workspace or folder level), never the defaults declared in package.json. The server
// has its own defaults (the rule registry), and a value set in a shared config file must not be
// overridden by a setting nobody wrote. Pure (no `vscode` import), so it is unit-tested.

/** The parts of vscode.WorkspaceConfiguration.inspect()'s result that say a value was set. */
export interface InspectLike {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  defaultLanguageValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

/** Keys (without the `gongwen.` prefix) of the settings a package.json contributes. */
export function settingKeys(packageJSON: unknown, section = 'gongwen'): string[] {
  const contributes = (packageJSON as { contributes?: { configuration?: unknown } } | undefined)?.contributes;
  const blocks = Array.isArray(contributes?.configuration) ? contributes.configuration : [contributes?.configuration];
  const keys: string[] = [];
  for (const block of blocks) {
    const props = (block as { properties?: Record<string, unknown> } | undefined)?.properties;
    if (!props) continue;
    for (const k of Object.keys(props)) if (k.startsWith(`${section}.`)) keys.push(k.slice(section.length + 1));
  }
  return keys;
}

function isSet(i: InspectLike | undefined): boolean {
  if (!i) return false;
  return (
    i.globalValue !== undefined ||
    i.workspaceValue !== undefined ||
    i.workspaceFolderValue !== undefined ||
    i.defaultLanguageValue !== undefined ||
    i.globalLanguageValue !== undefined ||
    i.workspaceLanguageValue !== undefined ||
    i.workspaceFolderLanguageValue !== undefined
  );
}

/**
 * The settings object for one resource: each key that is set somewhere, with the value VS Code
 * resolves for that resource (folder over workspace over user).
 */
export function explicitSettings(keys: readonly string[], inspect: (key: string) => InspectLike | undefined, get: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!isSet(inspect(key))) continue;
    const v = get(key);
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}
