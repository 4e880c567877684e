import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';

/**
 * Converts a parsed template to plain JSON-shaped data, turning CloudFormation's YAML short forms
 * (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) into their long forms (`{ Ref: X }`, `{ 'Fn::GetAtt': [A, B] }`), so rules
 * and the StackSet diff see one representation whichever form the author chose.
 */
export function templateToJson(document: Document): unknown {
  return convert(document.contents, document);
}

function convert(node: unknown, document: Document): unknown {
  if (isAlias(node)) return convert(node.resolve(document), document);
  let value: unknown;
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      object[key] = convert(pair.value, document);
    }
    value = object;
  } else if (isSeq(node)) {
    value = node.items.map((item) => convert(item, document));
  } else if (isScalar(node)) {
    value = node.value;
  } else {
    value = null;
  }
  const tag = (node as { tag?: string } | null)?.tag;
  return tag?.startsWith('!') ? intrinsic(tag.slice(1), value) : value;
}

function intrinsic(name: string, value: unknown): unknown {
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

export interface TemplateResource {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
  /** The resource's `Condition`, when it has one: where it evaluates to false, the resource is not created. */
  condition?: unknown;
  /** The whole resource as written: properties, condition, dependencies, policies and metadata. */
  definition: unknown;
}

export function resourcesOf(template: unknown): TemplateResource[] {
  const resources = (template as { Resources?: unknown } | null)?.Resources;
  if (!resources || typeof resources !== 'object') return [];
  return Object.entries(resources as Record<string, unknown>).map(([logicalId, resource]) => {
    const body = (resource ?? {}) as { Type?: unknown; Properties?: unknown; Condition?: unknown };
    return {
      logicalId,
      type: typeof body.Type === 'string' ? body.Type : '',
      properties:
        body.Properties && typeof body.Properties === 'object' ? (body.Properties as Record<string, unknown>) : {},
      ...(body.Condition === undefined ? {} : { condition: body.Condition }),
      definition: resource,
    };
  });
}

/** Whether parsed YAML is a CloudFormation template at all; rules about its contents only make sense if it is. */
export function isCloudFormationTemplate(template: unknown): template is { Resources: unknown } {
  return !!template && typeof template === 'object' && 'Resources' in template;
}

/**
 * Whether macros process the template before CloudFormation reads it: a top-level `Transform`, or an `Fn::Transform`
 * (AWS::Include, say) at any depth. What they produce is not what the body shows, and CreateStackSet needs
 * CAPABILITY_AUTO_EXPAND for it ("Some templates reference macros … This includes the AWS::Include and
 * AWS::Serverless transforms": CloudFormation API Reference, CreateStackSet, Capabilities).
 */
export function usesMacros(template: unknown): boolean {
  if (template && typeof template === 'object' && !Array.isArray(template) && 'Transform' in template) return true;
  const visit = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.some(visit)
      : !!value &&
        typeof value === 'object' &&
        Object.entries(value).some(([key, child]) => key === 'Fn::Transform' || visit(child));
  return visit(template);
}

/** A template's Parameters section: each parameter's name and its declaration (Type, AllowedPattern …). */
export function parametersOf(template: unknown): Record<string, unknown> {
  const parameters = (template as { Parameters?: unknown } | null)?.Parameters;
  return parameters && typeof parameters === 'object' ? (parameters as Record<string, unknown>) : {};
}

/** Names of the parameters a template declares: the only names a StackSet or a stack instance may set. */
export function parameterNamesOf(template: unknown): string[] {
  return Object.keys(parametersOf(template));
}

/** Names of the parameters without a `Default`, which CloudFormation needs a value for when a StackSet is created. */
export function parametersWithoutDefaultOf(template: unknown): string[] {
  return Object.entries(parametersOf(template))
    .filter(([, declaration]) => !declaration || typeof declaration !== 'object' || !('Default' in declaration))
    .map(([name]) => name);
}

/** `{ Ref: … }`, `{ 'Fn::Sub': … }` and the like: one key naming an intrinsic function, not a template mapping. */
export function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** A template's parameter defaults as strings, as CloudFormation passes them when a value is not set. */
export function parameterDefaults(template: unknown): Record<string, string> {
  const parameters = (template as { Parameters?: Record<string, { Default?: unknown }> } | null)?.Parameters ?? {};
  return Object.fromEntries(
    Object.entries(parameters).flatMap(([key, parameter]) =>
      parameter?.Default === undefined ? [] : [[key, String(parameter.Default)]],
    ),
  );
}

/**
 * A template value as a string: literal strings, `Ref` to a parameter, `Fn::Sub` over parameters and pseudo
 * parameters, and `Fn::Join` of such pieces, with `values` giving each name's value (`AWS::AccountId` and the like
 * included); undefined for anything else, or a name `values` lacks.
 */
export function resolveString(value: unknown, values: Record<string, string>): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const {
    Ref: reference,
    'Fn::Sub': substitution,
    'Fn::Join': join,
  } = value as { Ref?: unknown; 'Fn::Sub'?: unknown; 'Fn::Join'?: unknown };
  if (typeof reference === 'string') return values[reference];
  if (join !== undefined) {
    const [delimiter, pieces] = Array.isArray(join) ? join : [];
    if (typeof delimiter !== 'string' || !Array.isArray(pieces)) return undefined;
    const resolved = pieces.map((piece) => resolveString(piece, values));
    return resolved.every((piece) => piece !== undefined) ? resolved.join(delimiter) : undefined;
  }
  const [text, variables] = Array.isArray(substitution) ? substitution : [substitution, {}];
  if (typeof text !== 'string') return undefined;
  const local = Object.fromEntries(
    Object.entries((variables ?? {}) as Record<string, unknown>).map(([key, variable]) => [
      key,
      resolveString(variable, values),
    ]),
  );
  let unresolved = false;
  const resolved = text.replace(/\$\{([^}!]+)\}/g, (_match, name: string) => {
    const replacement = local[name] ?? values[name];
    if (replacement === undefined) unresolved = true;
    return replacement ?? '';
  });
  return unresolved ? undefined : resolved;
}

/** Whether a parameter Type holds a list (CloudFormation User Guide, "Parameters"): CommaDelimitedList or List<…>. */
export function isListParameterType(type: unknown): boolean {
  return typeof type === 'string' && /^(CommaDelimitedList|List<)/.test(type);
}
