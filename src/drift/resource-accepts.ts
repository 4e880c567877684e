import { declarationProblem } from '../config/rules/parameter-rules.js';
import { readTemplateFacts } from '../plan/template-change.js';
import type { TemplateFacts } from '../plan/template-change.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { ResourceDrift } from './detect-stack-set-drift.js';
import type { DriftContext } from './drift-context.js';
import { manifestOf, templateFileOf } from './repository-places.js';

/**
 * The repository edit that accepts one stack instance's resource drift. The template is every instance's, so an
 * edit of it changes the resource in every account the StackSet reaches, never in this one alone: where each drifted
 * property is a parameter's (`MaxSessionDuration: !Ref MaxSessionSeconds`), the edit for this account alone is a
 * parameter override in its manifest; otherwise the accept says there is none for this account alone, and what the
 * template edit would reach. `account` is the finding's `account:name` (or `account-id:…`, declared by no manifest).
 */
export function resourceDriftAccept(
  context: DriftContext,
  stackSet: string,
  drift: ResourceDrift,
  account: string,
): string {
  const { namePrefix } = context.desired.organization.stackSets;
  const baseline = stackSet.slice(namePrefix.length);
  const template = templateFileOf(context, baseline);
  const body = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '';
  const facts = readTemplateFacts(body);
  const resource = facts?.resources.find((candidate) => candidate.logicalId === drift.logicalId);
  const instances = context.observed.stackSets.find((candidate) => candidate.name === stackSet)?.instances.length ?? 0;
  const everywhere = `the template is every instance's, so that changes it in all ${countOf(instances, 'stack instance')}`;
  const name = account.startsWith('account:') ? account.slice('account:'.length) : undefined;
  if (drift.status === 'DELETED')
    return `none for this account alone: removing ${drift.logicalId} from ${template} (and every reference to it) deletes it from every account, as ${everywhere}`;
  // A top-level property that is a parameter's Ref: the account's own value for that parameter sets it there alone.
  const overrides = drift.differences.map((difference) => {
    const parts = difference.path.split('/').filter(Boolean);
    const value = parts.length === 1 ? resource?.properties[parts[0]!] : undefined;
    const parameter =
      value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1
        ? (value as { Ref?: unknown }).Ref
        : undefined;
    return typeof parameter === 'string' && facts?.parameters.includes(parameter)
      ? { parameter, property: parts[0]!, value: plainValue(difference.actual) }
      : undefined;
  });
  const declared = `declaring the deployed ${drift.differences.length === 1 ? 'value' : 'values'} of ${drift.logicalId} (${listNames(drift.differences.map((entry) => entry.path))}) in ${template}, where ${everywhere}`;
  if (name !== undefined && overrides.length > 0 && overrides.every((override) => override !== undefined)) {
    // CloudFormation checks an override against the parameter's declaration (CloudFormation User Guide,
    // "Parameters"): a deployed value it would refuse is no override to offer.
    const refused = overrides.flatMap((override) => {
      const problem = declarationProblem(facts!.parameterDeclarations[override!.parameter]!, override!.value);
      return problem ? [`the deployed ${override!.parameter} ${problem}`] : [];
    });
    if (refused.length > 0)
      return `none for this account alone: ${refused.join('; ')}, as ${template} declares it, so CloudFormation would refuse it as an override. Accepting it means ${declared}, and loosening the parameter's declaration`;
    const values = overrides.map((override) => `${override!.parameter}: ${JSON.stringify(override!.value)}`);
    const alsoSets = [
      ...new Set(
        overrides.flatMap((override) => otherUses(facts!, override!.parameter, drift.logicalId, override!.property)),
      ),
    ];
    return `for ${name} alone, override the ${overrides.length === 1 ? 'parameter that sets it' : 'parameters that set them'} in ${manifestOf(context, name)}: parameters: { ${baseline}: { ${values.join(', ')} } }. The override holds in every region of ${name}'s ${baseline} instances${alsoSets.length > 0 ? `, and also sets ${listNames(alsoSets)} there` : ''}`;
  }
  return `none for this account alone: ${declared}`;
}

/**
 * Where else a template reads `parameter`, as `LogicalId.Property` (a `Ref` or a `${parameter}` in `Fn::Sub`), and
 * `Conditions`, which may decide that resources exist: what an override of it changes beside the drifted property.
 */
function otherUses(facts: TemplateFacts, parameter: string, logicalId: string, property: string): string[] {
  const reads = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(reads);
    if (value === null || typeof value !== 'object') return false;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && entries[0]![0] === 'Ref') return entries[0]![1] === parameter;
    if (entries.length === 1 && entries[0]![0] === 'Fn::Sub') {
      const [text, variables] = Array.isArray(entries[0]![1]) ? entries[0]![1] : [entries[0]![1]];
      return (typeof text === 'string' && text.includes(`\${${parameter}}`)) || reads(variables);
    }
    return entries.some(([, nested]) => reads(nested));
  };
  const uses = facts.resources.flatMap((resource) =>
    Object.entries((resource.definition as { Properties?: Record<string, unknown> } | null)?.Properties ?? {})
      .filter(([key, value]) => !(resource.logicalId === logicalId && key === property) && reads(value))
      .map(([key]) => `${resource.logicalId}.${key}`),
  );
  return [...uses, ...(reads(facts.conditions) ? ['the Conditions that read it'] : [])];
}

/**
 * A value CloudFormation reports as JSON text, as a manifest's parameter value: `"43200"` and `43200` alike, and a
 * list (a CommaDelimitedList's) as its members joined by commas, as StackSet parameter values are written.
 */
function plainValue(actual: string): string {
  const scalar = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  try {
    const parsed: unknown = JSON.parse(actual);
    if (Array.isArray(parsed)) {
      const members = parsed.map(scalar);
      return members.every((member) => member !== undefined) ? members.join(',') : actual;
    }
    return scalar(parsed) ?? actual;
  } catch {
    return actual;
  }
}
