import { declarationProblem } from '../config/rules/parameter-rules.js';
import { isListParameterType } from '../config/cloudformation-template.js';
import { brokenAssertions } from '../config/rules/template-rule-assertions.js';
import { referencedNames } from '../config/rules/template-dependencies.js';
import { noEchoIn } from '../plan/no-echo-parameters.js';
import { instancesActedOn } from '../plan/change-accounts.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import { readTemplateFacts } from '../plan/template-change.js';
import type { TemplateFacts } from '../plan/template-change.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { ResourceDrift } from './detect-stack-set-drift.js';
import type { DriftContext } from './drift-context.js';
import { manifestOf, templateFileOf } from './repository-places.js';
import { keepingEdit } from './unwanted-instance-findings.js';

/**
 * The repository edit that accepts one stack instance's resource drift. The template is every instance's, so an
 * edit of it changes the resource in every account the StackSet reaches, never in this one alone: where each drifted
 * property is a parameter's (`MaxSessionDuration: !Ref MaxSessionSeconds`, or an element of a list a list parameter
 * sets), the edit for this account alone is a parameter override in its manifest, offered only when CloudFormation
 * would take it (the parameter's declaration and the template's Rules); otherwise the accept says there is none for
 * this account alone, and what the template edit would reach. `account` is the finding's account target:
 * `account:name` for a declared account, `account:<id>` for one no manifest declares, which can have no override.
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
  const declaredBaseline = context.desired.baselines.find((candidate) => candidate.name === baseline);
  const facts = readTemplateFacts(declaredBaseline?.templateBody ?? '');
  const resource = facts?.resources.find((candidate) => candidate.logicalId === drift.logicalId);
  const instances = context.observed.stackSets.find((candidate) => candidate.name === stackSet)?.instances.length ?? 0;
  const everywhere = `the template is every instance's, so that changes it in all ${countOf(instances, 'stack instance')}`;
  const declaredAccount = account.startsWith('account:')
    ? context.declaredAccount(account.slice('account:'.length))
    : undefined;
  if (drift.status === 'DELETED')
    return `none for this account alone: removing ${drift.logicalId} from ${template} (and every reference to it) deletes it from every account, as ${everywhere}`;
  const declared = `declaring the deployed ${drift.differences.length === 1 ? 'value' : 'values'} of ${drift.logicalId} (${listNames(drift.differences.map((entry) => entry.path))}) in ${template}, where ${everywhere}`;
  if (!declaredAccount) {
    const management = drift.accountId === context.observed.organization.managementAccountId;
    return `none for this account alone: no manifest declares ${management ? 'the management account' : `account ${drift.accountId}`}, so none can hold an override for it, and its instance is reported as deployed where the repository targets nothing (deleting it by hand, DeleteStackInstances, ends this drift too); otherwise ${declared}`;
  }
  // An instance the repository no longer targets is removed by the next apply: an override would hold nothing.
  const removal = context.plan.changes.some(
    (change) =>
      change.kind === CHANGE_KINDS.removeStackInstances &&
      change.scope.stackSet === stackSet &&
      instancesActedOn(change).includes(`${declaredAccount.name}/${drift.region}`),
  );
  if (removal)
    return `none for this account alone: the repository no longer deploys ${baseline} to ${declaredAccount.name} in ${drift.region}, so the next apply removes this instance. To keep it, first: ${keepingEdit(context, declaredAccount.name, baseline, drift.region)}`;
  const current = {
    ...(facts?.defaults ?? {}),
    ...(declaredBaseline?.parameters ?? {}),
    ...(declaredAccount.parameters[baseline] ?? {}),
  };
  const overrides = overridesFor(facts, resource?.properties ?? {}, drift.differences, current);
  if (overrides.length === 0 || overrides.some((override) => override === undefined))
    return `none for this account alone: ${declared}`;
  // Two drifted properties one parameter sets: one value for both, or none can hold them.
  const byParameter = new Map<string, Override>();
  for (const override of overrides as Override[]) {
    const other = byParameter.get(override.parameter);
    if (other && other.value !== override.value)
      return `none for this account alone: ${override.parameter} sets both ${other.property} and ${override.property}, which now hold different values; ${declared}`;
    byParameter.set(override.parameter, override);
  }
  const found = [...byParameter.values()];
  const name = declaredAccount.name;
  // A parameter of an SSM type takes the name of an SSM parameter, not the value (CloudFormation User Guide,
  // "Specify existing resources at runtime with CloudFormation-supplied parameter types").
  const ssm = found.filter((override) =>
    String(facts!.parameterDeclarations[override.parameter]?.Type ?? '').startsWith('AWS::SSM::Parameter::Value<'),
  );
  // A NoEcho value is a secret: written into a manifest it would be in git, and in this accept on the drift issue.
  const noEcho = noEchoIn(declaredBaseline?.templateBody ?? '');
  const secret = found.filter((override) => noEcho.includes(override.parameter));
  if (secret.length > 0)
    return `none by a value in git: ${listNames(secret.map((override) => override.parameter))} ${secret.length === 1 ? 'is' : 'are'} NoEcho, a secret that no manifest should hold. Restore the declared value (re-run apply), or keep the secret in Secrets Manager or SSM and have the template read it from there`;
  if (ssm.length > 0)
    return `none by a value in ${manifestOf(context, name)}: ${listNames(ssm.map((override) => override.parameter))} ${ssm.length === 1 ? 'is an SSM parameter type, which takes' : 'are SSM parameter types, which take'} the name of an SSM parameter, not its value. Put the deployed value in an SSM parameter of its own and override with its name there, or accept it by ${declared}`;
  // CloudFormation checks an override against the parameter's declaration and the template's Rules (CloudFormation
  // User Guide, "Parameters" and "Rules"): a deployed value it would refuse is no override to offer.
  const refused = found.flatMap((override) => {
    const problem = declarationProblem(facts!.parameterDeclarations[override.parameter]!, override.value);
    return problem ? [`the deployed ${override.parameter} ${problem}`] : [];
  });
  const values = Object.fromEntries(found.map((override) => [override.parameter, override.value]));
  const lists = new Set(
    Object.entries(facts!.parameterDeclarations)
      .filter(([, declaration]) => isListParameterType(declaration.Type))
      .map(([parameter]) => parameter),
  );
  const broken = brokenAssertions(facts!.rules, { values: { ...current, ...values }, lists });
  if (broken.length > 0) refused.push(`the values would break ${listNames(broken)} of its Rules`);
  if (refused.length > 0)
    return `none for this account alone: ${refused.join('; ')}, as ${template} declares it, so CloudFormation would refuse it as an override. Accepting it means ${declared}, and loosening the parameter's declaration`;
  const written = found.map((override) => `${override.parameter}: ${JSON.stringify(override.value)}`);
  const alsoSets = [
    ...new Set(
      found.flatMap((override) =>
        otherUses(facts!, override.parameter, drift.logicalId, new Set(overrides.map((entry) => entry!.property))),
      ),
    ),
  ];
  return `for ${name} alone, override the ${found.length === 1 ? 'parameter that sets it' : 'parameters that set them'} in ${manifestOf(context, name)}: parameters: { ${baseline}: { ${written.join(', ')} } }. The override holds in every region of ${name}'s ${baseline} instances${alsoSets.length > 0 ? `, and also sets ${listNames(alsoSets)} there` : ''}`;
}

interface Override {
  parameter: string;
  property: string;
  value: string;
}

/**
 * For each drifted property a parameter sets, the parameter value that would deploy what the resource now holds, or
 * undefined where no parameter sets it. A top-level property that is a parameter's `Ref` takes the deployed value
 * whole; an element of one (`/ManagedPolicyArns/2`) that a list parameter sets changes that list: an element added
 * (ADD) joins it, one removed (REMOVE) leaves it, one changed (NOT_EQUAL) is replaced, starting from the value the
 * instance has now (`current`: the account's override, else the StackSet's value, else the template's Default).
 */
function overridesFor(
  facts: TemplateFacts | undefined,
  properties: Record<string, unknown>,
  differences: ResourceDrift['differences'],
  current: Readonly<Record<string, string>>,
): (Override | undefined)[] {
  const lists = new Map<string, string[]>();
  const found = differences.map((difference) => {
    const parts = difference.path.split('/').filter(Boolean);
    const element = parts.length === 2 && /^\d+$/.test(parts[1]!);
    if (parts.length !== 1 && !element) return undefined;
    const value = properties[parts[0]!];
    const parameter =
      value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1
        ? (value as { Ref?: unknown }).Ref
        : undefined;
    if (typeof parameter !== 'string' || !facts?.parameters.includes(parameter)) return undefined;
    // A property removed by hand (REMOVE, or null: CloudFormation API Reference, PropertyDifference) is set back by
    // no parameter value.
    const list = isListParameterType(facts.parameterDeclarations[parameter]?.Type);
    if (!element) {
      const value = plainValue(difference.actual);
      // A list emptied by hand: "" is a list of one empty text, not an empty list.
      return difference.type === 'REMOVE' || difference.actual === 'null' || (list && value === '')
        ? undefined
        : { parameter, property: parts[0]!, value };
    }
    if (!list) return undefined;
    const members =
      lists.get(parameter) ??
      (current[parameter] ?? '')
        .split(',')
        .map((member) => member.trim())
        .filter(Boolean);
    const [expected, actual] = [plainValue(difference.expected), plainValue(difference.actual)];
    const at = members.indexOf(expected);
    if (difference.type === 'ADD') members.push(actual);
    else if (at >= 0 && difference.type === 'REMOVE') members.splice(at, 1);
    else if (at >= 0) members[at] = actual;
    else return undefined;
    // A list parameter holds at least one member: "" is a list of one empty text, not an empty list.
    if (members.length === 0) return undefined;
    lists.set(parameter, members);
    return { parameter, property: parts[0]!, value: '' };
  });
  // The list's value is its members after every difference, once per parameter.
  const seen = new Set<string>();
  return found.flatMap((override) => {
    if (!override || !lists.has(override.parameter)) return [override];
    if (seen.has(override.parameter)) return [];
    seen.add(override.parameter);
    return [{ ...override, value: lists.get(override.parameter)!.join(',') }];
  });
}

/**
 * Where else a template reads `parameter`, as `LogicalId.Property` (a `Ref` or a `${parameter}` in `Fn::Sub`), and
 * `Conditions`, which may decide that resources exist: what an override of it changes beside the drifted property.
 */
function otherUses(facts: TemplateFacts, parameter: string, logicalId: string, drifted: ReadonlySet<string>): string[] {
  const reads = (value: unknown) => referencedNames(value).has(parameter);
  const uses = facts.resources.flatMap((resource) =>
    Object.entries((resource.definition as { Properties?: Record<string, unknown> } | null)?.Properties ?? {})
      .filter(([key, value]) => !(resource.logicalId === logicalId && drifted.has(key)) && reads(value))
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
