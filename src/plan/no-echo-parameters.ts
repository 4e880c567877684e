import { compareText } from '../ordering.js';
import { parametersOf, templateToJson } from '../config/cloudformation-template.js';
import type { DesiredState } from '../config/desired-state.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import type { ObservedState } from '../observe/observed-state.js';
import { stackSetName } from './plan-draft.js';

/**
 * StackSet name → the parameters declared `NoEcho` by its new template or by the one deployed now, sorted. A
 * parameter that was secret before stays secret in the report of the change that makes it public, and the other
 * way round. StackSets without such parameters are left out.
 */
export function noEchoParameters(desired: DesiredState, observed: ObservedState): Record<string, string[]> {
  const bodies = new Map<string, string[]>();
  const add = (name: string, body: string) => bodies.set(name, [...(bodies.get(name) ?? []), body]);
  for (const baseline of desired.baselines)
    add(stackSetName(desired.organization.stackSets.namePrefix, baseline.name), baseline.templateBody);
  for (const stackSet of observed.stackSets) add(stackSet.name, stackSet.templateBody);
  const secret: [string, string[]][] = [];
  for (const [name, templates] of bodies) {
    const parameters = [...new Set(templates.flatMap(noEchoIn))].sort(compareText);
    if (parameters.length > 0) secret.push([name, parameters]);
  }
  return Object.fromEntries(secret.sort(([a], [b]) => compareText(a, b)));
}

/**
 * The parameters a template body declares `NoEcho`. CloudFormation takes `NoEcho: true` and `NoEcho: "true"` alike.
 * A body that does not parse declares nothing.
 */
export function noEchoIn(body: string): string[] {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return [];
  return Object.entries(parametersOf(templateToJson(source.document)))
    .filter(([, declaration]) => {
      const noEcho = (declaration as { NoEcho?: unknown } | null)?.NoEcho;
      return noEcho === true || (typeof noEcho === 'string' && noEcho.toLowerCase() === 'true');
    })
    .map(([name]) => name);
}
