// The agenda of a document, parsed once per analysis and shared by the meeting rules.

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import { issueDate } from '../semantics/timeline';
import { parseAgenda } from './parse';
import type { Agenda } from './types';

const cache = new WeakMap<DocModel, Agenda>();

export function agendaOf(model: DocModel, names: Names): Agenda {
  let a = cache.get(model);
  if (!a) {
    a = parseAgenda(model, issueDate(model)?.date ?? null, names);
    cache.set(model, a);
  }
  return a;
}
