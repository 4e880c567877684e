import { parametersOf } from '../cloudformation-template.js';
import type { LoadedRepository, LoadedTemplate } from '../repository.js';
import { isMapping } from './rule-context.js';
import { parameterPlaces } from './template-iam-parameter-values.js';

/** One text an intrinsic function can give: `partial` when a part stood in for what only AWS knows. */
export interface PossibleText {
  text: string;
  /** Where the parameter values in it come from (`TopicName from baselines/organization.yaml`). */
  from: string[];
  partial: boolean;
}

/** What an attribute, an import or the stack's name is replaced by: a character every IAM name and path takes. */
const UNKNOWN = 'x';
/**
 * Pseudo parameters by what they are at the least, in characters every IAM name takes: an account id is always twelve
 * digits, a Region's name at least nine (us-east-1), a partition at least three (aws). Lengths are then checked as
 * lower bounds (CloudFormation User Guide, "Pseudo parameters reference").
 */
const PSEUDO: Readonly<Record<string, string>> = {
  'AWS::AccountId': '000000000000',
  'AWS::Region': 'xx-xxxx-1',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};
/** One stack instance's values, to read an expression as that instance gets it (possibleTexts' `instance`). */
export interface InstanceValues {
  /** A pseudo parameter's value in the instance (`AWS::AccountId`, `AWS::Region`…); undefined when unknown. */
  pseudo: (name: string) => string | undefined;
  /** The value a template parameter gets in the instance, and where it is written; undefined when unknown. */
  parameter: (name: string) => { value: string; where: string } | undefined;
}

/** Past this many combinations (a Join of lists, a Sub of several parameters), the expression is not read. */
const MAX_TEXTS = 64;

/**
 * The texts an intrinsic function (Fn::Sub, Fn::Join, Fn::If, Fn::FindInMap, Fn::Select, Fn::Split, Ref) can give in
 * some stack instance of the baseline `template` belongs to, read offline: parameters take every value the repository
 * gives them (organization.yaml's, or the Default where it sets none, and the overrides of each manifest that gets
 * the baseline), both branches of an Fn::If count, mappings are looked up. What only AWS knows (a pseudo parameter, a
 * resource attribute, an import) stands as UNKNOWN and marks the text `partial`. Undefined when the expression cannot
 * be read, or gives more than MAX_TEXTS texts. With `instance`, parameters and pseudo parameters take that one
 * instance's values instead, and what it does not know marks the text `partial`. Source: CloudFormation User Guide,
 * "Intrinsic function reference".
 */
export function possibleTexts(
  repository: LoadedRepository,
  template: LoadedTemplate,
  value: unknown,
  instance?: InstanceValues,
): PossibleText[] | undefined {
  // Every list is bounded, as a Join's or a Sub's is: nested functions must not multiply past it.
  const capped = (texts: PossibleText[] | undefined) => (texts && texts.length <= MAX_TEXTS ? texts : undefined);
  const parameters = parametersOf(template.template);
  const mappings = (template.template as { Mappings?: unknown } | null)?.Mappings;
  const parameterTexts = (name: string): PossibleText[] | undefined => {
    if (instance) {
      if (isMapping(parameters[name])) {
        const given = instance.parameter(name);
        return [
          given
            ? { text: given.value, from: [`${name} from ${given.where}`], partial: false }
            : { text: UNKNOWN, from: [], partial: true },
        ];
      }
      const pseudo = name.startsWith('AWS::') ? instance.pseudo(name) : undefined;
      return pseudo === undefined ? undefined : [{ text: pseudo, from: [], partial: false }];
    }
    if (!isMapping(parameters[name]))
      return name.startsWith('AWS::') ? [{ text: PSEUDO[name] ?? UNKNOWN, from: [], partial: true }] : undefined;
    const places = parameterPlaces(repository, template, name);
    // An SSM parameter type's values name Systems Manager parameters: what the stack gets is AWS's.
    if (!places) return [{ text: UNKNOWN, from: [], partial: true }];
    return capped(places.map(({ value, where }) => ({ text: value, from: [`${name} from ${where}`], partial: false })));
  };
  const join = (lists: PossibleText[][], separator: string): PossibleText[] | undefined => {
    let texts: PossibleText[] | undefined;
    for (const list of lists) {
      texts =
        texts === undefined
          ? list
          : texts.flatMap((head) =>
              list.map((tail) => ({
                text: `${head.text}${separator}${tail.text}`,
                from: [...head.from, ...tail.from],
                partial: head.partial || tail.partial,
              })),
            );
      if (texts.length > MAX_TEXTS) return undefined;
    }
    return texts ?? [{ text: '', from: [], partial: false }];
  };
  const resolve = (node: unknown, depth = 0): PossibleText[] | undefined => {
    if (depth > 8) return undefined;
    if (typeof node === 'string' || typeof node === 'number') return [{ text: String(node), from: [], partial: false }];
    if (!isMapping(node)) return undefined;
    const entries = Object.entries(node);
    if (entries.length !== 1) return undefined;
    const [[name, argument]] = entries as [[string, unknown]];
    const all = (nodes: unknown[]) => {
      const lists = nodes.map((item) => resolve(item, depth + 1));
      return lists.every((list): list is PossibleText[] => list !== undefined) ? lists : undefined;
    };
    switch (name) {
      case 'Ref':
        return typeof argument === 'string' ? parameterTexts(argument) : undefined;
      case 'Fn::If': {
        if (!Array.isArray(argument) || argument.length !== 3) return undefined;
        // A branch of AWS::NoValue removes the property: nothing to check there.
        const branches = argument.slice(1).filter((branch) => !(isMapping(branch) && branch.Ref === 'AWS::NoValue'));
        const lists = all(branches);
        // A condition commonly guards a parameter's value (HasName: !Not [!Equals [!Ref Name, '']]), and vend does
        // not evaluate conditions: a branch's text from a parameter may never deploy, its literal text may.
        return capped(lists?.flat().filter((text) => text.from.length === 0));
      }
      case 'Fn::Join': {
        if (!Array.isArray(argument) || typeof argument[0] !== 'string' || !Array.isArray(argument[1]))
          return undefined;
        const lists = all(argument[1]);
        return lists && join(lists, argument[0]);
      }
      case 'Fn::Sub': {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        if (typeof text !== 'string') return undefined;
        const map = isMapping(variables) ? variables : {};
        const pieces: PossibleText[][] = [];
        let last = 0;
        for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
          pieces.push([{ text: text.slice(last, match.index), from: [], partial: false }]);
          last = match.index + match[0].length;
          const inner = match[1]!;
          if (inner.startsWith('!')) {
            pieces.push([{ text: `\${${inner.slice(1)}}`, from: [], partial: false }]);
            continue;
          }
          const variable = inner.trim();
          const resolved = Object.hasOwn(map, variable)
            ? resolve(map[variable], depth + 1)
            : isMapping(parameters[variable]) || variable.startsWith('AWS::')
              ? parameterTexts(variable)
              : [{ text: UNKNOWN, from: [], partial: true }];
          if (!resolved) return undefined;
          pieces.push(resolved);
        }
        pieces.push([{ text: text.slice(last), from: [], partial: false }]);
        return join(pieces, '');
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(argument) || argument.length < 3 || !isMapping(mappings)) return undefined;
        const keys = all(argument.slice(0, 3));
        if (!keys || keys[0]!.length * keys[1]!.length * keys[2]!.length > MAX_TEXTS) return undefined;
        return keys[0]!.flatMap((map) =>
          keys[1]!.flatMap((first) =>
            keys[2]!.flatMap((second) => {
              const table = (mappings as Record<string, unknown>)[map.text];
              const row = isMapping(table) ? table[first.text] : undefined;
              const found = isMapping(row) ? row[second.text] : undefined;
              return typeof found === 'string' || typeof found === 'number'
                ? [{ text: String(found), from: [...map.from, ...first.from, ...second.from], partial: false }]
                : [];
            }),
          ),
        );
      }
      case 'Fn::Select': {
        if (!Array.isArray(argument) || argument.length !== 2) return undefined;
        const index = Number(argument[0]);
        if (!Number.isInteger(index)) return undefined;
        const list = argument[1];
        if (Array.isArray(list)) return index < list.length ? resolve(list[index], depth + 1) : undefined;
        // A CommaDelimitedList parameter, or an Fn::Split: each text split, its member at the index.
        // A CommaDelimitedList's members are trimmed ("each member string is space trimmed", User Guide,
        // "Parameters"); an Fn::Split's are not.
        const source =
          isMapping(list) && Array.isArray(list['Fn::Split']) && typeof list['Fn::Split'][0] === 'string'
            ? { texts: resolve(list['Fn::Split'][1], depth + 1), separator: list['Fn::Split'][0], trim: false }
            : { texts: resolve(list, depth + 1), separator: ',', trim: true };
        return source.texts?.flatMap((whole) => {
          const member = whole.text.split(source.separator)[index];
          return member === undefined ? [] : [{ ...whole, text: source.trim ? member.trim() : member }];
        });
      }
      default:
        // Fn::GetAtt, Fn::ImportValue, Fn::GetAZs…: what AWS gives.
        return [{ text: UNKNOWN, from: [], partial: true }];
    }
  };
  return resolve(value);
}
