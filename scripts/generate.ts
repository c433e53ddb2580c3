// Writes everything that describes the rules and settings from the one rule registry, so
// none of it is kept by hand:
//   - package.json `contributes.configuration` (the `gongwen.*` settings schema);
//   - the `config.*` entries of package.nls.json (English) and package.nls.zh-cn.json (Chinese);
//   - package.json `contributes.jsonValidation` and schemas/gongwen.schema.json, the JSON schema
//     of the shared config file .gongwen.json (the same value schemas as the settings, plus the
//     keys only a config file has: $schema, root, preset, extends), with Chinese and English texts;
//   - the rule table in README.md between <!-- rules:start --> and <!-- rules:end -->, and the
//     settings table between <!-- settings:start --> and <!-- settings:end -->.
//
//   npx tsx scripts/generate.ts           write the files
//   npx tsx scripts/generate.ts --check   write nothing; exit 1 and say what drifted
//
// Output is deterministic: registry order for rules, a fixed order for everything else.
// Each output is a Target (build the expected part, read the current part, write it back).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_PATH_PATTERN } from '../server/src/config/load';
import { NAME_LIST_TEXT } from '../server/src/config/nameLists';
import { PRESET_DESCRIPTIONS, PRESETS } from '../server/src/config/presets';
import { citeOf, packSetting, packsOf, type Pack } from '../server/src/core/packs';
import { clauseText } from '../server/src/core/clauses';
import { CUSTOM_RULE_ID_PATTERN } from '../server/src/core/config/customRules';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, DEFAULT_REVIEW_AUTHOR } from '../server/src/core/config/effective';
import { DEFAULT_NAMES, SEVERITIES, type Names } from '../server/src/core/config/resolve';
import { KIND_ALIASES, SCOPE_ALIASES } from '../server/src/core/directives';
import { RULES } from '../server/src/core/rules/registry';
import { snippets, SNIPPETS_FILE } from './snippets';
import type { OptionSpec, RuleMeta, Visit } from '../server/src/core/rules/rule';
import { RUN_MODES, type RunMode } from '../server/src/lsp/quiet';
import type { CountMode, Kind, Locale, Msg, Scope, SeveritySetting } from '../server/src/core/types';

export const ROOT = path.resolve(__dirname, '..');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/**
 * Turns a user-visible text into what goes in the output. For package.json it returns a
 * `%key%` placeholder and records the pair for the nls files; for a plain schema file it
 * would return the text itself.
 */
export type Text = (key: string, m: Msg) => string;

// ---------------------------------------------------------------------------------------
// Vocabulary. Records over the core's union types, so the compiler fails when a value is
// added there and not described here.

const SEVERITY_TEXT: Record<SeveritySetting, Msg> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Information' },
  hint: { zh: '暗示（编辑器中仅显示为淡色点线）', en: 'Hint (shown only as faint dots in the editor)' },
  off: { zh: '关闭此规则', en: 'Turn the rule off' },
};

const COUNT_MODE_TEXT: Record<CountMode, Msg> = {
  word: {
    zh: '按字处理软件的“字数”：汉字和全角标点各计 1，连续的字母或数字计 1，空白不计（默认）',
    en: 'As word processors count 字数: each Han character and full-width mark 1, each run of Latin letters or digits 1, white space 0 (default)',
  },
  han: { zh: '只计汉字', en: 'Han characters only' },
  chars: { zh: '计所有非空白字符', en: 'Every non-space character' },
};

const LOCALE_TEXT: Record<Locale, Msg> = {
  'zh-cn': { zh: '中文（默认）', en: 'Chinese (default)' },
  en: { zh: '英文', en: 'English' },
};

const KIND_TEXT: Record<Kind, Msg> = {
  document: { zh: '公文', en: 'official document' },
  agenda: { zh: '会议议程、会议通知', en: 'meeting agenda or meeting notice' },
  research: { zh: '调研方案', en: 'research plan' },
};

const SCOPE_TEXT: Record<Scope, Msg> = {
  comprehensive: { zh: '全局性文件 / 综合性会议', en: 'comprehensive document / meeting' },
  special: { zh: '专项工作文件 / 专项工作会议', en: 'special-topic document / meeting' },
};


const KINDS = Object.keys(KIND_TEXT) as Kind[];
const SCOPES = Object.keys(SCOPE_TEXT) as Scope[];

/** Canonical values first, then the aliases the core accepts, each once. */
function withAliases<T extends string>(canonical: readonly T[], aliases: Record<string, T>): string[] {
  return [...new Set<string>([...canonical, ...Object.keys(aliases)])];
}

// ---------------------------------------------------------------------------------------
// Value schemas, shared by every output that describes settings.

function severitySchema(text: Text, dflt?: SeveritySetting): JsonObject {
  const s: JsonObject = {
    type: 'string',
    enum: [...SEVERITIES],
    enumDescriptions: SEVERITIES.map((v) => text(`config.severity.${v}`, SEVERITY_TEXT[v])),
  };
  if (dflt !== undefined) s['default'] = dflt;
  return s;
}

function optionSchema(rule: RuleMeta, o: OptionSpec, text: Text): JsonObject {
  const s: JsonObject = {};
  if (o.type === 'string[]') {
    s['type'] = 'array';
    s['items'] = { type: 'string' };
  } else s['type'] = o.type;
  if (o.enum) s['enum'] = [...o.enum];
  if (o.minimum !== undefined) s['minimum'] = o.minimum;
  s['default'] = Array.isArray(o.default) ? [...o.default] : o.default;
  s['description'] = text(`config.rules.${rule.id}.${o.name}`, o.description);
  return s;
}

function ruleDescription(rule: RuleMeta): Msg {
  return {
    zh: `${rule.title.zh}（${rule.clause}）：${rule.description.zh}`,
    en: `${rule.title.en} (${rule.clause}): ${rule.description.en}`,
  };
}

/** One rule's setting: a severity, or `{ severity, …options }`. */
function ruleSchema(rule: RuleMeta, text: Text): JsonObject {
  const description = text(`config.rules.${rule.id}.description`, ruleDescription(rule));
  const properties: JsonObject = {
    severity: { ...severitySchema(text, rule.defaultSeverity), description: text('config.rules.severity', { zh: '此规则的级别', en: 'Severity of this rule' }) },
  };
  for (const o of rule.options) properties[o.name] = optionSchema(rule, o, text);
  return {
    description,
    default: rule.defaultSeverity,
    anyOf: [severitySchema(text), { type: 'object', properties, additionalProperties: false }],
  };
}

function rulesSchema(text: Text): JsonObject {
  const markdownDescription = text('config.rules', {
      zh: '按规则编号设置级别或选项，例如 `{"doc.length": "error"}` 或 `{"doc.length": {"severity": "error", "special": 2800}}`。级别：error、warning、info、hint、off。未列出的规则使用默认值。以 `custom.` 开头的编号留给团队自定义规则。',
      en: 'Severity or options per rule id, e.g. `{"doc.length": "error"}` or `{"doc.length": {"severity": "error", "special": 2800}}`. Severities: error, warning, info, hint, off. Rules not listed keep their defaults. Ids starting with `custom.` are reserved for team rules.',
  });
  const properties: JsonObject = {};
  for (const r of RULES) properties[r.id] = ruleSchema(r, text);
  return {
    type: 'object',
    default: {},
    markdownDescription,
    properties,
    patternProperties: {
      '^custom\\.': {
        description: text('config.rules.custom', { zh: '团队自定义规则（customRules）：级别', en: 'A team rule (customRules): severity' }),
        anyOf: [severitySchema(text), { type: 'object', properties: { severity: severitySchema(text) }, additionalProperties: false }],
      },
    },
    additionalProperties: false,
  };
}

function kindsSchema(text: Text): JsonObject {
  const kind: JsonObject = {
    type: 'string',
    enum: withAliases(KINDS, KIND_ALIASES),
    description: text('config.kinds.kind', {
      zh: `类型：${KINDS.map((k) => `${k}（${KIND_TEXT[k].zh}）`).join('、')}，也可用中文别名`,
      en: `Kind: ${KINDS.map((k) => `${k} (${KIND_TEXT[k].en})`).join(', ')}; Chinese aliases accepted`,
    }),
  };
  const scope: JsonObject = {
    type: 'string',
    enum: withAliases(SCOPES, SCOPE_ALIASES),
    description: text('config.kinds.scope', {
      zh: `范围：${SCOPES.map((s) => `${s}（${SCOPE_TEXT[s].zh}）`).join('、')}，也可用中文别名`,
      en: `Scope: ${SCOPES.map((s) => `${s} (${SCOPE_TEXT[s].en})`).join(', ')}; Chinese aliases accepted`,
    }),
  };
  return {
    type: 'object',
    default: {},
    markdownDescription: text('config.kinds', {
      zh: '按路径模式（相对于工作区文件夹）指定文档类型和范围，例如 `{"会议/**": "agenda", "专项/*.md": {"kind": "document", "scope": "special"}}`。文件内的 `<!-- gongwen kind=… scope=… -->` 指令优先于此设置；都没有时自动识别。',
      en: 'Kind and scope by glob (relative to the workspace folder), e.g. `{"meetings/**": "agenda", "special/*.md": {"kind": "document", "scope": "special"}}`. An in-file `<!-- gongwen kind=… scope=… -->` directive takes precedence; without either the kind is detected.',
    }),
    additionalProperties: {
      anyOf: [kind, { type: 'object', properties: { kind, scope }, additionalProperties: false, minProperties: 1 }],
    },
  };
}

function globList(text: Text, key: 'include' | 'exclude', dflt: string[]): JsonObject {
  const m: Msg =
    key === 'include'
      ? { zh: '要检查的文件（路径模式，相对于工作区文件夹）。', en: 'Files to check (globs relative to the workspace folder).' }
      : { zh: '不检查的文件（路径模式，相对于工作区文件夹），优先于 include。', en: 'Files not to check (globs relative to the workspace folder); wins over include.' };
  return { type: 'array', items: { type: 'string' }, default: [...dflt], description: text(`config.${key}`, m) };
}

function namesSchema(text: Text): JsonObject {
  const properties: JsonObject = {};
  for (const k of Object.keys(NAME_LIST_TEXT) as Array<keyof Names>) {
    properties[k] = { type: 'array', items: { type: 'string' }, default: [...DEFAULT_NAMES[k]], description: text(`config.names.${k}`, NAME_LIST_TEXT[k].description) };
  }
  return {
    type: 'object',
    default: {},
    markdownDescription: text('config.names', {
      zh: '规则用来识别发文机关、主送单位和领导的名单；写出的名单整体替换默认名单，未写的保持默认。例如 `{"districts": ["历下区", "市中区"]}`。',
      en: 'Name lists the rules use to tell who issues a document, who is addressed and who speaks; a list given here replaces the default list, lists not given keep theirs. E.g. `{"districts": ["历下区", "市中区"]}`.',
    }),
    properties,
    additionalProperties: false,
  };
}

function customRulesSchema(text: Text): JsonObject {
  const nonBlank = { type: 'string', pattern: '\\S' };
  return {
    type: 'array',
    default: [],
    markdownDescription: text('config.customRules', {
      zh: '团队自定义规则：在文中查找 `pattern`（RE2 正则表达式，线性时间，不支持反向引用和环视），报告 `message`；给出 `replace` 时提供快速修复（`$0` 为匹配文字，`$1`…`$9` 为分组）。例如 `{"id": "custom.no-jargon", "pattern": "抓手", "message": "避免使用“抓手”等套话", "replace": "措施"}`。',
      en: 'Team rules: find `pattern` (an RE2 regular expression: linear time, no backreferences or lookaround) and report `message`; with `replace` a quick fix is offered (`$0` is the match, `$1`…`$9` its groups). E.g. `{"id": "custom.no-jargon", "pattern": "抓手", "message": "避免使用“抓手”等套话", "replace": "措施"}`.',
    }),
    items: {
      type: 'object',
      required: ['id', 'pattern', 'message'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
          pattern: CUSTOM_RULE_ID_PATTERN,
          description: text('config.customRules.id', {
            zh: '规则编号：以 `custom.` 开头，小写字母、数字和连字符，如 custom.no-jargon；可在 rules 中设置其级别，也可用于禁用注释。',
            en: 'Rule id: starts with `custom.`, lower-case letters, digits and hyphens, e.g. custom.no-jargon; `rules` can set its severity and disable comments can name it.',
          }),
        },
        pattern: {
          type: 'string',
          minLength: 1,
          description: text('config.customRules.pattern', {
            zh: '要查找的文字（RE2 正则表达式）。RE2 不接受的写法（反向引用、环视）是配置错误。',
            en: 'What to find (an RE2 regular expression). Constructs RE2 does not accept (backreferences, lookaround) are configuration errors.',
          }),
        },
        message: {
          description: text('config.customRules.message', { zh: '提示文字：一个字符串，或中英文各一 {"zh": "…", "en": "…"}。', en: 'The message: a string, or one per language {"zh": "…", "en": "…"}.' }),
          anyOf: [
            nonBlank,
            { type: 'object', properties: { zh: nonBlank, en: nonBlank }, required: ['zh', 'en'], additionalProperties: false },
          ],
        },
        severity: { ...severitySchema(text, 'warning'), description: text('config.rules.severity', { zh: '此规则的级别', en: 'Severity of this rule' }) },
        replace: {
          type: 'string',
          description: text('config.customRules.replace', { zh: '替换文字，作为快速修复提供；`$0` 为匹配文字，`$1`…`$9` 为分组。', en: 'Replacement offered as a quick fix; `$0` is the match, `$1`…`$9` its groups.' }),
        },
        kinds: {
          type: 'array',
          minItems: 1,
          items: { type: 'string', enum: [...KINDS], enumDescriptions: KINDS.map((k) => text(`config.customRules.kinds.${k}`, KIND_TEXT[k])) },
          description: text('config.customRules.kinds', { zh: '只检查这些类型的文件（默认全部）。', en: 'Check only files of these kinds (default: all).' }),
        },
        ignoreCase: {
          type: 'boolean',
          default: false,
          description: text('config.customRules.ignoreCase', { zh: '不区分字母大小写。', en: 'Ignore the case of Latin letters.' }),
        },
      },
    },
  };
}

export interface SettingSchema {
  /** Key under `gongwen.` in settings (and at the top level of a config file). */
  key: string;
  schema: JsonObject;
}

/** The value schema of every setting, in the order they are shown. */
export function settingSchemas(text: Text): SettingSchema[] {
  const countModes = Object.keys(COUNT_MODE_TEXT) as CountMode[];
  const locales = Object.keys(LOCALE_TEXT) as Locale[];
  return [
    { key: 'rules', schema: rulesSchema(text) },
    {
      key: 'countMode',
      schema: {
        type: 'string',
        enum: countModes,
        enumDescriptions: countModes.map((m) => text(`config.countMode.${m}`, COUNT_MODE_TEXT[m])),
        default: 'word',
        description: text('config.countMode', { zh: '字数的计算方式。', en: 'How 字数 (length) is counted.' }),
      },
    },
    {
      key: 'locale',
      schema: {
        type: 'string',
        enum: locales,
        enumDescriptions: locales.map((l) => text(`config.locale.${l}`, LOCALE_TEXT[l])),
        default: 'zh-cn',
        description: text('config.locale', { zh: '检查结果、悬停说明和规则文档链接的语言。', en: 'Language of findings, hovers and rule documentation links.' }),
      },
    },
    { key: 'kinds', schema: kindsSchema(text) },
    { key: 'include', schema: globList(text, 'include', DEFAULT_INCLUDE) },
    { key: 'exclude', schema: globList(text, 'exclude', DEFAULT_EXCLUDE) },
    {
      key: 'maxFileSize',
      schema: {
        type: 'integer',
        minimum: 1,
        default: DEFAULT_MAX_FILE_SIZE,
        description: text('config.maxFileSize', { zh: '超过此字符数的文件不检查，并给出提示。', en: 'Files with more characters than this are not checked (a notice says so).' }),
      },
    },
    { key: 'names', schema: namesSchema(text) },
    { key: 'customRules', schema: customRulesSchema(text) },
    {
      key: 'review',
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          author: {
            type: 'string',
            minLength: 1,
            default: DEFAULT_REVIEW_AUTHOR,
            description: text('config.review.author', {
              zh: '审阅版（gongwen review、“公文检查：导出审阅版”）中批注和修订的作者；缩写取其前两个汉字，或各英文单词的首字母。',
              en: 'The author of the comments and tracked changes in a reviewed copy (gongwen review, "Export Reviewed Copy"); the initials are its first two Chinese characters, or the first letter of each word.',
            }),
          },
        },
        default: { author: DEFAULT_REVIEW_AUTHOR },
        description: text('config.review', { zh: '审阅版（gongwen review）的设置：author 为批注和修订的作者（默认“公文减负助手”）。', en: 'Settings of the reviewed copy (gongwen review): author, whom its comments and tracked changes are from (default 公文减负助手).' }),
      },
    },
  ];
}

const RUN_TEXT: Record<RunMode, Msg> = {
  onType: { zh: '输入时检查（默认）', en: 'As you type (default)' },
  onSave: { zh: '只在打开和保存文件时检查', en: 'Only when the file is opened and saved' },
  off: { zh: '不检查', en: 'Never' },
};

/**
 * Settings only the editor reads (server/src/lsp/quiet.ts), after the shared ones: they say
 * whether and when the editor checks, so they are not keys of .gongwen.json.
 */
export function editorSettingSchemas(text: Text): SettingSchema[] {
  return [
    {
      key: 'enable',
      schema: {
        type: 'boolean',
        default: true,
        description: text('config.enable', {
          zh: '在编辑器中检查公文。关闭后，这些文件不再显示检查结果（“公文检查：开启/关闭检查”命令对整个工作区开关）。只在编辑器设置中有效。',
          en: 'Check drafts in the editor. When off, these files show no findings (the command "Toggle checking" switches the whole workspace). Editor settings only.',
        }),
      },
    },
    {
      key: 'run',
      schema: {
        type: 'string',
        enum: [...RUN_MODES],
        enumDescriptions: RUN_MODES.map((m) => text(`config.run.${m}`, RUN_TEXT[m])),
        default: 'onType',
        description: text('config.run', {
          zh: '何时检查：输入时、只在打开和保存时，或不检查。只在编辑器设置中有效。',
          en: 'When to check: as you type, only on open and save, or never. Editor settings only.',
        }),
      },
    },
  ];
}

/** `${zh}\n\n${en}`: a schema file cannot be localised, so it carries both languages. */
export const bilingual: Text = (_key, m) => (m.zh === m.en ? m.zh : `${m.zh}\n\n${m.en}`);

/** Editors that read only `description` (not VS Code's `markdownDescription`) get the same text. */
function withPlainDescriptions(v: Json): Json {
  if (Array.isArray(v)) return v.map(withPlainDescriptions);
  if (v === null || typeof v !== 'object') return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) out[k] = withPlainDescriptions(x);
  if (typeof out['markdownDescription'] === 'string' && out['description'] === undefined) out['description'] = out['markdownDescription'];
  return out;
}

export const SCHEMA_FILE = 'schemas/gongwen.schema.json';
/** File names the schema is associated with: the shared file, and preset files such as team.gongwen.json that others extend. */
export const SCHEMA_FILE_MATCH = ['.gongwen.json', '*.gongwen.json'];

/** The JSON schema of .gongwen.json: the settings' value schemas plus the keys only a config file has. */
export function configFileSchema(): JsonObject {
  const text = bilingual;
  const presets = Object.keys(PRESETS) as Array<keyof typeof PRESETS>;
  const preset: JsonObject = {
    type: 'string',
    enum: presets,
    enumDescriptions: presets.map((p) => text(`preset.${p}`, PRESET_DESCRIPTIONS[p])),
  };
  // One preset, or a list that stacks them (the completion offers both forms).
  const presetStack: JsonObject = {
    type: 'array',
    items: preset,
    minItems: 1,
    uniqueItems: true,
    defaultSnippets: [{ label: '["national-2024", "jinan-2019"]', body: ['national-2024', 'jinan-2019'] }],
  };
  const extendsItem: JsonObject = {
    anyOf: [
      preset,
      {
        type: 'string',
        pattern: CONFIG_PATH_PATTERN,
        description: text('extends.path', { zh: '另一个配置文件的路径，相对于本文件所在文件夹，如 ../.gongwen.json 或 ./team.gongwen.json', en: 'Another config file, relative to this file\'s folder, e.g. ../.gongwen.json or ./team.gongwen.json' }),
      },
    ],
  };
  const properties: JsonObject = {
    $schema: { type: 'string', description: text('$schema', { zh: '本 JSON 架构的地址（可省略：VS Code 扩展已自动关联）。', en: 'The address of this JSON schema (optional: the VS Code extension associates it).' }) },
    root: {
      type: 'boolean',
      default: false,
      description: text('root', {
        zh: '表明这是最上层的配置文件。只有离被检查文件最近的 .gongwen.json 生效，上层文件须用 extends 显式继承，因此此项仅作标记。',
        en: 'Marks the topmost config file. Only the .gongwen.json nearest to a checked file applies (parents are built on explicitly with extends), so this is a marker only.',
      }),
    },
    preset: {
      anyOf: [preset, presetStack],
      description: text('preset', {
        zh: '作为起点的内置预设，先于 extends 和本文件应用：jinan-2019（济南细则）、national-2024（全国《若干规定》），或一组预设如 ["national-2024", "jinan-2019"]：叠加后两者的规则都开启，同一数值取更严格的一个。',
        en: 'The built-in preset to start from, applied before extends and this file: jinan-2019 (the Jinan rules), national-2024 (the national Provisions), or a list such as ["national-2024", "jinan-2019"] that stacks them: every rule of either is on, and where both set a number the stricter one applies.',
      }),
    },
    extends: {
      description: text('extends', {
        zh: '在其上构建的配置：内置预设名称或其他配置文件的相对路径（一个或一组，按顺序应用，本文件最后应用）。循环引用和不存在的文件会报告为配置错误。配置中的任何内容都不会被执行。',
        en: 'What this file builds on: a built-in preset or other config files by relative path (one or a list, applied in order, this file last). Cycles and missing files are reported as configuration errors. Nothing in a configuration is ever executed.',
      }),
      anyOf: [extendsItem, { type: 'array', items: extendsItem }],
    },
  };
  for (const { key, schema } of settingSchemas(text)) properties[key] = schema;
  return withPlainDescriptions({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.gongwen.json',
    description: text('file', {
      zh: '公文减负助手的共享配置文件（允许注释）。离被检查文件最近的 .gongwen.json 生效；优先级：默认值 < preset < extends 的文件 < 本文件 < 编辑器设置。',
      en: 'Shared configuration of gongwen (comments allowed). The .gongwen.json nearest to a checked file applies; precedence: defaults < preset < extended files < this file < editor settings.',
    }),
    type: 'object',
    properties,
    additionalProperties: false,
    allowComments: true,
    allowTrailingCommas: true,
  }) as JsonObject;
}

// ---------------------------------------------------------------------------------------
// Outputs.

export interface ReadmeSection {
  name: string;
  /** Required sections get their markers added when missing; optional ones are filled only where the markers exist. */
  required: boolean;
  text: string;
}

export interface Generated {
  /** contributes.configuration of package.json. */
  configuration: JsonObject;
  /** contributes.jsonValidation of package.json. */
  jsonValidation: Json[];
  /** schemas/gongwen.schema.json. */
  schema: JsonObject;
  /** Generated nls entries, in output order. */
  nls: { en: Array<[string, string]>; zh: Array<[string, string]> };
  /** README sections: text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
  readme: ReadmeSection[];
  /** README.zh-CN.md sections, the same way. */
  readmeZh: ReadmeSection[];
  /** docs/national-2024.md sections, the same way. */
  national: ReadmeSection[];
  /** snippets/gongwen.code-snippets. */
  snippets: JsonObject;
}

/** A Text that emits `%key%` and collects the strings for package.nls*.json. */
function nlsText(): { text: Text; en: Array<[string, string]>; zh: Array<[string, string]> } {
  const seen = new Map<string, Msg>();
  const en: Array<[string, string]> = [];
  const zh: Array<[string, string]> = [];
  const text: Text = (key, m) => {
    const prev = seen.get(key);
    if (prev) {
      if (prev.zh !== m.zh || prev.en !== m.en) throw new Error(`generate: nls key ${key} used for two different texts`);
    } else {
      seen.set(key, m);
      en.push([key, m.en]);
      zh.push([key, m.zh]);
    }
    return `%${key}%`;
  };
  return { text, en, zh };
}

export const NLS_PREFIX = 'config.';

export function build(): Generated {
  const { text, en, zh } = nlsText();
  const title = text('config.title', { zh: '公文检查', en: 'gongwen' });
  const properties: JsonObject = {};
  [...settingSchemas(text), ...editorSettingSchemas(text)].forEach(({ key, schema }, order) => {
    properties[`gongwen.${key}`] = { ...schema, scope: 'resource', order };
  });
  const configuration: JsonObject = { title, properties };
  for (const [k] of en) if (!k.startsWith(NLS_PREFIX)) throw new Error(`generate: nls key ${k} must start with ${NLS_PREFIX}`);
  const readme: ReadmeSection[] = [
    { name: 'rules', required: true, text: readmeRuleTable() },
    { name: 'settings', required: false, text: readmeSettingsTable() },
  ];
  const jsonValidation: Json[] = [{ fileMatch: [...SCHEMA_FILE_MATCH], url: `./${SCHEMA_FILE}` }];
  const national: ReadmeSection[] = [{ name: 'national-rules', required: true, text: nationalRuleTable() }];
  const readmeZh: ReadmeSection[] = [{ name: 'rules', required: true, text: readmeRuleTable('zh') }];
  return { configuration, jsonValidation, schema: configFileSchema(), nls: { en, zh }, readme, readmeZh, national, snippets: snippets() as unknown as JsonObject };
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function formatValue(v: Json): string {
  if (Array.isArray(v)) return v.length ? v.map((x) => `\`${String(x)}\``).join(', ') : '`[]`';
  return `\`${v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)}\``;
}

const GENERATED_NOTE = '<!-- Generated by `npm run generate` from the rule registry: edit the registry, not this table. -->';

/** The words of the README rule table: README.md's in English, README.zh-CN.md's in Chinese. */
const RULE_TABLE_WORDS = {
  en: {
    note: GENERATED_NOTE,
    header: '| rule | 中文名称 | `jinan-2019` | `national-2024` | visits | default | quick fix | options (default) |',
    visit: (v: Visit) => `\`${v}\``,
    needs: (needs: readonly string[]) => ` (needs ${needs.join(', ')})`,
    fixable: 'yes',
  },
  zh: {
    note: '<!-- 由 `npm run generate` 根据规则注册表生成：请修改注册表，不要直接改这张表。 -->',
    header: '| 规则 | 中文名称 | `jinan-2019` | `national-2024` | 检查对象 | 默认级别 | 快速修复 | 选项（默认值） |',
    visit: (v: Visit) => VISIT_ZH[v],
    needs: (needs: readonly string[]) => `（需要${needs.map((n) => (n === 'workspace' ? '工作区' : n)).join('、')}）`,
    fixable: '有',
  },
};

const VISIT_ZH: Record<Visit, string> = { Document: '公文', MeetingArrangement: '会议安排', Itinerary: '调研行程' };

/** The rule table of README.md (`en`) or README.zh-CN.md (`zh`). */
export function readmeRuleTable(lang: keyof typeof RULE_TABLE_WORDS = 'en'): string {
  const w = RULE_TABLE_WORDS[lang];
  const rows = [w.note, '', w.header, '|---|---|---|---|---|---|---|---|'];
  for (const r of RULES) {
    const kinds = r.visits.map(w.visit).join(lang === 'zh' ? '、' : ', ') + (r.needs?.length ? w.needs(r.needs) : '');
    const options = r.options.length ? r.options.map((o) => `\`${o.name}\` = ${formatValue(o.default)}`).join('<br>') : '—';
    rows.push(
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${cell(r.title.zh)} | ${cell(packCell(r, 'jinan-2019'))} | ${cell(packCell(r, 'national-2024'))} | ${kinds} | \`${r.defaultSeverity}\` | ${r.fixable ? w.fixable : '—'} | ${cell(options)} |`,
    );
  }
  return rows.join('\n');
}

/** A rule in one pack, for the rule table: its clause, the grade of the wording, the pack's own numbers and severity. */
function packCell(r: RuleMeta, pack: Pack): string {
  const c = packsOf(r)[pack];
  if (!c) return '—';
  const { severity, options } = packSetting(r, pack);
  const own = r.options.filter((o) => JSON.stringify(options[o.name]) !== JSON.stringify(o.default)).map((o) => `\`${o.name}\` = ${formatValue(options[o.name] as Json)}`);
  const parts = [`${citeOf(r, pack).zh}${c.grade ? ` (${c.grade})` : ''}`];
  if (severity !== r.defaultSeverity) parts.push(`\`${severity}\``);
  return [...parts, ...own].join('<br>');
}

const GRADE_NAME: Record<string, string> = {
  V: 'V 原文', Q: 'Q 两家以上摘录', D: 'D 一家摘录', S: 'S 摘要', O: 'O 其他正式文件原文',
};

/** The rules of the national pack with their clause, the hover texts they quote and how far each is verified. */
export function nationalRuleTable(): string {
  const rows = [
    GENERATED_NOTE,
    '',
    '| rule | 中文名称 | cited as | grade | quoted in the hover | severity | numbers in this pack |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of RULES) {
    const c = packsOf(r)['national-2024'];
    if (!c || r.clause.startsWith('GB')) continue;
    const { severity, options } = packSetting(r, 'national-2024');
    const numbers = r.options.map((o) => `\`${o.name}\` = ${formatValue(options[o.name] as Json)}`).join('<br>') || '—';
    const quoted = c.keys.map((k) => `\`${k}\` (${clauseText(k)?.grade ?? '§'})`).join(', ');
    rows.push(`| [\`${r.id}\`](rules/${r.id}.md) | ${cell(r.title.zh)} | ${cell(citeOf(r, 'national-2024').zh)} | ${c.grade ? GRADE_NAME[c.grade] : '—'} | ${quoted} | \`${severity}\` | ${cell(numbers)} |`);
  }
  return rows.join('\n');
}

/** The settings table of the README (only written where its markers exist). */
export function readmeSettingsTable(): string {
  const plain: Text = (_key, m) => m.en;
  const rows = [GENERATED_NOTE, '', '| setting | default | what |', '|---|---|---|'];
  for (const { key, schema } of [...settingSchemas(plain), ...editorSettingSchemas(plain)]) {
    const what = String(schema['markdownDescription'] ?? schema['description'] ?? '');
    const values = Array.isArray(schema['enum']) ? ` One of ${schema['enum'].map((v) => `\`${String(v)}\``).join(', ')}.` : '';
    rows.push(`| \`gongwen.${key}\` | ${formatValue(schema['default'] ?? null)} | ${cell(what + values)} |`);
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------
// Reading and writing the files.

interface Target {
  file: string;
  /** What is wrong with the file's generated part, or [] when it matches. */
  drift(g: Generated): string[];
  /** Writes the file when its text would change; returns whether it did. */
  write(g: Generated): boolean;
}

function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as JsonObject;
}

function writeText(file: string, text: string): boolean {
  const full = path.join(ROOT, file);
  if (existsSync(full) && readFileSync(full, 'utf8') === text) return false;
  writeFileSync(full, text);
  return true;
}

function writeJson(file: string, value: Json): boolean {
  return writeText(file, JSON.stringify(value, null, 2) + '\n');
}

/** The first paths where two JSON values differ (key order included). */
function diffJson(a: Json | undefined, b: Json | undefined, at: string, out: string[], limit = 10): void {
  if (out.length >= limit) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const isObj = (v: unknown): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    for (const k of kb) if (!(k in a)) out.push(`${at}.${k}: missing`);
    for (const k of ka) if (!(k in b)) out.push(`${at}.${k}: not in the registry (stale)`);
    for (const k of kb) if (k in a) diffJson(a[k], b[k], `${at}.${k}`, out, limit);
    if (out.length === 0 && ka.join('\u0000') !== kb.join('\u0000')) out.push(`${at}: key order differs`);
    return;
  }
  const show = (v: Json | undefined) => (v === undefined ? 'missing' : JSON.stringify(v).slice(0, 80));
  out.push(`${at}: is ${show(a)}, expected ${show(b)}`);
}

const packageJson: Target = {
  file: 'package.json',
  drift(g) {
    const pkg = readJson(this.file);
    const contributes = (pkg['contributes'] ?? {}) as JsonObject;
    const out: string[] = [];
    diffJson(contributes['configuration'], g.configuration, 'contributes.configuration', out);
    diffJson(contributes['jsonValidation'], g.jsonValidation, 'contributes.jsonValidation', out);
    return out;
  },
  write(g) {
    const pkg = readJson(this.file);
    const contributes = (pkg['contributes'] && typeof pkg['contributes'] === 'object' ? pkg['contributes'] : {}) as JsonObject;
    contributes['configuration'] = g.configuration;
    contributes['jsonValidation'] = g.jsonValidation;
    pkg['contributes'] = contributes;
    return writeJson(this.file, pkg);
  },
};

function nlsTarget(file: string, pick: (g: Generated) => Array<[string, string]>): Target {
  return {
    file,
    drift(g) {
      const full = path.join(ROOT, file);
      if (!existsSync(full)) return ['file missing'];
      const current = readJson(file);
      const expected = new Map(pick(g));
      const out: string[] = [];
      for (const [k, v] of expected) {
        if (!(k in current)) out.push(`${k}: missing`);
        else if (current[k] !== v) out.push(`${k}: is ${JSON.stringify(current[k])}, expected ${JSON.stringify(v)}`);
      }
      for (const k of Object.keys(current)) if (k.startsWith(NLS_PREFIX) && !expected.has(k)) out.push(`${k}: not generated any more (stale)`);
      return out.length > 12 ? [...out.slice(0, 10), `… and ${out.length - 10} more entries`] : out;
    },
    write(g) {
      const full = path.join(ROOT, file);
      const current = existsSync(full) ? readJson(file) : {};
      const out: JsonObject = {};
      // Hand-written entries first, in their order; then the generated ones in generation order.
      for (const [k, v] of Object.entries(current)) if (!k.startsWith(NLS_PREFIX)) out[k] = v;
      for (const [k, v] of pick(g)) out[k] = v;
      return writeJson(file, out);
    },
  };
}

function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

function splitAt(text: string, name: string): { before: string; inside: string; after: string } | null {
  const m = markers(name);
  const i = text.indexOf(m.start);
  const j = text.indexOf(m.end, i + 1);
  if (i < 0 || j < 0) return null;
  return { before: text.slice(0, i + m.start.length), inside: text.slice(i + m.start.length, j), after: text.slice(j) };
}

const README_STUB = '# 公文减负助手（gongwen）\n';

const readme: Target = markdownTarget('README.md', (g) => g.readme);
const readmeZh: Target = markdownTarget('README.zh-CN.md', (g) => g.readmeZh);
const nationalDoc: Target = markdownTarget('docs/national-2024.md', (g) => g.national);

/** A Markdown file whose marked sections are generated. */
function markdownTarget(file: string, sections: (g: Generated) => ReadmeSection[]): Target {
  return {
  file,
  drift(g) {
    const full = path.join(ROOT, this.file);
    if (!existsSync(full)) return ['file missing'];
    const text = readFileSync(full, 'utf8').replace(/\r\n/g, '\n');
    const out: string[] = [];
    for (const sec of sections(g)) {
      const parts = splitAt(text, sec.name);
      if (!parts) {
        if (sec.required) out.push(`markers ${markers(sec.name).start} … ${markers(sec.name).end} missing`);
        continue;
      }
      const cur = parts.inside.trim().split('\n');
      const exp = sec.text.trim().split('\n');
      let shown = 0;
      for (let k = 0; k < Math.max(cur.length, exp.length); k++) {
        if ((cur[k] ?? '') === (exp[k] ?? '')) continue;
        if (shown++ < 5) out.push(`${sec.name} table line ${k + 1}: is ${JSON.stringify(cur[k] ?? '')}, expected ${JSON.stringify(exp[k] ?? '')}`);
      }
      if (shown > 5) out.push(`${sec.name} table: ${shown - 5} more lines differ`);
    }
    return out;
  },
  write(g) {
    const full = path.join(ROOT, this.file);
    let text = existsSync(full) ? readFileSync(full, 'utf8') : README_STUB;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    for (const sec of sections(g)) {
      let parts = splitAt(text, sec.name);
      if (!parts) {
        if (!sec.required) continue;
        // No markers yet: add them at the end, leaving the rest of the README alone.
        const m = markers(sec.name);
        parts = { before: `${text.replace(/\s*$/, '')}${eol}${eol}${m.start}`, inside: '', after: `${m.end}${eol}` };
      }
      text = `${parts.before}${eol}${sec.text.replace(/\n/g, eol)}${eol}${parts.after}`;
    }
    return writeText(this.file, text);
  },
  };
}

/** A JSON file that is generated whole (the config schema, the snippets). */
function jsonFileTarget(file: string, pick: (g: Generated) => JsonObject, label: string): Target {
  return {
    file,
    drift(g) {
      if (!existsSync(path.join(ROOT, file))) return ['file missing'];
      const out: string[] = [];
      diffJson(readJson(file), pick(g), label, out);
      return out;
    },
    write(g) {
      mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
      return writeJson(file, pick(g));
    },
  };
}

const schemaFile = jsonFileTarget(SCHEMA_FILE, (g) => g.schema, 'schema');
const snippetsFile = jsonFileTarget(SNIPPETS_FILE, (g) => g.snippets, 'snippets');

export const TARGETS: readonly Target[] = [
  packageJson,
  schemaFile,
  snippetsFile,
  nlsTarget('package.nls.json', (g) => g.nls.en),
  nlsTarget('package.nls.zh-cn.json', (g) => g.nls.zh),
  readme,
  readmeZh,
  nationalDoc,
];

/** What drifted, per file; empty when every generated part matches the registry. */
export function check(): Array<{ file: string; problems: string[] }> {
  const g = build();
  return TARGETS.map((t) => ({ file: t.file, problems: t.drift(g) })).filter((d) => d.problems.length > 0);
}

export function generate(): string[] {
  const g = build();
  const changed: string[] = [];
  for (const t of TARGETS) if (t.write(g)) changed.push(t.file);
  return changed;
}

function main(argv: string[]): number {
  if (argv.includes('--check')) {
    const drift = check();
    if (drift.length === 0) {
      console.log('generate --check: settings schema, config file schema, nls entries and README tables match the rule registry.');
      return 0;
    }
    console.error('generate --check: generated files are out of date with the rule registry:');
    for (const d of drift) {
      console.error(`  ${d.file}`);
      for (const p of d.problems) console.error(`    ${p}`);
    }
    console.error('Run `npm run generate` and commit the result.');
    return 1;
  }
  const changed = generate();
  console.log(changed.length ? `generate: wrote ${changed.join(', ')}` : 'generate: everything up to date');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
