import { isMap, isScalar } from 'yaml';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Plain scalars YAML 1.1 reads as booleans and YAML 1.2 as text. CloudFormation supports "the YAML Version 1.1
 * specification with a few exceptions" (AWS CloudFormation User Guide, "Template formats"). The single letters y and
 * n, which the 1.1 type repository also lists, are not among them: the common 1.1 parsers (SnakeYAML, PyYAML) read
 * them as text, and AWS's own samples use `Default: N` with `AllowedPattern: '[YN]'`.
 */
const YAML_1_1_BOOLEAN = /^(yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Plain scalars YAML 1.1 reads as numbers that YAML 1.2 reads otherwise (YAML 1.1 types "int" and "float"; YAML 1.2
 * core schema): a leading zero (octal 010 = 8 in 1.1, 10 in 1.2), binary 0b, base 60 (1:20 = 80), digits grouped
 * with '_' (1_000 = 1000) and hexadecimal with a sign or '_' (-0x10, 0x1_F; YAML 1.2's hex has neither), each text or
 * another number in YAML 1.2.
 */
const YAML_1_1_NUMBER =
  /^[-+]?(?:0[0-7_]+|0b[01_]+|0x[0-9a-fA-F]*_[0-9a-fA-F_]*|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[0-9][0-9_]*\.[0-9]*_[0-9_]*)$|^[-+]0x[0-9a-fA-F_]+$/;

/**
 * Plain scalars YAML 1.2's core schema reads as numbers and YAML 1.1 as text: octal 0o17, a leading zero before an 8
 * or 9 (012345678901, no octal to YAML 1.1, whose decimals start with 1 to 9), and an exponent with no '.' or no sign
 * (1e3; YAML 1.1's float needs both).
 */
const YAML_1_2_NUMBER = /^[-+]?(?:0o[0-7]+|0[0-9]*[89][0-9]*|[0-9]+(?:\.[0-9]*)?[eE][0-9]+|[0-9]+[eE][-+][0-9]+)$/;

/**
 * Why CloudFormation would read the plain scalar `written` as another type than vend does, or undefined when both
 * read it alike. `value` is what vend's YAML 1.2 parser made of it.
 */
export function yamlVersionMismatch(written: string, value: unknown): string | undefined {
  if (YAML_1_1_BOOLEAN.test(written))
    return `'${written}' is a boolean to CloudFormation, which reads templates as YAML 1.1, but text to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write true or false.`;
  if (YAML_1_1_NUMBER.test(written))
    return `'${written}' is a number to CloudFormation, which reads templates as YAML 1.1 (a leading 0 is octal, 0b binary, 0x hex even with a sign, ':' base 60, '_' ignored), but ${typeof value === 'number' ? `${value}` : 'text'} to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write the number in plain decimal.`;
  if (YAML_1_2_NUMBER.test(written))
    return `'${written}' is text to CloudFormation, which reads templates as YAML 1.1, but the number ${String(value)} to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write the number in plain decimal.`;
  return undefined;
}

/**
 * What CloudFormation does not read in a YAML template: "the binary, omap, pairs, set, and timestamp tags; aliases;
 * hash merges" (AWS CloudFormation User Guide, "CloudFormation template format"). It refuses the template, and only in
 * apply, after the stages before the StackSets' have run.
 */
const REFUSED_TEMPLATE_TAGS = new Set(
  ['binary', 'omap', 'pairs', 'set', 'timestamp'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** Why a template's YAML alias is refused: CloudFormation refuses any, though cfn-lint and `package` resolve them. */
export const TEMPLATE_ALIAS =
  'CloudFormation refuses a template with YAML aliases ("YAML aliases are not allowed in CloudFormation templates"; User Guide, "CloudFormation template format"), though cfn-lint and aws cloudformation package resolve them: write the value out where the alias stands, and remove the anchor.';

/** Why CloudFormation refuses a template with a value tagged `tag`, or undefined when it reads the tag. */
export function refusedTemplateTag(tag: string | undefined): string | undefined {
  if (tag === undefined || !REFUSED_TEMPLATE_TAGS.has(tag)) return undefined;
  return `CloudFormation does not read the YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')} in a template (User Guide, "CloudFormation template format") and refuses the template: write the value without it.`;
}

/**
 * A template's mapping or list that CloudFormation refuses: tagged !!set, !!omap or !!pairs, or a mapping with a hash
 * merge (a plain `<<` key, which YAML 1.1 reads as a merge; quoted, it is only a key). Each with where it starts.
 */
export function templateCollectionProblems(collection: YAMLMap | YAMLSeq): { message: string; offset?: number }[] {
  const tagged = refusedTemplateTag(collection.tag);
  const problems = tagged ? [{ message: tagged, offset: collection.range?.[0] }] : [];
  if (isMap(collection))
    for (const item of collection.items)
      if (isScalar(item.key) && item.key.type === 'PLAIN' && item.key.value === '<<')
        problems.push({
          message:
            'CloudFormation reads templates as YAML 1.1, where the key << merges another mapping in, and it does not support hash merges (User Guide, "CloudFormation template format"): write the keys out.',
          offset: item.key.range?.[0],
        });
  return problems;
}

/** How YAML's core tags are spelt in full: `!!str` is `tag:yaml.org,2002:str`. */
export const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';

/** Explicit tags that keep a collection as written: !!map and !!seq. */
export const COLLECTION_TAGS = new Set(['map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Explicit tags that keep a value as its own core type: !!str, and the types YAML reads plain values as anyway. */
export const TEXT_TAGS = new Set(['str', 'int', 'float', 'bool', 'null'].map((name) => `tag:yaml.org,2002:${name}`));

/** Whether a key YAML read as a number or boolean still reads as the text written (`2024`, `true`). */
export function sameText(key: Scalar): boolean {
  return key.value !== null && key.source !== undefined && String(key.value) === key.source;
}

/** Why a key YAML 1.2 reads as a number, boolean or null is refused, and how to keep it as written. */
export function keyTextMessage(key: Scalar): string {
  const written = key.source ?? '';
  if (key.value === null)
    return `the key ${written === '' ? '(nothing)' : `'${written}'`} is read as null, which names nothing; write the name, quoted if it is ~ or null.`;
  const kind = typeof key.value === 'boolean' ? 'the boolean' : 'the number';
  return `the key ${written} is read as ${kind} ${String(key.value)}, not as the text written (YAML 1.2 reads unquoted numbers and true/false so); quote it ('${written}') to keep it as written.`;
}

/**
 * Why a collection's explicit tag is refused in vend's own files, or undefined: !!omap, !!set or !!pairs make a
 * mapping a list of pairs, or a set, which vend would read as holding nothing, so the SCPs, tags or overrides the
 * file shows would be gone from the plan with no error (YAML 1.1 types, "Language-Independent Types for YAML").
 * Only the core types a collection is read as anyway are taken.
 */
export function collectionTagProblem(node: YAMLMap | YAMLSeq | { tag?: string }): string | undefined {
  if (node.tag === undefined || COLLECTION_TAGS.has(node.tag)) return undefined;
  return `the YAML tag ${node.tag.replace(CORE_TAG_PREFIX, '!!')} makes this ${isMap(node) ? 'mapping' : 'list'} other than the one written, and vend would read it as empty; remove the tag.`;
}
