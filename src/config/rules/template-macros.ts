import { usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';

/**
 * A warning where a macro or module expands the template: validate leaves the checks it names to CloudFormation,
 * which makes them only when a StackSet operation runs, and says so rather than pass the template in silence.
 */
export function macroNotice(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic {
  const path = macroPath(body) ?? [];
  return {
    ...template.source.diagnostic(
      RULES.templateStructure,
      `${path[0] === 'Transform' ? 'a Transform' : path.at(-1) === 'Type' ? 'a module' : 'an Fn::Transform'} expands this template when CloudFormation deploys it, so validate does not check its sections, outputs, references${usesMacros(body) ? ' and functions' : ''}: CloudFormation does, when a StackSet operation runs. The guardrail rules (IAM users, "*" on "*", permissions boundaries) apply only to the template as written, not to what the macro generates (the role of a SAM function with Policies, say), and the plan marks changes to it high impact. Review what the macro produces, or write the template without it.`,
      path,
      'key',
    ),
    severity: 'warning',
  };
}

/** Where the first macro or module is: the Transform key, an Fn::Transform, or a module resource's Type. */
function macroPath(body: Record<string, unknown>): YamlPath | undefined {
  if ('Transform' in body) return ['Transform'];
  const find = (value: unknown, path: YamlPath): YamlPath | undefined => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = find(item, [...path, index]);
        if (found) return found;
      }
      return undefined;
    }
    if (!isMapping(value)) return undefined;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'Fn::Transform') return [...path, key];
      const found = find(child, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  const found = find(body, []);
  if (found) return found;
  const resources = isMapping(body.Resources) ? Object.entries(body.Resources) : [];
  const module = resources.find(([, resource]) => isMapping(resource) && String(resource.Type).endsWith('::MODULE'));
  return module ? ['Resources', module[0], 'Type'] : undefined;
}

/**
 * A Transform, an `Fn::Transform` (AWS::Include) or a module resource (`::MODULE`) adds what the template body does
 * not show, so what it refers to may be declared there.
 */
export function expandedByMacros(body: Record<string, unknown>): boolean {
  if (usesMacros(body)) return true;
  const resources = isMapping(body.Resources) ? Object.values(body.Resources) : [];
  return resources.some((resource) => isMapping(resource) && String(resource.Type).endsWith('::MODULE'));
}
