import { compareText } from '../ordering.js';
import { countOf, LISTED_NAMES, listNames } from '../name-lists.js';
import { referencedParameters, replacedResources } from './resource-replacement.js';
import type { ReplacedResource } from './resource-replacement.js';
import { readTemplateFacts } from './template-change.js';
import type { TemplateFacts } from './template-change.js';

/** What redeploying a StackSet's instances deletes in them. */
export interface UpdateDeletions {
  /**
   * Logical ids whose resources CloudFormation deletes in every stack instance it redeploys: gone from the new
   * template, given another type, or replaced because a property it cannot change in place changed (unless
   * `UpdateReplacePolicy: Retain` keeps the old one). Undefined when that cannot be ruled out (see `why`).
   */
  deletedResources: string[] | undefined;
  /** The resources the update replaces, retained or not, with the properties that make it. */
  replaced: ReplacedResource[];
  /** Why deletions cannot be ruled out, when they cannot. */
  why?: string;
}

/** A StackSet's template and the parameter values it passes (the StackSet's, with an instance's overrides). */
export interface StackSetTemplate {
  templateBody: string;
  parameters: Readonly<Record<string, string>>;
}

/**
 * What replacing `deployed` with `next` deletes in the stacks: resources the new template drops or retypes, and
 * those it replaces because a create-only property changed, in the template or through a parameter value (see
 * resource-replacement.ts). Pure: both templates are text, the deployed one as DescribeStackSet returned it.
 * Conservative where the template does not say: a deployed template that cannot be read, or a new one whose
 * Transform, nested stacks or resource Conditions decide what exists, make every resource possibly deleted, unless
 * only parameter values change and none of them reaches what decides (a Condition that does not read them).
 */
export function compareTemplates(deployed: StackSetTemplate, next: StackSetTemplate): UpdateDeletions {
  const before = readTemplateFacts(deployed.templateBody);
  if (!before) return { deletedResources: undefined, replaced: [], why: 'the deployed template could not be read' };
  const after = readTemplateFacts(next.templateBody);
  const beforeParameters = { ...before.defaults, ...deployed.parameters };
  const afterParameters = { ...(after?.defaults ?? {}), ...next.parameters };
  const opaque =
    after && opaqueFor(after, deployed.templateBody !== next.templateBody, beforeParameters, afterParameters);
  if (opaque) return { deletedResources: undefined, replaced: [], why: opaque };
  const types = new Map((after?.resources ?? []).map((resource) => [resource.logicalId, resource.type]));
  const replaced = after
    ? replacedResources({ ...before, parameters: beforeParameters }, { ...after, parameters: afterParameters })
    : [];
  const dropped = before.resources
    .filter((resource) => types.get(resource.logicalId) !== resource.type)
    .map((resource) => resource.logicalId);
  return {
    deletedResources: [
      ...dropped,
      ...replaced.filter((resource) => !resource.retained).map((resource) => resource.logicalId),
    ].sort(compareText),
    replaced,
  };
}

/**
 * What changing a stack instance's parameter overrides from `before` to `after` deletes there, under the
 * StackSet's template and parameters, by the same rules as a StackSet update with the same template body.
 */
export function overrideDeletions(
  template: StackSetTemplate,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): UpdateDeletions {
  return compareTemplates(
    { templateBody: template.templateBody, parameters: { ...template.parameters, ...before } },
    { templateBody: template.templateBody, parameters: { ...template.parameters, ...after } },
  );
}

/**
 * Why the new template's deletions cannot be read off it, if they cannot. A new template body always counts.
 * With the same body, only changed parameter values could delete anything: through a Transform or nested stacks
 * (which may read any parameter), or through the Conditions they reach.
 */
function opaqueFor(
  facts: TemplateFacts,
  templateChanged: boolean,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string | undefined {
  if (!facts.opaque) return undefined;
  if (templateChanged) return facts.opaque.why;
  const moved = new Set(
    [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]),
  );
  if (moved.size === 0) return undefined;
  if (facts.opaque.kind !== 'conditions')
    return `${facts.opaque.why}, and parameter ${[...moved].sort(compareText).join(', ')} changed`;
  const deciding = facts.resources.flatMap((resource) =>
    resource.condition === undefined ? [] : referencedParameters({ Condition: resource.condition }, facts.conditions),
  );
  const reached = [...new Set(deciding)].filter((name) => moved.has(name)).sort(compareText);
  return reached.length === 0
    ? undefined
    : `${facts.opaque.why}, and parameter ${reached.join(', ')}, which a Condition reads, changed`;
}

/**
 * What redeploying the instances does, as the end of the change's description: `; redeploying 3 existing instances
 * deletes resource Queue; replaces LogGroup (LogGroupName changed), deleting the old one`, or ` (redeploying 3 existing
 * instances)` when it deletes nothing: tense-neutral, as the apply report lists it done.
 */
export function updateEffect(deletions: UpdateDeletions | undefined, instances: string): string {
  const effects = deletions ? deletionEffects(deletions) : [];
  return effects.length === 0 ? ` (redeploying ${instances})` : `; redeploying ${instances} ${effects.join('; ')}`;
}

/** What an update deletes or replaces, phrase by phrase; none when it does neither. */
export function deletionEffects(deletions: UpdateDeletions): string[] {
  if (deletions.deletedResources === undefined)
    return [`deletes whatever the new template does not deploy, which cannot be ruled out: ${deletions.why}`];
  const replaced = new Set(deletions.replaced.map((resource) => resource.logicalId));
  const dropped = deletions.deletedResources.filter((logicalId) => !replaced.has(logicalId));
  // A headline is one line: a template that drops hundreds of resources names the first few and counts the rest.
  const replacing = deletions.replaced.slice(0, LISTED_NAMES);
  const more = deletions.replaced.length - replacing.length;
  return [
    ...(dropped.length > 0 ? [`deletes ${dropped.length === 1 ? 'resource' : 'resources'} ${listNames(dropped)}`] : []),
    ...replacing.map(
      (resource) =>
        `${resource.maybe ? 'may replace' : 'replaces'} ${resource.logicalId} (${resource.because.join(', ')} changed), ${resource.retained ? 'keeping the old one (UpdateReplacePolicy: Retain)' : resource.maybe ? 'and if it does, deletes the old one' : 'deleting the old one'}`,
    ),
    ...(more > 0 ? [`replaces or may replace ${countOf(more, 'more resource')}`] : []),
  ];
}

/** Several instances' deletions as one: unknown if any is, else every resource any of them replaces or drops. */
export function mergeDeletions(all: readonly UpdateDeletions[]): UpdateDeletions {
  const unknown = all.find((deletions) => deletions.deletedResources === undefined);
  if (unknown) return unknown;
  const replaced = new Map(
    all.flatMap((deletions) => deletions.replaced.map((resource) => [resource.logicalId, resource])),
  );
  return {
    deletedResources: [...new Set(all.flatMap((deletions) => deletions.deletedResources ?? []))].sort(compareText),
    replaced: [...replaced.values()],
  };
}
