import { parametersOf } from '../cloudformation-template.js';
import type { LoadedRepository, LoadedTemplate } from '../repository.js';

/**
 * The values the repository gives a template parameter, each with where it is set: the template's Default,
 * organization.yaml's baseline parameters, and every manifest's overrides for the baseline. What a `Ref` to it can
 * be in some account, which the template rules read as they read a literal.
 */
export type ParameterValues = (parameter: string) => readonly { value: string; where: string }[];

/** ParameterValues for the baseline `template` belongs to. */
export function parameterValues(repository: LoadedRepository, template: LoadedTemplate): ParameterValues {
  const declared = parametersOf(template.template);
  return (parameter) => {
    const declaration = declared[parameter];
    if (typeof declaration !== 'object' || declaration === null) return [];
    const found: { value: string; where: string }[] = [];
    const add = (value: unknown, where: string) => {
      if (typeof value === 'string' || typeof value === 'number') found.push({ value: String(value), where });
    };
    add((declaration as { Default?: unknown }).Default, `its Default in ${template.file}`);
    add(
      repository.organization?.value.baselines?.[template.baseline]?.parameters?.[parameter],
      'baselines/organization.yaml',
    );
    for (const { source, value } of repository.accounts)
      add(value.parameters?.[template.baseline]?.[parameter], source.file);
    return found;
  };
}

/**
 * Where an Action, Resource or Principal is, or may be, `*`: `''` when the template spells it (a literal, an
 * `Fn::Sub` or `Fn::Join` that spells it whatever the parameters, a branch of an `Fn::If`, a piece of an
 * `Fn::Split`), or `parameter X is "*" in <file>` when a `Ref` takes it from a value the repository sets (a
 * CommaDelimitedList's member too). Undefined when it cannot be.
 */
export function wildcardIn(value: unknown, values: ParameterValues): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = wildcardIn(item, values);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (literalText(value) === '*') return '';
  const call = intrinsic(value);
  if (call?.name === 'Ref' && typeof call.argument === 'string') {
    const parameter = call.argument;
    const star = values(parameter).find(({ value: set }) => set.split(',').some((member) => member.trim() === '*'));
    return star ? `parameter ${parameter} is "*" in ${star.where}` : undefined;
  }
  if (call?.name === 'Fn::If' && Array.isArray(call.argument)) return wildcardIn(call.argument.slice(1), values);
  if (call?.name === 'Fn::Split' && Array.isArray(call.argument)) {
    const [delimiter, text] = call.argument.map((part) => literalText(part));
    return delimiter !== undefined && text !== undefined && text.split(delimiter).includes('*') ? '' : undefined;
  }
  return undefined;
}

/**
 * Whether a statement's Effect is, or may be, Allow: a literal Allow, a parameter some value of which is Allow (or
 * that the repository sets nowhere), a branch of an `Fn::If`, or anything else that is not spelt Deny.
 */
export function mayAllow(effect: unknown, values: ParameterValues): boolean {
  const text = literalText(effect);
  if (text !== undefined) return text === 'Allow';
  const call = intrinsic(effect);
  if (call?.name === 'Ref' && typeof call.argument === 'string') {
    const set = values(call.argument);
    return set.length === 0 || set.some(({ value }) => value === 'Allow');
  }
  if (call?.name === 'Fn::If' && Array.isArray(call.argument))
    return call.argument.slice(1).some((branch) => mayAllow(branch, values));
  return true;
}

/** Whether a value is `AWS::NoValue`, or may be one: an `Fn::If` with it as a branch, at any depth of branches. */
export function mayBeNoValue(value: unknown): boolean {
  const call = intrinsic(value);
  if (call?.name === 'Ref') return call.argument === 'AWS::NoValue';
  if (call?.name === 'Fn::If' && Array.isArray(call.argument))
    return call.argument.slice(1).some((branch) => mayBeNoValue(branch));
  return false;
}

/** Whether a NotAction list excludes every IAM action (`iam:*`, or `*`), however it is spelt in case. */
export function excludesIam(value: unknown): boolean {
  const actions = (Array.isArray(value) ? value : [value]).map((action) => literalText(action)?.toLowerCase());
  return actions.some((action) => action === '*' || action === 'iam:*');
}

/** `{ "Fn::Name": argument }`, the one shape of an intrinsic function in a parsed template; undefined otherwise. */
function intrinsic(value: unknown): { name: string; argument: unknown } | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [[name, argument]] = entries as [[string, unknown]];
  return name === 'Ref' || name.startsWith('Fn::') ? { name, argument } : undefined;
}

/**
 * The text a value spells whatever the stack's parameters: a string or number, an `Fn::Sub` whose variables are all
 * escaped (`${!x}`) or map to such text, an `Fn::Join` of such pieces, or an `Fn::Select` of one from a literal list
 * (or an `Fn::Split` of a literal). Undefined for anything a parameter or resource
 * decides; with `unknown`, that text stands for each such part instead (`arn:${AWS::Partition}:…` still ends as
 * the literal does). CloudFormation User Guide, "Fn::Sub" and "Fn::Join".
 */
export function literalText(value: unknown, unknown?: string): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const call = intrinsic(value);
  if (call?.name === 'Fn::Sub') {
    const [text, variables] = Array.isArray(call.argument) ? call.argument : [call.argument, {}];
    if (typeof text !== 'string') return undefined;
    const map = (variables && typeof variables === 'object' ? variables : {}) as Record<string, unknown>;
    let resolved = true;
    const spelt = text.replace(/\$\{([^}]*)\}/g, (_whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const literal = Object.hasOwn(map, inner.trim()) ? literalText(map[inner.trim()], unknown) : undefined;
      if (literal === undefined && unknown === undefined) resolved = false;
      return literal ?? unknown ?? '';
    });
    return resolved ? spelt : undefined;
  }
  if (call?.name === 'Fn::Join' && Array.isArray(call.argument)) {
    const [delimiter, pieces] = call.argument;
    if (typeof delimiter !== 'string' || !Array.isArray(pieces)) return undefined;
    const texts = pieces.map((piece) => literalText(piece, unknown) ?? unknown);
    return texts.every((piece) => piece !== undefined) ? texts.join(delimiter) : undefined;
  }
  // `!Select [0, ['666666']]`, or of `!Split [',', 'a,b']`: an item of a literal list.
  if (call?.name === 'Fn::Select' && Array.isArray(call.argument)) {
    const [at, list] = call.argument;
    const index = Number(literalText(at));
    const split = intrinsic(list);
    const items = Array.isArray(list)
      ? list
      : split?.name === 'Fn::Split' && Array.isArray(split.argument)
        ? splitText(split.argument)
        : undefined;
    return Number.isInteger(index) && items && index >= 0 && index < items.length
      ? (literalText(items[index], unknown) ?? unknown)
      : unknown;
  }
  return unknown;
}

/** The pieces of `Fn::Split [delimiter, literal]` (an empty delimiter splits on commas), or undefined. */
function splitText(argument: unknown[]): string[] | undefined {
  const [delimiter, text] = [argument[0], literalText(argument[1])];
  return typeof delimiter === 'string' && text !== undefined ? text.split(delimiter || ',') : undefined;
}
