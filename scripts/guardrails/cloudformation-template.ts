import { templateToJson } from '../../src/config/cloudformation-template.js';
import type { TemplateResource } from '../../src/config/cloudformation-template.js';
import { parseRepositoryFile } from '../../src/config/safe-yaml.js';

export type { TemplateResource };
export { resourcesOf as templateResources } from '../../src/config/cloudformation-template.js';

/** A template as plain data, with YAML short forms (`!Sub x`) turned into their long forms (`{ 'Fn::Sub': x }`). */
export type TemplateJson = Record<string, unknown>;

/**
 * Parses CloudFormation YAML (or JSON) with the same defensive loader and short-form conversion `vend validate`
 * uses, so the proofs read templates exactly as vend does. Throws on malformed input.
 */
export function parseCloudFormationTemplate(text: string, file: string): TemplateJson {
  const { source, diagnostics } = parseRepositoryFile(file, new TextEncoder().encode(text), { allowCustomTags: true });
  if (!source)
    throw new Error(
      diagnostics
        .map((diagnostic) => `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`)
        .join('\n'),
    );
  return templateToJson(source.document) as TemplateJson;
}

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
