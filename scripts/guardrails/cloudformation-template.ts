import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';

/** A template as plain data, with YAML short forms (`!Sub x`) turned into their long forms (`{ 'Fn::Sub': x }`). */
export type TemplateJson = Record<string, unknown>;

/** Aliases expand in place, so a handful of nested ones can make a tiny file enormous. */
const MAX_ALIASES = 100;

interface Conversion {
  document: Document;
  file: string;
  aliasesLeft: number;
}

/** Parses CloudFormation YAML (or JSON, which is YAML) into long-form plain data. Throws on malformed input. */
export function parseCloudFormationTemplate(text: string, file: string): TemplateJson {
  const document = parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new Error(`${file}: ${error.message}`);
  const template = convert(document.contents, { document, file, aliasesLeft: MAX_ALIASES });
  if (!template || typeof template !== 'object' || Array.isArray(template)) {
    throw new Error(`${file}: a CloudFormation template must be a mapping.`);
  }
  return template as TemplateJson;
}

function convert(node: unknown, conversion: Conversion): unknown {
  if (isAlias(node)) {
    conversion.aliasesLeft -= 1;
    if (conversion.aliasesLeft < 0) throw new Error(`${conversion.file}: more than ${MAX_ALIASES} YAML aliases.`);
    return convert(node.resolve(conversion.document), conversion);
  }
  let value: unknown = null;
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      object[key] = convert(pair.value, conversion);
    }
    value = object;
  } else if (isSeq(node)) {
    value = node.items.map((item) => convert(item, conversion));
  } else if (isScalar(node)) {
    value = node.value;
  }
  const tag = (node as { tag?: string } | null)?.tag;
  return tag?.startsWith('!') ? longForm(tag.slice(1), value) : value;
}

function longForm(name: string, value: unknown): unknown {
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
}

export function templateResources(template: TemplateJson): TemplateResource[] {
  const resources = template.Resources;
  if (!resources || typeof resources !== 'object') return [];
  return Object.entries(resources as Record<string, unknown>).map(([logicalId, body]) => {
    const resource = (body ?? {}) as { Type?: unknown; Properties?: unknown };
    return {
      logicalId,
      type: typeof resource.Type === 'string' ? resource.Type : '',
      properties:
        resource.Properties && typeof resource.Properties === 'object'
          ? (resource.Properties as Record<string, unknown>)
          : {},
    };
  });
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
