import { resourcesOf, templateToJson } from '../config/cloudformation-template.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { PERMISSIONS_BOUNDARY_BASELINE } from '../config/rules/template-rules.js';

/** A template's resources by logical id, or undefined when the body does not parse as a template. */
function resourceTypes(body: string): Map<string, string> | undefined {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return undefined;
  return new Map(resourcesOf(templateToJson(source.document)).map((resource) => [resource.logicalId, resource.type]));
}

export interface TemplateChange {
  /**
   * Logical ids whose resources CloudFormation deletes in every stack instance: gone from the new template, or
   * given another type (a replacement). Undefined when the deployed template cannot be read, so nothing can be
   * ruled out.
   */
  deletedResources: string[] | undefined;
  /** The baseline holds roles, policies or the permissions boundary, before or after the change. */
  holdsIam: boolean;
}

/**
 * What replacing a StackSet's template does to the stacks it deploys. Pure: both bodies are text, the deployed one
 * as DescribeStackSet returned it.
 */
export function compareTemplates(baseline: string, deployedBody: string, newBody: string): TemplateChange {
  const before = resourceTypes(deployedBody);
  const after = resourceTypes(newBody) ?? new Map<string, string>();
  const types = [...(before?.values() ?? []), ...after.values()];
  return {
    deletedResources:
      before === undefined
        ? undefined
        : [...before]
            .filter(([id, type]) => after.get(id) !== type)
            .map(([id]) => id)
            .sort(),
    holdsIam: baseline === PERMISSIONS_BOUNDARY_BASELINE || types.some((type) => type.startsWith('AWS::IAM::')),
  };
}
