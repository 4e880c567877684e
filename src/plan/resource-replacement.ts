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

/** A template's resources and the parameter values its stacks get (the StackSet's, else the template's defaults). */
export interface DeployedTemplate {
  resources: readonly TemplateResource[];
  parameters: Readonly<Record<string, string>>;
}

/**
 * The resources present in both templates, with the same type, that the update replaces: a property that
 * CloudFormation cannot change in place differs, in the template or through a parameter it references (`Ref`, or
 * `${Name}` in `Fn::Sub`). "Update requires: Replacement" per property, from the CloudFormation resource
 * specification (cloudformation-replacement.ts). Pure; sorted by logical id.
 */
export function replacedResources(before: DeployedTemplate, after: DeployedTemplate): ReplacedResource[] {
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  return after.resources
    .flatMap((resource): ReplacedResource[] => {
      const previous = old.get(resource.logicalId);
      if (!previous || previous.type !== resource.type) return [];
      const always = changed(REPLACED_ON_CHANGE[resource.type], previous, resource, before, after);
      const sometimes = changed(MAY_BE_REPLACED_ON_CHANGE[resource.type], previous, resource, before, after);
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

/** Which of `properties` differ between the two resources, as written or through a changed parameter value. */
function changed(
  properties: readonly string[] | undefined,
  previous: TemplateResource,
  resource: TemplateResource,
  before: DeployedTemplate,
  after: DeployedTemplate,
): string[] {
  return (properties ?? []).flatMap((property) => {
    const was = previous.properties[property];
    const is = resource.properties[property];
    if (canonicalJson(was ?? null) !== canonicalJson(is ?? null)) return [property];
    const moved = referencedParameters(is).filter((name) => before.parameters[name] !== after.parameters[name]);
    return moved.length === 0 ? [] : [`${property} (parameter ${moved.join(', ')})`];
  });
}

/** Parameter names a value references: `{ Ref: Name }` and `${Name}` in `Fn::Sub` strings (not `${!Literal}`). */
function referencedParameters(value: unknown): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'Ref' && typeof child === 'string') names.add(child);
        else if (key === 'Fn::Sub') {
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
