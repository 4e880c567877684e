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
 * account's, else defaultRegions, as the plan deploys them. One error per baseline and dependency (direct, or through
 * other baselines), at the dependency in `dependsOn`, naming the accounts and Regions; and one per import of another
 * baseline's export that `dependsOn` does not lead to. Only names written literally on both sides are compared.
 */
export const checkImportedExportRegions: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const baselines = organization.value.baselines ?? {};
  const exportsOf = new Map(
    [...repository.templates].map(([name, loaded]) => [name, literalExports(loaded.template)] as const),
  );
  // What each baseline depends on, directly or through others: an export made two levels down is as needed.
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    for (const dependency of baselines[name]?.dependsOn ?? [])
      if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
    return seen;
  };
  const diagnostics: Diagnostic[] = [];
  // An import of another baseline's export needs that baseline deployed first: without dependsOn, apply may deploy
  // the importer first in a new account, and CloudFormation fails it with "No export named …".
  for (const name of Object.keys(baselines).sort()) {
    const needed = closure(name);
    for (const exported of new Set(literalImports(repository.templates.get(name)?.template))) {
      const exporters = [...exportsOf].filter(([other, names]) => other !== name && names.has(exported));
      if (exporters.length === 0 || exporters.some(([other]) => needed.has(other))) continue;
      const exporter = exporters[0]![0];
      diagnostics.push(
        organization.source.diagnostic(
          RULES.baselineReference,
          `baseline '${name}' imports '${exported}' (Fn::ImportValue), which baseline '${exporter}' exports, but does not depend on it: add '${exporter}' to its dependsOn, so that apply deploys the export first wherever both go.`,
          ['baselines', name],
          'key',
        ),
      );
    }
  }
  // `baseline dependency` → account → the Regions where the baseline goes without its dependency.
  const gaps = new Map<string, Map<string, string[]>>();
  for (const { value } of repository.accounts) {
    if (value.closed === true) continue;
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    const regionsOf = (baseline: string) =>
      baselines[baseline]?.regions ?? value.regions ?? organization.value.defaultRegions;
    for (const name of [...effective].sort()) {
      const imported = literalImports(repository.templates.get(name)?.template);
      for (const dependency of [...closure(name)].sort()) {
        if (!effective.has(dependency)) continue;
        if (!imported.some((exported) => exportsOf.get(dependency)?.has(exported))) continue;
        const missing = regionsOf(name).filter((region) => !regionsOf(dependency).includes(region));
        if (missing.length === 0) continue;
        const key = `${name} ${dependency}`;
        gaps.set(key, (gaps.get(key) ?? new Map()).set(value.name, missing));
      }
    }
  }
  for (const [key, accounts] of gaps) {
    const [name, dependency] = key.split(' ') as [string, string];
    const where = [...accounts].map(([account, regions]) => `${account} (${regions.join(', ')})`);
    // At the dependency in dependsOn when it is named there, else at the dependsOn that leads to it.
    const dependsOn = baselines[name]!.dependsOn ?? [];
    const index = dependsOn.includes(dependency)
      ? dependsOn.indexOf(dependency)
      : dependsOn.findIndex((direct) => closure(direct).has(dependency));
    diagnostics.push(
      organization.source.diagnostic(
        RULES.baselineReference,
        `baseline '${name}' imports an export of '${dependency}' (Fn::ImportValue), and exports exist only in the Regions where their stack is, but '${name}' would be deployed where '${dependency}' is not: ${listNames(where)}. Give '${dependency}' those Regions too, or deploy '${name}' only where '${dependency}' is.`,
        ['baselines', name, 'dependsOn', index],
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
