// Picking the language of a message (the core's, for the LSP modules that import it from here).

export { localize, type LocaleLike } from '../core/locale';
