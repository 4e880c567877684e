import { isListParameterType } from '../cloudformation-template.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlPath } from '../safe-yaml.js';
import { functionCalls, functionName, isMapping } from './rule-context.js';

/*
 * What each intrinsic function takes, by kind of value, as CloudFormation refuses a template otherwise. Sources, AWS
 * CloudFormation Template Reference, intrinsic function reference (intrinsic-function-reference-*.html):
 * - Fn::Sub: every variable "must resolve to a string" ("Template error: variable X in Fn::Sub expression does not
 *   resolve to a string"); Fn::Join: "a list of values", each a string; Fn::Split: "the source string";
 *   Fn::Select: "the list of objects to select from"; Fn::Base64: "the string value you want to convert";
 *   Fn::Equals: two strings ("Every Fn::Equals object requires a list of 2 string parameters").
 * - Fn::ImportValue: its argument may use Fn::Base64, Fn::FindInMap, Fn::If, Fn::Join, Fn::Select, Fn::Split, Fn::Sub
 *   and Ref, not Fn::ImportValue or Fn::GetAZs.
 * - Fn::Cidr: count "between 1 and 256"; cidrBits the host bits, out of 32 (IPv4) or 128 (IPv6), of CIDRs that fit
 *   in ipBlock.
 * - Lists: CommaDelimitedList and List<…> parameters (SSM parameter types of them too), AWS::NotificationARNs, and
 *   what Fn::Split, Fn::GetAZs and Fn::Cidr return. Only kinds known offline count: what Fn::GetAtt, Fn::FindInMap,
 *   Fn::If or Fn::Select give is CloudFormation's to check.
 */
type Kind = 'list' | 'string' | 'mapping';
type Report = (message: string, path: YamlPath) => Diagnostic;

const LIST_FUNCTIONS = new Set(['Fn::Split', 'Fn::GetAZs', 'Fn::Cidr']);
const STRING_FUNCTIONS = new Set(['Fn::Join', 'Fn::Sub', 'Fn::Base64', 'Fn::ImportValue']);
const IMPORT_VALUE_ALLOWS = new Set([
  'Fn::Base64',
  'Fn::FindInMap',
  'Fn::If',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Ref',
]);
const CLOSES = 'CloudFormation would refuse the template';

/** A value of a kind a function does not take, named with what gives it: `parameter 'Teams' (CommaDelimitedList)`. */
interface Typed {
  kind: Kind;
  what: string;
}

/** Each function given a list where it takes a string, a string where it takes a list, or a disallowed import. */
export function valueKindProblems(body: Record<string, unknown>, report: Report): Diagnostic[] {
  const parameters = isMapping(body.Parameters) ? body.Parameters : {};
  const typed = (node: unknown): Typed | undefined => kindOf(node, parameters);
  const notString = (node: unknown): Typed | undefined => {
    const found = typed(node);
    return found && found.kind !== 'string' ? found : undefined;
  };
  return functionCalls(body).flatMap(({ name, argument, path }): Diagnostic[] => {
    const problem = (message: string) => [report(`${message}; ${CLOSES}.`, path)];
    const pair = Array.isArray(argument) && argument.length === 2 ? argument : undefined;
    switch (name) {
      case 'Fn::Sub': {
        const text = Array.isArray(argument) ? argument[0] : argument;
        if (typeof text !== 'string') return [];
        const variables = Array.isArray(argument) && isMapping(argument[1]) ? argument[1] : {};
        for (const [, variable] of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = variable!.trim();
          const value = Object.hasOwn(variables, name)
            ? notString(variables[name])
            : name.includes('.')
              ? undefined
              : notString({ Ref: name });
          if (value)
            return problem(
              `Fn::Sub variable \${${name}} is ${value.what}, and Fn::Sub puts only strings in its text. Join a list first (!Join [',', …])`,
            );
        }
        return [];
      }
      case 'Fn::Join': {
        if (!pair) return [];
        const values = pair[1];
        if (Array.isArray(values)) {
          const inner = values.map(notString).find((found) => found !== undefined);
          return inner ? problem(`Fn::Join joins strings, and one of its values is ${inner.what}`) : [];
        }
        const given = functionName(values) === undefined ? undefined : typed(values);
        return given?.kind === 'string' ? problem(`Fn::Join takes a list of values second, not ${given.what}`) : [];
      }
      case 'Fn::Select': {
        const given = pair && functionName(pair[1]) !== undefined ? typed(pair[1]) : undefined;
        return given?.kind === 'string' ? problem(`Fn::Select picks from a list, not from ${given.what}`) : [];
      }
      case 'Fn::Split': {
        const given = pair ? notString(pair[1]) : undefined;
        return given ? problem(`Fn::Split splits a string, not ${given.what}`) : [];
      }
      case 'Fn::Base64': {
        const given = notString(argument);
        return given ? problem(`Fn::Base64 encodes a string, not ${given.what}`) : [];
      }
      case 'Fn::Equals': {
        const given = pair?.map(notString).find((found) => found !== undefined);
        return given ? problem(`Fn::Equals compares two strings, and one is ${given.what}`) : [];
      }
      case 'Fn::ImportValue': {
        // Fn::GetAtt depends on a resource, which resourceNamedExports reports in its own words.
        const inner = functionCalls(argument).find(
          (call) => !IMPORT_VALUE_ALLOWS.has(call.name) && call.name !== 'Fn::GetAtt',
        );
        if (inner)
          return problem(
            `Fn::ImportValue names its export with ${inner.name}, which it cannot use (only Fn::Base64, Fn::FindInMap, Fn::If, Fn::Join, Fn::Select, Fn::Split, Fn::Sub and Ref)`,
          );
        const given = notString(argument);
        return given ? problem(`Fn::ImportValue takes an export's name, a string, not ${given.what}`) : [];
      }
      case 'Fn::Cidr':
        return Array.isArray(argument) && argument.length === 3
          ? cidrProblem(argument).flatMap((message) => problem(message))
          : [];
      default:
        return [];
    }
  });
}

function kindOf(node: unknown, parameters: Record<string, unknown>): Typed | undefined {
  if (Array.isArray(node)) return { kind: 'list', what: 'a list' };
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean')
    return { kind: 'string', what: `the text '${String(node)}'` };
  const name = functionName(node);
  if (name === undefined) return isMapping(node) ? { kind: 'mapping', what: 'a mapping' } : undefined;
  const argument = (node as Record<string, unknown>)[name];
  if (name === 'Ref' && typeof argument === 'string') {
    if (argument === 'AWS::NotificationARNs') return { kind: 'list', what: 'AWS::NotificationARNs, a list' };
    const declaration = Object.hasOwn(parameters, argument) ? parameters[argument] : undefined;
    const type = isMapping(declaration) ? declaration.Type : undefined;
    if (typeof type !== 'string') return { kind: 'string', what: `!Ref ${argument}` };
    return {
      // An SSM parameter type resolves to the type inside it: Value<List<String>> gives a list.
      kind: isListParameterType(/^AWS::SSM::Parameter::Value<(.+)>$/.exec(type)?.[1] ?? type) ? 'list' : 'string',
      what: `parameter '${argument}' (${type})`,
    };
  }
  if (LIST_FUNCTIONS.has(name)) return { kind: 'list', what: `${name}, which gives a list` };
  if (STRING_FUNCTIONS.has(name)) return { kind: 'string', what: `${name}, which gives a string` };
  return undefined;
}

/** Literal Fn::Cidr arguments CloudFormation refuses: an ipBlock that is no CIDR, a count, or CIDRs that cannot fit. */
function cidrProblem([ipBlock, count, cidrBits]: unknown[]): string[] {
  const number = (value: unknown) =>
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  const howMany = number(count);
  if (howMany !== undefined && (howMany < 1 || howMany > 256))
    return [`Fn::Cidr count is ${howMany}; it makes 1 to 256 CIDRs`];
  if (typeof ipBlock !== 'string') return [];
  const block = /^(?:(\d{1,3}(?:\.\d{1,3}){3})|([0-9a-fA-F:]*:[0-9a-fA-F:.]*))\/(\d{1,3})$/.exec(ipBlock);
  const width = block?.[1] !== undefined ? 32 : 128;
  const prefix = block ? Number(block[3]) : NaN;
  if (!block || prefix > width || (block[1]?.split('.').some((octet) => Number(octet) > 255) ?? false))
    return [`Fn::Cidr ipBlock '${ipBlock}' is not a CIDR block (10.0.0.0/16, 2001:db8::/56)`];
  const bits = number(cidrBits);
  if (bits === undefined) return [];
  if (bits > width - prefix)
    return [
      `Fn::Cidr cidrBits ${bits} is more than the ${width - prefix} host bits of ipBlock ${ipBlock}: each CIDR would be larger than the block (cidrBits is each CIDR's host bits; 8 makes /24s of an IPv4 block)`,
    ];
  const fit = 2 ** (width - bits - prefix);
  return howMany !== undefined && howMany > fit
    ? [`Fn::Cidr asks for ${howMany} /${width - bits} CIDRs, and ${ipBlock} holds ${fit}`]
    : [];
}
