import type { Diagnostic } from '../diagnostics.js';
import type { YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';

/** Reports one problem at `path` (the value, or its key). */
type Report = (message: string, path: YamlPath, part?: 'key' | 'value') => Diagnostic;

/**
 * What each parameter property must be, as CloudFormation reads it. Source: the CloudFormation User Guide,
 * "Parameters" (parameters-section-structure.html: "Default: A value of the appropriate type", "MaxLength: An
 * integer value", "NoEcho: … true"), and cfn-lint 1.51's schema of a parameter declaration
 * (data/schemas/other/parameters/configuration.json), which types each property and caps MaxLength at 4096.
 * Like CloudFormation and cfn-lint, a number or a boolean written where a string goes is read as its text, and a
 * numeric string where a number goes; a list, a mapping or an intrinsic function is neither ("Every Default member
 * must be a string": parameters are resolved before any function is).
 */
const PARAMETER_SHAPES: Readonly<Record<string, Shape>> = {
  AllowedPattern: 'text',
  ConstraintDescription: 'text',
  Default: 'text',
  Description: 'text',
  AllowedValues: 'list of text',
  MaxLength: 'length',
  MinLength: 'length',
  MaxValue: 'number',
  MinValue: 'number',
  NoEcho: 'boolean',
};

type Shape = 'text' | 'list of text' | 'length' | 'number' | 'boolean';

/** MaxLength's largest value (cfn-lint's parameter schema, `"maximum": 4096`). */
const MAX_PARAMETER_LENGTH = 4096;

const SHAPE_ADVICE: Readonly<Record<Shape, string>> = {
  text: 'a literal string (CloudFormation resolves parameters before any function, so !Sub, !Ref and lists have no place here)',
  'list of text': 'a list of literal strings, such as [a, b]',
  length: `a whole number from 0 to ${MAX_PARAMETER_LENGTH}`,
  number: 'a number',
  boolean: 'true or false',
};

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

function fits(shape: Shape, value: unknown): boolean {
  switch (shape) {
    case 'text':
      return isScalar(value);
    case 'list of text':
      return Array.isArray(value) && value.every(isScalar);
    case 'length': {
      const length = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
      return typeof length === 'number' && Number.isInteger(length) && length >= 0 && length <= MAX_PARAMETER_LENGTH;
    }
    case 'number':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      );
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
  }
}

/** How a value that does not fit reads in a message: its kind, not its whole text. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) {
    const keys = Object.keys(value);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))
      ? `the function ${keys[0]}`
      : 'a mapping';
  }
  return JSON.stringify(value);
}

/** A parameter declaration's properties of the wrong shape, each at its value. */
function parameterShapeFindings(
  report: Report,
  name: string,
  declaration: Readonly<Record<string, unknown>>,
  path: YamlPath,
): Diagnostic[] {
  return Object.entries(declaration).flatMap(([property, value]) => {
    const shape = PARAMETER_SHAPES[property];
    if (shape === undefined || value === null || fits(shape, value)) return [];
    return [
      report(
        `parameter '${name}' has ${property} ${kindOf(value)}, which CloudFormation refuses ("Template format error"): ${property} takes ${SHAPE_ADVICE[shape]}. Write it so.`,
        [...path, property],
      ),
    ];
  });
}

/**
 * The template's Description, or an output's, when it is not a literal string: "The value for the description
 * declaration must be a literal string … You can't use a parameter or function" (User Guide,
 * template-description-structure.html); an output's Description is "a String type" (outputs-section-structure.html).
 */
function descriptionShapeFindings(report: Report, body: Readonly<Record<string, unknown>>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const check = (value: unknown, path: YamlPath, what: string) => {
    if (value !== undefined && value !== null && !isScalar(value))
      found.push(
        report(
          `${what} is ${kindOf(value)}, which CloudFormation refuses: a Description is a literal string, with no parameter or function in it. Write the text itself.`,
          path,
        ),
      );
  };
  check(body.Description, ['Description'], 'the template Description');
  if (isMapping(body.Outputs))
    for (const [name, output] of Object.entries(body.Outputs))
      if (isMapping(output))
        check(output.Description, ['Outputs', name, 'Description'], `the Description of output '${name}'`);
  return found;
}

/** Parameter properties and descriptions of a shape CloudFormation refuses, in a template that uses no macro. */
export function templateShapeFindings(report: Report, body: Readonly<Record<string, unknown>>): Diagnostic[] {
  const parameters = isMapping(body.Parameters) ? Object.entries(body.Parameters) : [];
  return [
    ...parameters.flatMap(([name, declaration]) =>
      isMapping(declaration) ? parameterShapeFindings(report, name, declaration, ['Parameters', name]) : [],
    ),
    ...descriptionShapeFindings(report, body),
  ];
}
