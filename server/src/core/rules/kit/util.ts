// The message helpers, as the rules import them (they live in core/messages.ts, the bottom layer).

export { fmt, msg, withCite, withClause } from '../../messages';
