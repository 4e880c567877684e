import type { TemplateResource } from '../../src/config/cloudformation-template.js';

export type { TemplateResource };
export { resourcesOf as templateResources } from '../../src/config/cloudformation-template.js';

/** A template as plain data, with YAML short forms (`!Sub x`) turned into their long forms (`{ 'Fn::Sub': x }`). */
export type TemplateJson = Record<string, unknown>;

/** Each template parameter's default value, where it declares one. */
export function parameterDefaults(template: TemplateJson): Record<string, string> {
  const defaults: Record<string, string> = {};
  const parameters = template.Parameters;
  if (!parameters || typeof parameters !== 'object') return defaults;
  for (const [name, declaration] of Object.entries(parameters as Record<string, unknown>)) {
    const fallback = (declaration as { Default?: unknown } | null)?.Default;
    if (fallback !== undefined && fallback !== null) defaults[name] = String(fallback);
  }
  return defaults;
}
