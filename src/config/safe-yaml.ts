import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import { RULES } from './diagnostics.js';
import { findHiddenCharacters, hiddenCharacterMessage } from './hidden-characters.js';
import type { HiddenCharacter } from './hidden-characters.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import type { Diagnostic, RuleId, SourcePosition } from './diagnostics.js';
import { formatCount } from './quotas.js';
import { aliasExpansion, firstNodeDeeperThan, MAX_ALIAS_EXPANSION, MAX_ALIASES, MAX_NESTING } from './yaml-limits.js';
import {
  collectionTagProblem,
  CORE_TAG_PREFIX,
  keyTextMessage,
  refusedTemplateTag,
  sameText,
  TEMPLATE_ALIAS,
  templateCollectionProblems,
  TEXT_TAGS,
  yamlVersionMismatch,
} from './yaml-versions.js';

export const MAX_FILE_BYTES = 1024 * 1024;
/** Keys that could reach Object.prototype when a document is turned into a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether the loader refuses `key` as a mapping key (rule yaml-forbidden-key). */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export type YamlPath = readonly (string | number)[];

/** A parsed YAML (or JSON) file that remembers where every key and value came from. */
export class SourceFile {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  positionOfOffset(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * The position of the node at `path`. With `part: 'key'` it points at the key of the last path segment, which
   * is where a reader looks for "unknown key" or "missing value" problems. Falls back to the deepest ancestor
   * that exists, so a diagnostic is never without a line.
   */
  positionOf(path: YamlPath, part: 'key' | 'value' = 'value'): SourcePosition {
    let node: unknown = this.document.contents;
    let position = this.nodeStart(node) ?? { line: 1, column: 1 };
    for (let index = 0; index < path.length; index++) {
      const segment = path[index];
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return position;
        const keyPosition = this.nodeStart(pair.key);
        if (isLast && part === 'key' && keyPosition) return keyPosition;
        node = pair.value;
        position = this.nodeStart(node) ?? keyPosition ?? position;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        position = this.nodeStart(node) ?? position;
      } else {
        return position;
      }
    }
    return position;
  }

  diagnostic(rule: RuleId, message: string, path: YamlPath = [], part: 'key' | 'value' = 'value'): Diagnostic {
    return { file: this.file, ...this.positionOf(path, part), rule, severity: 'error', message };
  }

  private nodeStart(node: unknown): SourcePosition | undefined {
    const range = (node as Node | undefined)?.range;
    return range ? this.positionOfOffset(range[0]) : undefined;
  }
}

function nestingError(file: string, position: SourcePosition): Diagnostic {
  return fileError(
    file,
    RULES.yamlNesting,
    `lists and mappings nest more than ${MAX_NESTING} levels deep here; no vend file needs that many. Flatten the structure.`,
    position,
  );
}

function fileError(
  file: string,
  rule: RuleId,
  message: string,
  position: SourcePosition = { line: 1, column: 1 },
): Diagnostic {
  return { file, ...position, rule, severity: 'error', message };
}

/**
 * Decodes and parses one repository file defensively. Repository content comes from pull requests, so
 * anything that could exhaust memory (huge files, alias bombs) or poison objects (`__proto__`) is refused
 * before the value is materialised. `allowCustomTags` keeps CloudFormation short-form tags (`!Ref`) on their
 * nodes instead of reporting them. `json` requires JSON: YAML would accept a trailing comma or a comment, so the
 * text is checked as JSON first and a mistake is reported where JSON says it is.
 */
export function parseRepositoryFile(
  file: string,
  bytes: Uint8Array,
  options: { allowCustomTags?: boolean; requireMapping?: boolean; json?: boolean } = {},
): { source?: SourceFile; diagnostics: Diagnostic[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlFileTooLarge,
          `file is ${formatCount(bytes.byteLength)} bytes; the limit is ${formatCount(MAX_FILE_BYTES)} bytes (1 MiB). Split it or remove generated content.`,
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { diagnostics: [fileError(file, RULES.yamlEncoding, 'file is not valid UTF-8; save it as UTF-8 text.')] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlEncoding,
          'file contains a NUL byte, so it is binary, not YAML; replace it with a text file.',
        ),
      ],
    };
  }

  // YAML 1.2 (section 5.4, b-break) and JSON (RFC 8259, ws) both read a lone carriage return as a line break, which
  // the parser does not: one character for one keeps every offset, and the file's own text is what vend sends.
  const readable = text.replace(/\r(?!\n)/g, '\n');

  // A %YAML 1.1 directive would turn `closed: yes` into true, and %TAG handles make one tag look like another:
  // vend reads YAML 1.2 only, as written.
  const directive = /^%(YAML|TAG)\b/m.exec(text);
  if (directive) {
    const lines = new LineCounter();
    parseDocument(readable, { lineCounter: lines });
    const { line, col } = lines.linePos(directive.index);
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlDirective,
          `the %${directive[1]} directive is not supported: vend reads YAML 1.2 as written. Remove the directive line (and a lone '---' after it).`,
          { line, column: col },
        ),
      ],
    };
  }

  const lines = new LineCounter();
  const hidden = findHiddenCharacters(text);
  if (hidden.length > 0) {
    const counter = new LineCounter();
    parseDocument(readable, { lineCounter: counter });
    return {
      diagnostics: hidden.map((character) => {
        const { line, col } = counter.linePos(character.offset);
        return hiddenCharacterError(file, character, { line, column: col });
      }),
    };
  }
  if (options.json) {
    const error = jsonSyntaxDiagnostic(file, readable);
    if (error) return { diagnostics: [error] };
  }
  const document = parseDocument(readable, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: '1.2',
  });
  const source = new SourceFile(file, text, document, lines);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number | undefined) => source.positionOfOffset(offset ?? 0);

  // The parser recurses per level: its stack overflow, reported at every level it unwinds through, is this file's
  // nesting, not a fault to show as one.
  const overflow = document.errors.find((error) => error.message.includes('Maximum call stack size exceeded'));
  if (overflow) return { diagnostics: [nestingError(file, at(overflow.pos[0]))] };
  const reportedOffsets = new Set<number>();
  for (const error of document.errors) {
    // The parser often reports several consequences of one mistake at the same spot; the first says it best.
    if (reportedOffsets.has(error.pos[0])) continue;
    reportedOffsets.add(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    diagnostics.push(
      fileError(
        file,
        duplicate ? RULES.yamlDuplicateKey : RULES.yamlSyntax,
        duplicate
          ? 'duplicate key; each key may appear once in a mapping. Remove or rename one of them.'
          : error.code === 'MULTIPLE_DOCS'
            ? "a second YAML document starts here: each file holds one. Remove this '---' and what follows it, or move that into a file of its own."
            : `YAML syntax error: ${firstLine(error.message)}`,
        at(error.pos[0]),
      ),
    );
  }
  for (const warning of document.warnings) {
    const unresolved =
      warning.code === 'TAG_RESOLVE_FAILED' ? /Unresolved tag: (\S+)/.exec(warning.message)?.[1] : undefined;
    // A core tag on a node of another kind (`!!map [a]`, `!!str {a: b}`) is a mistake in a template as anywhere;
    // a template's other tags are CloudFormation's short forms (!Ref), read by templateProblems.
    const core = unresolved?.startsWith(CORE_TAG_PREFIX) ? `!!${unresolved.slice(CORE_TAG_PREFIX.length)}` : undefined;
    if (warning.code === 'TAG_RESOLVE_FAILED' && options.allowCustomTags && !core) continue;
    diagnostics.push(
      fileError(
        file,
        core && options.allowCustomTags ? RULES.templateParse : RULES.yamlSyntax,
        core
          ? `the YAML tag ${core} does not fit the value it is on (a ${core === '!!map' ? 'mapping' : core === '!!seq' ? 'list' : 'plain value'} tag on something else): remove the tag.`
          : warning.code === 'TAG_RESOLVE_FAILED'
            ? `the YAML tag ${unresolved ?? ''} means nothing in vend's own files (CloudFormation's functions, such as !Ref, belong in templates under baselines/stacksets/): write the value itself.`
            : `YAML: ${firstLine(warning.message)}`,
        at(warning.pos[0]),
      ),
    );
  }
  if (diagnostics.length > 0) return { diagnostics };
  const tooDeep = firstNodeDeeperThan(document.contents, MAX_NESTING);
  if (tooDeep) return { diagnostics: [nestingError(file, at(tooDeep.range?.[0]))] };

  const templateProblems = (collection: YAMLMap | YAMLSeq) =>
    templateCollectionProblems(collection).map(({ message, offset }) =>
      fileError(file, RULES.templateParse, message, at(offset)),
    );
  let aliases = 0;
  const collectionTag = (node: Node) => {
    const problem = options.json ? undefined : collectionTagProblem(node);
    if (problem) diagnostics.push(fileError(file, RULES.yamlSyntax, problem, at(node.range?.[0])));
  };
  visit(document, {
    Alias(_key, node) {
      aliases++;
      // CloudFormation refuses a template with any alias ("Template error: YAML aliases are not allowed in
      // CloudFormation templates"), though cfn-lint and `aws cloudformation package` resolve them.
      if (options.allowCustomTags && aliases === 1)
        diagnostics.push(fileError(file, RULES.templateParse, TEMPLATE_ALIAS, at(node.range?.[0])));
      else if (aliases === MAX_ALIASES + 1) {
        diagnostics.push(
          fileError(
            file,
            RULES.yamlAliasLimit,
            `more than ${MAX_ALIASES} YAML aliases; write the values out instead of using anchors and aliases.`,
            at(node.range?.[0]),
          ),
        );
      }
    },
    // The parser's duplicate check compares keys as YAML values, so 7 and '7' (or true and 'true') pass it; vend, AWS
    // and CloudFormation read keys as text, where they are one key and the later silently replaces the first.
    Map(_key, map) {
      if (options.allowCustomTags) diagnostics.push(...templateProblems(map));
      else collectionTag(map);
      const seen = new Set<string>();
      for (const item of map.items) {
        const key = isAlias(item.key) ? item.key.resolve(document) : item.key;
        if (!isScalar(key)) continue;
        const text = String(key.value);
        if (seen.has(text))
          diagnostics.push(
            fileError(
              file,
              RULES.yamlDuplicateKey,
              `duplicate key: '${text}' is already a key of this mapping, written another way, and keys are text, so one would silently replace the other. Keep one of them.`,
              at((item.key as Node | null)?.range?.[0]),
            ),
          );
        seen.add(text);
      }
    },
    Seq(_key, seq) {
      if (options.allowCustomTags) diagnostics.push(...templateProblems(seq));
      else collectionTag(seq);
    },
    Pair(_key, pair) {
      // An alias as a key (`*k: x` with `&k __proto__`) is the same key as the text it stands for.
      const key = isAlias(pair.key) ? pair.key.resolve(document) : pair.key;
      const position = at((pair.key as Node | null)?.range?.[0]);
      // YAML 1.1 reads a plain << as a merge of the mapping it holds, and people write it so; YAML 1.2, which vend
      // reads its own files as, has no merge: it would be a key named '<<' (an OU of that name, say), its keys lost.
      if (!options.allowCustomTags && isScalar(key) && key.type === 'PLAIN' && key.value === '<<')
        diagnostics.push(
          fileError(
            file,
            RULES.yamlForbiddenKey,
            "a << key merges a mapping in only in YAML 1.1; vend reads YAML 1.2, where it is an ordinary key named '<<': write the keys out (or quote it, '<<', if it is a name).",
            position,
          ),
        );
      else if (isScalar(key) && FORBIDDEN_KEYS.has(String(key.value)))
        diagnostics.push(
          fileError(file, RULES.yamlForbiddenKey, `key '${String(key.value)}' is not allowed; rename it.`, position),
        );
      // YAML 1.2 reads an unquoted 007, 0x10, 1e3, True or ~ as a number, boolean or null: an OU or tag key would
      // reach AWS as 7, 16, 1000, true or nothing. CloudFormation templates keep their own reading (templateParse).
      // A key tagged other than as a core type (!!binary) is refused for its tag, below; !!int 0o10 is read as 8.
      else if (
        !options.allowCustomTags &&
        isScalar(key) &&
        typeof key.value !== 'string' &&
        (key.tag === undefined || TEXT_TAGS.has(key.tag)) &&
        !sameText(key)
      )
        diagnostics.push(fileError(file, RULES.yamlKeyText, keyTextMessage(key), position));
      else if (key !== null && !isScalar(key))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlForbiddenKey,
            'a key must be plain text, not a list or a mapping; write it as text.',
            position,
          ),
        );
    },
    Scalar(_key, scalar) {
      // An escape such as "\u202e" puts into the value what the text shows no sign of.
      const [escaped] = typeof scalar.value === 'string' ? findHiddenCharacters(scalar.value) : [];
      // An escape such as "\ud800" decodes to half a UTF-16 pair: not text AWS or GitHub would accept.
      if (escaped) diagnostics.push(hiddenCharacterError(file, escaped, at(scalar.range?.[0])));
      else if (typeof scalar.value === 'string' && LONE_SURROGATE.test(scalar.value))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlEncoding,
            'this value has an unpaired surrogate escape (\\uD800-\\uDFFF), which is not a character; write the character itself.',
            at(scalar.range?.[0]),
          ),
        );
      // !!binary or !!timestamp would make a value a byte buffer or a date, which no field of vend's takes as text.
      else if (!options.allowCustomTags && !options.json && scalar.tag !== undefined && !TEXT_TAGS.has(scalar.tag))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlSyntax,
            `the YAML tag ${scalar.tag.replace('tag:yaml.org,2002:', '!!')} makes this value other than the text written; remove it, and quote the value if it must stay text.`,
            at(scalar.range?.[0]),
          ),
        );
      else if (options.allowCustomTags && refusedTemplateTag(scalar.tag))
        diagnostics.push(fileError(file, RULES.templateParse, refusedTemplateTag(scalar.tag)!, at(scalar.range?.[0])));
      // `!!str yes` is text in YAML 1.1 too: the tag says so to CloudFormation as plainly as quotes would.
      else if (options.allowCustomTags && scalar.type === 'PLAIN' && scalar.tag !== `${CORE_TAG_PREFIX}str`) {
        const problem = yamlVersionMismatch(scalar.source ?? String(scalar.value), scalar.value);
        if (problem) diagnostics.push(fileError(file, RULES.templateParse, problem, at(scalar.range?.[0])));
      }
    },
  });
  if (diagnostics.length === 0 && aliases > 0) {
    const expansion = aliasExpansion(document);
    if (expansion.added > MAX_ALIAS_EXPANSION)
      diagnostics.push(
        fileError(
          file,
          RULES.yamlAliasLimit,
          `YAML aliases expand this file by ${expansion.added === Infinity ? 'an unbounded number of' : expansion.added} nodes; at most ${MAX_ALIAS_EXPANSION} are allowed. Write the values out instead of using anchors and aliases.`,
          at(expansion.largest?.range?.[0]),
        ),
      );
  }
  if (options.requireMapping !== false && !isMap(document.contents)) {
    diagnostics.push(
      fileError(
        file,
        RULES.yamlNotMapping,
        options.json
          ? 'the top level must be a JSON object ({ ... }); an SCP is one, with Version and Statement.'
          : 'the top level must be a mapping of keys to values (key: value).',
        at(document.contents?.range?.[0]),
      ),
    );
  }
  return diagnostics.length > 0 ? { diagnostics } : { source, diagnostics };
}

/** A hidden character, where it is, and why vend refuses it. */
function hiddenCharacterError(file: string, character: HiddenCharacter, position: SourcePosition): Diagnostic {
  return fileError(file, RULES.hiddenCharacter, hiddenCharacterMessage(character), position);
}

/** Half a UTF-16 surrogate pair: no character, refused by the loader (rule yaml-encoding). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function jsonSyntaxDiagnostic(file: string, text: string): Diagnostic | undefined {
  const problem = jsonSyntaxProblem(text);
  return problem && fileError(file, RULES.yamlSyntax, problem.message, problem.position);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
