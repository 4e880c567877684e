import { templateToJson } from '../config/cloudformation-template.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { compareText } from '../ordering.js';
import { literalText } from '../config/rules/template-values.js';
import { noEchoIn } from './no-echo-parameters.js';

/**
 * The account ids a template names anywhere: any run of exactly twelve digits in a string or a number, in a literal
 * principal, a parameter's Default, a Mappings entry, a piece of a Sub or Join string
 * (`arn:${AWS::Partition}:events:…:600000000021:event-bus/default`), an ECR image URI, and an id a Join or Sub spells
 * only once its pieces are put together (`!Join ['', ['7777', '8888', '9999']]`), as the high-impact rule reads
 * it. A template can trust a new account through a Default or a mapping that no principal expression shows
 * (`AWS: !Ref AuditPrincipal` reads the same before and after), so the comment's account line reads them all;
 * twelve digits that are no account (a byte count) show there too, which costs a reader a glance. The Defaults of `secret` parameters (NoEcho in this template
 * or the one it replaces) are left out: they are never shown. Sorted; empty for a body that does not parse.
 */
export function accountIdsInTemplate(body: string, secret: readonly string[] = []): string[] {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return [];
  const template = templateToJson(source.document);
  const hidden = new Set([...noEchoIn(body), ...secret]);
  const ids = new Set<string>();
  const walk = (value: unknown, path: readonly string[]) => {
    if (typeof value === 'string' || typeof value === 'number')
      for (const id of twelveDigitRuns(String(value))) ids.add(id);
    else if (Array.isArray(value)) for (const item of value) walk(item, path);
    else if (typeof value === 'object' && value !== null) {
      const [only, ...more] = Object.keys(value);
      if (more.length === 0 && (only === 'Fn::Join' || only === 'Fn::Sub'))
        for (const id of twelveDigitRuns(literalText(value, ':') ?? '')) ids.add(id);
      for (const [key, child] of Object.entries(value)) {
        const masked = path.length === 2 && path[0] === 'Parameters' && hidden.has(path[1]!) && key === 'Default';
        if (!masked) walk(child, [...path, key]);
      }
    }
  };
  walk(template, []);
  return [...ids].sort(compareText);
}

const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;

/**
 * Every run of exactly twelve digits in a value: an id alone, in an ARN, among others separated by anything (a
 * space-separated list a template splits), in an ECR URI. Wider than accountIdsInValue, which decides high impact:
 * what a reviewer is shown may name a number that is no account, never miss one that is.
 */
export function twelveDigitRuns(value: string): string[] {
  return [...value.matchAll(TWELVE_DIGITS)].map(([id]) => id);
}
