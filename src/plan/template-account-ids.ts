import { templateToJson } from '../config/cloudformation-template.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { compareText } from '../ordering.js';
import { noEchoIn } from './no-echo-parameters.js';
import { accountIdsInValue } from './template-change.js';

/**
 * The account ids a template names anywhere, as accountIdsInValue reads a value: a literal principal, a parameter's
 * Default, a Mappings entry, a Sub string. A template can trust a new account through a Default or a mapping that no
 * principal expression shows (`AWS: !Ref AuditPrincipal` reads the same before and after), so the comment's account
 * line reads them all. A NoEcho parameter's Default is left out: it is never shown. Sorted; empty for a body that does
 * not parse.
 */
export function accountIdsInTemplate(body: string): string[] {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return [];
  const template = templateToJson(source.document);
  const secret = new Set(noEchoIn(body));
  const ids = new Set<string>();
  const walk = (value: unknown, path: readonly string[]) => {
    if (typeof value === 'string') for (const id of accountIdsInValue(value)) ids.add(id);
    else if (Array.isArray(value)) for (const item of value) walk(item, path);
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) {
        const hidden = path.length === 2 && path[0] === 'Parameters' && secret.has(path[1]!) && key === 'Default';
        if (!hidden) walk(child, [...path, key]);
      }
  };
  walk(template, []);
  return [...ids].sort(compareText);
}
