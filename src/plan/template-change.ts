import { resourcesOf, templateToJson } from '../config/cloudformation-template.js';
import type { TemplateResource } from '../config/cloudformation-template.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { PERMISSIONS_BOUNDARY_BASELINE } from '../config/rules/template-rules.js';

interface TemplateFacts {
  resources: TemplateResource[];
  /** Why what the template deploys cannot be read off it: a macro or a nested stack decides, or conditions do. */
  opaque?: string;
}

/** What a template declares, or undefined when the body does not parse as a template. */
function templateFacts(body: string): TemplateFacts | undefined {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return undefined;
  const template = templateToJson(source.document) as { Transform?: unknown } | null;
  const resources = resourcesOf(template);
  const opaque =
    template?.Transform !== undefined
      ? 'it uses a Transform, whose macro decides the resources'
      : resources.some((resource) => resource.type === 'AWS::CloudFormation::Stack')
        ? 'it nests stacks, whose templates decide the resources'
        : resources.some((resource) => resource.condition !== undefined)
          ? 'a resource has a Condition, which deletes it where it evaluates to false'
          : undefined;
  return { resources, ...(opaque ? { opaque } : {}) };
}

/**
 * A resource that grants or controls access: anything IAM, a resource policy (types ending in `Policy`, a property
 * such as KeyPolicy or PolicyDocument), a KMS key, a Lambda permission, or a custom resource (it runs code with a
 * role of its own).
 */
export function controlsAccess(resource: TemplateResource): boolean {
  return (
    resource.type.startsWith('AWS::IAM::') ||
    resource.type.endsWith('Policy') ||
    resource.type === 'AWS::KMS::Key' ||
    resource.type === 'AWS::Lambda::Permission' ||
    resource.type === 'AWS::CloudFormation::CustomResource' ||
    resource.type.startsWith('Custom::') ||
    Object.keys(resource.properties).some((key) => /Policy(Document)?$/.test(key))
  );
}

/**
 * Whether a baseline holds roles, policies, the permissions boundary or other access control, in any of the given
 * template bodies (deployed and new). A body that cannot be read counts as holding them. Changes to such a
 * baseline (template, parameters or per-account overrides) reach every account's access, so they are high-impact.
 */
export function baselineControlsAccess(baseline: string, ...bodies: string[]): boolean {
  if (baseline === PERMISSIONS_BOUNDARY_BASELINE) return true;
  return bodies.some((body) => {
    const facts = templateFacts(body);
    return facts === undefined || facts.resources.some(controlsAccess);
  });
}

export interface TemplateChange {
  /**
   * Logical ids whose resources CloudFormation deletes in every stack instance: gone from the new template, or
   * given another type (a replacement). Undefined when that cannot be ruled out (see `why`).
   */
  deletedResources: string[] | undefined;
  /** Why deletions cannot be ruled out, when they cannot. */
  why?: string;
}

/**
 * What replacing a StackSet's template deletes in the stacks it deploys. Pure: both bodies are text, the deployed
 * one as DescribeStackSet returned it. Conservative: a deployed template that cannot be read, a Transform, nested
 * stacks or conditions in the new template make every resource possibly deleted.
 */
export function compareTemplates(deployedBody: string, newBody: string): TemplateChange {
  const before = templateFacts(deployedBody);
  if (!before) return { deletedResources: undefined, why: 'the deployed template could not be read' };
  const after = templateFacts(newBody);
  if (after?.opaque) return { deletedResources: undefined, why: after.opaque };
  const types = new Map((after?.resources ?? []).map((resource) => [resource.logicalId, resource.type]));
  return {
    deletedResources: before.resources
      .filter((resource) => types.get(resource.logicalId) !== resource.type)
      .map((resource) => resource.logicalId)
      .sort(),
  };
}
