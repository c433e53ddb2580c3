// GitHub Actions workflow commands: one ::error / ::warning / ::notice line per finding, so the
// findings appear as annotations on the pull request.

import type { Severity } from '../core/types';
import { shownMessage, type ScannedFile } from '../scan/engine';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes for the message part and for property values (workflow command syntax). */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotations(files: readonly ScannedFile[]): string[] {
  return files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const file = f.display.split('\\').join('/');
      const where = `file=${prop(file)},line=${d.range.start.line + 1},col=${d.range.start.character + 1},endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1}`;
      return `::${COMMAND[d.severity]} ${where},title=${prop(`gongwen ${d.rule}`)}::${data(shownMessage(f, d))}`;
    }),
  );
}
