import { compareText } from '../ordering.js';
import { isCloudFormationTemplate, resourcesOf } from '../config/cloudformation-template.js';
import type { LoadedTemplate } from '../config/repository.js';
import { iamNameCollisions } from '../config/rules/template-name-collision-rules.js';
import { conditionsOf, namedIamResource } from '../config/rules/template-rules.js';
import { RULES } from '../config/diagnostics.js';
import type { ImportedBaseline } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';
import { describeDiagnostic, loadedTemplate } from '../config/file-checks.js';
import { notInCatalogue, templateFile } from './stack-set-baselines.js';

/**
 * The baselines a full import writes, less those that validate would refuse only once the catalogue is whole, which
 * adoptionTemplateProblem (one template at a time) cannot see:
 * - a named IAM resource in a baseline without exactly one region (template-named-iam-single-region): its instances
 *   are in other regions in other accounts, or in several;
 * - an IAM name that two baselines set and one account has instances of both (template-resource), or the StackSet
 *   execution role's name.
 * A StackSet vend does not own is left out (`left-out`), the later of two in text order, vend's own first; one vend
 * owns is written all the same, and validate says what to fix in the repository. A baseline with a named IAM resource
 * and no instance anywhere gets the home region, where its first instances will go: `regionsOf` is updated for it.
 * `managementAccountId`'s instances are left aside: no manifest declares that account. Pure but for `regionsOf`.
 */
export function catalogueConflicts(
  baselines: readonly ImportedBaseline[],
  regionsOf: Map<string, string[] | undefined>,
  context: { homeRegion: string; managementAccountId: string; executionRoleName: string | undefined },
): { baselines: ImportedBaseline[]; findings: ImportFinding[] } {
  const problems = new Map<string, string>();
  const templates: LoadedTemplate[] = [];
  const ordered = [...baselines].sort(
    (a, b) => Number(b.stackSet.managedByVend) - Number(a.stackSet.managedByVend) || compareText(a.name, b.name),
  );
  for (const { name, stackSet } of ordered) {
    const template = loadedTemplate(name, templateFile(name, stackSet.templateBody), stackSet.templateBody);
    if (!template || !isCloudFormationTemplate(template.template)) continue;
    templates.push(template);
    const named = namedIamResource(resourcesOf(template.template), conditionsOf(template.template));
    const regions = regionsOf.get(name);
    if (!named || regions?.length === 1) continue;
    if (stackSet.instances.length === 0) regionsOf.set(name, [context.homeRegion]);
    else
      problems.set(
        name,
        `${RULES.templateNamedIamSingleRegion}: its template names an IAM resource (${named.logicalId}), and IAM names are global, so validate needs the baseline in exactly one region; its instances are in ${regions ? regions.join(', ') : 'different regions in different accounts'}`,
      );
  }
  const received = new Map<string, Set<string>>();
  for (const { name, stackSet } of baselines)
    for (const instance of stackSet.instances)
      if (instance.accountId !== context.managementAccountId)
        received.set(instance.accountId, (received.get(instance.accountId) ?? new Set()).add(name));
  const byFile = new Map(templates.map((template) => [template.file, template.baseline]));
  const collisions = iamNameCollisions(
    templates,
    [...received].map(([account, names]) => ({ account, baselines: names })),
    context.executionRoleName,
  );
  for (const diagnostic of collisions) {
    const name = byFile.get(diagnostic.file);
    if (name !== undefined && !problems.has(name)) problems.set(name, describeDiagnostic(diagnostic));
  }
  const findings: ImportFinding[] = [];
  const kept = baselines.filter(({ name, stackSet }) => {
    const problem = problems.get(name);
    if (problem === undefined || stackSet.managedByVend) return true;
    findings.push(
      notInCatalogue(
        stackSet,
        `validate would refuse it beside the rest of the catalogue (${problem}), and vend adopts a StackSet only as it is: change it in AWS, then import again`,
      ),
    );
    return false;
  });
  return { baselines: kept, findings };
}
