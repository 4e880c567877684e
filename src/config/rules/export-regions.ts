import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import { listNames } from '../../name-lists.js';
import { functionCalls, isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/**
 * A baseline that imports (Fn::ImportValue) a name its dependency exports must not be deployed where that dependency
 * is not: exports are per account and Region ("You can't create cross-stack references across Regions",
 * CloudFormation User Guide, Fn::ImportValue), so such a stack instance fails with "No export named …" in apply,
 * after earlier stages ran. Each account's Regions for a baseline are the baseline's own `regions`, else the
 * account's, else defaultRegions, as the plan deploys them. One error per baseline and dependency, at the dependency
 * in `dependsOn`, naming the accounts and Regions; only names written literally on both sides are compared.
 */
export const checkImportedExportRegions: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const baselines = organization.value.baselines ?? {};
  const exportsOf = new Map(
    [...repository.templates].map(([name, loaded]) => [name, literalExports(loaded.template)] as const),
  );
  // `baseline dependency` → account → the Regions where the baseline goes without its dependency.
  const gaps = new Map<string, Map<string, string[]>>();
  for (const { value } of repository.accounts) {
    if (value.closed === true) continue;
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    const regionsOf = (baseline: string) =>
      baselines[baseline]?.regions ?? value.regions ?? organization.value.defaultRegions;
    for (const name of [...effective].sort()) {
      const imported = literalImports(repository.templates.get(name)?.template);
      for (const dependency of baselines[name]?.dependsOn ?? []) {
        if (!effective.has(dependency)) continue;
        if (!imported.some((exported) => exportsOf.get(dependency)?.has(exported))) continue;
        const missing = regionsOf(name).filter((region) => !regionsOf(dependency).includes(region));
        if (missing.length === 0) continue;
        const key = `${name} ${dependency}`;
        gaps.set(key, (gaps.get(key) ?? new Map()).set(value.name, missing));
      }
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const [key, accounts] of gaps) {
    const [name, dependency] = key.split(' ') as [string, string];
    const where = [...accounts].map(([account, regions]) => `${account} (${regions.join(', ')})`);
    diagnostics.push(
      organization.source.diagnostic(
        RULES.baselineReference,
        `baseline '${name}' imports an export of '${dependency}' (Fn::ImportValue), and exports exist only in the Regions where their stack is, but '${name}' would be deployed where '${dependency}' is not: ${listNames(where)}. Give '${dependency}' those Regions too, or deploy '${name}' only where '${dependency}' is.`,
        ['baselines', name, 'dependsOn', baselines[name]!.dependsOn!.indexOf(dependency)],
      ),
    );
  }
  return diagnostics;
};

/** The export names a template's Outputs write as plain text. */
function literalExports(template: unknown): Set<string> {
  const outputs = isMapping(template) && isMapping(template.Outputs) ? template.Outputs : {};
  return new Set(
    Object.values(outputs).flatMap((output) =>
      isMapping(output) && isMapping(output.Export) && typeof output.Export.Name === 'string'
        ? [output.Export.Name]
        : [],
    ),
  );
}

/** The export names a template imports as plain text (Fn::ImportValue of a string). */
function literalImports(template: unknown): string[] {
  return functionCalls(template)
    .filter((call) => call.name === 'Fn::ImportValue' && typeof call.argument === 'string')
    .map((call) => call.argument as string);
}
