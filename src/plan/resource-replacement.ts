import { isIntrinsic } from '../config/cloudformation-template.js';
import type { TemplateResource } from '../config/cloudformation-template.js';
import { compareText } from '../ordering.js';
import { canonicalJson } from './canonical-json.js';
import { MAY_BE_REPLACED_ON_CHANGE, REPLACED_ON_CHANGE } from './cloudformation-replacement.js';

/** A resource a StackSet update replaces: CloudFormation creates a new one, then deletes the old one. */
export interface ReplacedResource {
  logicalId: string;
  type: string;
  /** The properties whose change replaces it, as `LogGroupName`, or `LogGroupName (parameter LogGroup)`. */
  because: string[];
  /** Only for some values of these properties ("Some interruptions or Replacement"): it may be updated in place. */
  maybe: boolean;
  /** `UpdateReplacePolicy: Retain`: the old resource is kept, not deleted. */
  retained: boolean;
}

/** A template's resources and conditions, and the parameter values its stacks get. */
export interface DeployedTemplate {
  resources: readonly TemplateResource[];
  /** The template's Conditions section, which `Fn::If` in a property refers to. */
  conditions: Readonly<Record<string, unknown>>;
  /** The template's Mappings section, which `Fn::FindInMap` in a property reads. */
  mappings: Readonly<Record<string, unknown>>;
  /** Effective values: the StackSet's (and an instance's overrides), else the template's defaults. */
  parameters: Readonly<Record<string, string>>;
}

/**
 * The resources present in both templates, with the same type, that the update replaces: a property, or a field
 * of one (`ResourcesVpcConfig.SubnetIds`), that CloudFormation cannot change in place differs, in the template or
 * through what it reads: a parameter (`Ref`, `${Name}` in `Fn::Sub`, or in a condition of `Fn::If`), a condition's
 * definition, or a mapping of `Fn::FindInMap`, whose edit changes the value with the property as written.
 * "Update requires: Replacement" per property, from the CloudFormation resource specification
 * (cloudformation-replacement.ts). Pure; sorted by logical id.
 */
export function replacedResources(before: DeployedTemplate, after: DeployedTemplate): ReplacedResource[] {
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  return after.resources
    .flatMap((resource): ReplacedResource[] => {
      const previous = old.get(resource.logicalId);
      if (!previous || previous.type !== resource.type) return [];
      const compare = (paths: readonly string[] | undefined) => changed(paths ?? [], previous, resource, before, after);
      const always = compare(tableEntry(REPLACED_ON_CHANGE, resource.type));
      const sometimes = compare(tableEntry(MAY_BE_REPLACED_ON_CHANGE, resource.type));
      if (always.length === 0 && sometimes.length === 0) return [];
      const policy = (resource.definition as { UpdateReplacePolicy?: unknown } | null)?.UpdateReplacePolicy;
      return [
        {
          logicalId: resource.logicalId,
          type: resource.type,
          because: [...always, ...sometimes],
          maybe: always.length === 0,
          retained: policy === 'Retain',
        },
      ];
    })
    .sort((a, b) => compareText(a.logicalId, b.logicalId));
}

/**
 * Parameter names a value depends on: `{ Ref: Name }`, `${Name}` in `Fn::Sub` strings (not `${!Literal}`), and
 * the parameters of the conditions `Fn::If` and `Condition` name, through the conditions they name in turn.
 */
export function referencedParameters(value: unknown, conditions: Readonly<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  const visitedConditions = new Set<string>();
  const visitCondition = (name: unknown): void => {
    if (typeof name !== 'string' || visitedConditions.has(name) || !Object.hasOwn(conditions, name)) return;
    visitedConditions.add(name);
    visit(conditions[name]);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'Ref' && typeof child === 'string') names.add(child);
        else if (key === 'Condition') visitCondition(child);
        else if (key === 'Fn::If' && Array.isArray(child)) {
          visitCondition(child[0]);
          child.slice(1).forEach(visit);
        } else if (key === 'Fn::Sub') {
          const text = Array.isArray(child) ? child[0] : child;
          if (typeof text === 'string') for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) names.add(match[1]!);
          if (Array.isArray(child)) visit(child[1]);
        } else visit(child);
      }
    }
  };
  visit(value);
  return [...names].sort(compareText);
}

/** Which of `paths` differ between the two resources, as written or through a changed parameter value. */
function changed(
  paths: readonly string[],
  previous: TemplateResource,
  resource: TemplateResource,
  before: DeployedTemplate,
  after: DeployedTemplate,
): string[] {
  return paths.flatMap((path) => {
    const was = projection(previous.properties, path);
    const is = projection(resource.properties, path);
    if (canonicalJson(was ?? null) !== canonicalJson(is ?? null)) return [path];
    const differs = (a: unknown, b: unknown) => canonicalJson(a ?? null) !== canonicalJson(b ?? null);
    const parameters = referencedParameters(is, after.conditions).filter(
      (name) => before.parameters[name] !== after.parameters[name],
    );
    const reads = referencedDefinitions(is, after.conditions);
    const conditions = reads.conditions.filter((name) => differs(before.conditions[name], after.conditions[name]));
    const mappings =
      reads.mappings === undefined
        ? differs(before.mappings, after.mappings)
          ? ['Mappings (a map named by a function)']
          : []
        : reads.mappings.filter((name) => differs(before.mappings[name], after.mappings[name]));
    const through = [
      ...(parameters.length > 0 ? [`parameter ${parameters.join(', ')}`] : []),
      ...(conditions.length > 0 ? [`condition ${conditions.join(', ')}`] : []),
      ...(mappings.length > 0 ? [`mapping ${mappings.join(', ')}`] : []),
    ];
    return through.length === 0 ? [] : [`${path} (${through.join('; ')})`];
  });
}

/**
 * The conditions a value reads through `Fn::If` and `Condition` (and the conditions those name, in turn), and the
 * mappings `Fn::FindInMap` reads in it or in those conditions; `mappings` is undefined when a map's name is itself a
 * function, which may read any. Sorted.
 */
export function referencedDefinitions(
  value: unknown,
  conditions: Readonly<Record<string, unknown>>,
): { conditions: string[]; mappings: string[] | undefined } {
  const named = new Set<string>();
  let mappings: Set<string> | undefined = new Set<string>();
  const visitCondition = (name: unknown): void => {
    if (typeof name !== 'string' || named.has(name)) return;
    named.add(name);
    if (Object.hasOwn(conditions, name)) visit(conditions[name]);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        if (key === 'Condition' && typeof child === 'string') visitCondition(child);
        else if (key === 'Fn::If' && Array.isArray(child)) {
          visitCondition(child[0]);
          child.slice(1).forEach(visit);
        } else if (key === 'Fn::FindInMap' && Array.isArray(child)) {
          if (typeof child[0] === 'string') mappings?.add(child[0]);
          else mappings = undefined;
          child.forEach(visit);
        } else visit(child);
      }
  };
  visit(value);
  return {
    conditions: [...named].sort(compareText),
    mappings: mappings === undefined ? undefined : [...mappings].sort(compareText),
  };
}

/**
 * What of `properties` a path (`A.B[].C`, `[]` for every element of a list or value of a map) reaches, keeping the
 * shape of lists and maps so that element order counts. An intrinsic function met on the way stands whole for what
 * it decides, since any change in it may change the field.
 */
function projection(properties: Record<string, unknown>, path: string): unknown {
  const step = (value: unknown, segments: readonly string[]): unknown => {
    if (segments.length === 0 || value === undefined || value === null) return value;
    if (typeof value === 'object' && !Array.isArray(value) && isIntrinsic(value)) return value;
    const [segment, ...rest] = segments;
    const each = segment!.endsWith('[]');
    const name = each ? segment!.slice(0, -2) : segment!;
    const child =
      name === '' ? value : typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
    if (!each) return step(child, rest);
    if (Array.isArray(child)) return child.map((element) => step(element, rest));
    if (child !== null && typeof child === 'object' && !isIntrinsic(child))
      return Object.fromEntries(Object.entries(child).map(([key, element]) => [key, step(element, rest)]));
    return child;
  };
  return step(properties, path.split('.'));
}

/**
 * The resources CloudFormation replaces when only their tags change, as stack-level tags added to a StackSet do:
 * CloudFormation passes a stack's tags to every resource that takes tags (User Guide, "Resource tag"), and for these
 * types `Tags` is "Update requires: Replacement" (or sometimes is). A custom-named one cannot be replaced, so the
 * update fails instead. Sorted by logical id.
 */
export function replacedByNewTags(resources: readonly TemplateResource[]): ReplacedResource[] {
  return resources
    .flatMap((resource): ReplacedResource[] => {
      const always = tableEntry(REPLACED_ON_CHANGE, resource.type)?.includes('Tags') ?? false;
      const sometimes = tableEntry(MAY_BE_REPLACED_ON_CHANGE, resource.type)?.includes('Tags') ?? false;
      if (!always && !sometimes) return [];
      const policy = (resource.definition as { UpdateReplacePolicy?: unknown } | null)?.UpdateReplacePolicy;
      return [
        {
          logicalId: resource.logicalId,
          type: resource.type,
          because: ['Tags'],
          maybe: !always,
          retained: policy === 'Retain' || policy === 'RetainExceptOnCreate',
        },
      ];
    })
    .sort((a, b) => compareText(a.logicalId, b.logicalId));
}

/** A table's entry for a type; `Object.hasOwn`, so that a type named like an Object method finds nothing. */
function tableEntry(table: Readonly<Record<string, readonly string[]>>, type: string): readonly string[] | undefined {
  return Object.hasOwn(table, type) ? table[type] : undefined;
}
