import { compareText } from '../ordering.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { CATALOGUE_NAME } from '../config/schema-patterns.js';
import type { ObservedStackInstance } from '../observe/observed-state.js';
import { listNames } from '../name-lists.js';
import { maskNoEchoDefaults, parameterDefaultsIn, parameterNamesIn } from '../plan/no-echo-parameters.js';
import type { Change } from '../plan/plan.js';
import { countOf, quoted } from '../report/phrasing.js';
import { unifiedDiff } from '../report/unified-diff.js';
import { HIDDEN_VALUE } from '../report/effect-details.js';
import { templateSummaryLines } from '../report/template-summary-lines.js';
import { summarizeTemplateChange } from '../plan/template-summary.js';
import { acceptOverrides, deployedTemplateAccept, givingUpStackSet, rolesAccept } from './stack-set-accepts.js';
import type { DriftContext } from './drift-context.js';
import { MANAGED_BY_TAG, PARAMETER_OVERRIDES_TAG, recordedParameterOverrides } from '../config/desired-state.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { DESTRUCTIVE, templateFileOf } from './repository-places.js';
import { acceptMissing, namedIamResource } from './missing-instance-findings.js';

/**
 * A baseline's StackSet that no longer exists: one finding, its instances included. A StackSet is deleted only once
 * its instances are (DeleteStackSet, CloudFormation API Reference), commonly with RetainStacks, which keeps every
 * stack in its account: IAM names the template sets are then taken there, as for one missing instance.
 */
export function missingStackSetFinding(context: DriftContext, change: Change): DriftFinding {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  const named = namedIamResource(context, baseline);
  return makeFinding(
    'stackset-missing',
    change.target,
    {
      expected: `StackSet ${name} from ${templateFileOf(context, baseline)}`,
      actual: `no StackSet named ${name}`,
      restore: named
        ? `apply creates it and deploys its stack instances again, unless its instances were removed keeping their stacks (RetainStacks): those stacks still hold the IAM resources the template names (${named}), so the deploy fails (EntityAlreadyExists) in every such account until its stack is deleted there`
        : 'apply creates it and deploys its stack instances again',
      accept: `remove baseline ${baseline} from the baselines catalogue of ${ORGANIZATION_FILE}, and from every OU and account that names it`,
    },
    context.checkedOn,
  );
}

/** A finding's template diff is cut after this many lines; the issue has room for many findings. */
const FINDING_DIFF_LINES = 120;
/**
 * Resources named per list in a template finding, access-control ones first; principals and policies are named
 * whole. One finding's line must not fill the issue: 2,500 padding resources made it 129 KB.
 */
const FINDING_RESOURCE_NAMES = 20;

/** A template, StackSet parameters or roles changed outside vend: one finding for each. */
export function stackSetUpdateFindings(context: DriftContext, change: Change): DriftFinding[] {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  type Fields = { templateBody: string; parameters: Record<string, string> } & Record<string, unknown>;
  const before = change.before as Fields;
  const after = change.after as Fields;
  // What an update redeploys: AWS skips the instances of suspended or closing accounts, as the plan counts them.
  const inactive = inactiveAccountIds(context.observed.accounts);
  const instances =
    context.observed.stackSets
      .find((stackSet) => stackSet.name === name)
      ?.instances.filter((instance) => !inactive.has(instance.accountId)).length ?? 0;
  // The update reaches every instance, those in accounts no manifest declares too (an account that left, another
  // team's): a restore that rewrites them must say so, beside their own findings that say apply leaves them.
  const radius = context.plan.blastRadius.find((entry) => entry.changeId === change.id);
  const undeclared = radius?.kind === 'stackset' ? (radius.undeclared ?? []) : [];
  const redeploys = `redeploys its ${countOf(instances, 'stack instance')}${
    undeclared.length > 0
      ? `, ${undeclared.length === 1 ? 'one' : undeclared.length} of them in ${undeclared.length === 1 ? 'an account' : 'accounts'} no manifest declares (${listNames(undeclared)}), whose stacks it rewrites too`
      : ''
  }`;
  const findings: DriftFinding[] = [];
  if (before.templateBody !== after.templateBody) {
    // A NoEcho parameter's default is its value wherever nothing overrides it: masked, as every secret is.
    const secret = context.plan.noEchoParameters[name] ?? [];
    const { lines } = unifiedDiff(
      maskNoEchoDefaults(after.templateBody, secret),
      maskNoEchoDefaults(before.templateBody, secret, after.templateBody),
    );
    const omitted = lines.length - FINDING_DIFF_LINES;
    // Said whole before a diff that may be cut: a padded template cannot push a new role or principal out of sight.
    const summary = templateSummaryLines(
      summarizeTemplateChange(after.templateBody, before.templateBody),
      FINDING_RESOURCE_NAMES,
    );
    const size = Buffer.byteLength(before.templateBody, 'utf8');
    const limit = context.desired.organization.quotas.templateBodySize;
    findings.push(
      makeFinding(
        'stackset-template',
        change.target,
        {
          expected: `the template of ${templateFileOf(context, baseline)}`,
          actual: `another template${summary.length > 0 ? `: ${summary.map((line) => line.replace(/^template /, '')).join('; ')}` : ''} (the diff turns main’s template into the deployed one)`,
          restore: `apply updates the StackSet with main’s template and ${redeploys}`,
          accept:
            size > limit
              ? `none as it is: the deployed template is ${size.toLocaleString('en-US')} bytes, over the ${limit.toLocaleString('en-US')} vend sends inline (quota templateBodySize), so validate would refuse it in ${templateFileOf(context, baseline)}; restore main's template, or split the baseline`
              : deployedTemplateAccept(context, baseline, before.templateBody),
          details: [
            ...lines.slice(0, FINDING_DIFF_LINES),
            ...(omitted > 0 ? [`… ${countOf(omitted, 'more line')} of diff`] : []),
          ],
        },
        context.checkedOn,
      ),
    );
  }
  const keys = [...new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)])]
    .filter((key) => before.parameters[key] !== after.parameters[key])
    .sort(compareText);
  if (keys.length > 0) {
    const secret = new Set(context.plan.noEchoParameters[name] ?? []);
    // A value kept for a parameter neither template declares is hidden as a secret would be (noEchoParameters), but
    // said to be so for that reason: nothing marks it NoEcho.
    const declared = new Set([...parameterNamesIn(before.templateBody), ...parameterNamesIn(after.templateBody)]);
    const show = (values: Record<string, string>, templateBody: string) => {
      const defaults = parameterDefaultsIn(templateBody);
      return keys
        .map((key) =>
          values[key] !== undefined && secret.has(key) && !declared.has(key)
            ? `${key}=(value not shown: no template declares it)`
            : `${key}=${parameterValue(values[key], secret.has(key), secret.has(key) ? undefined : defaults[key])}`,
        )
        .join(', ');
    };
    findings.push(
      makeFinding(
        'stackset-parameters',
        change.target,
        {
          expected: show(after.parameters, after.templateBody),
          actual: show(before.parameters, before.templateBody),
          restore: `apply sets main’s parameters again and ${redeploys}`,
          accept: `set the parameters of baseline ${baseline} in ${ORGANIZATION_FILE} to the deployed ones`,
        },
        context.checkedOn,
      ),
    );
  }
  const roles = (['AdministrationRoleARN', 'ExecutionRoleName'] as const).filter(
    (role) => typeof after[role] === 'string' && before[role] !== after[role],
  );
  if (roles.length > 0)
    findings.push(
      makeFinding(
        'stackset-roles',
        change.target,
        {
          expected: roles.map((role) => `${role} ${String(after[role])}`).join(', '),
          actual: roles.map((role) => `${role} ${String(before[role])}`).join(', '),
          restore: `apply sets main’s roles again and ${redeploys}`,
          accept: rolesAccept(context, name, roles),
        },
        context.checkedOn,
      ),
    );
  if (before.AutoDeployment !== undefined && before.AutoDeployment !== after.AutoDeployment)
    findings.push(
      makeFinding(
        'stackset-auto-deployment',
        change.target,
        {
          expected: 'automatic deployment off: vend deploys per manifest',
          actual: `automatic deployment ${String(before.AutoDeployment).toLowerCase()}: CloudFormation deploys to, and deletes from, accounts as they move in and out of the target OUs, with no plan to review`,
          restore: `apply turns it off, and ${redeploys}`,
          accept: `none in vend, which keeps it off. To hand the StackSet to automatic deployment, remove its ${MANAGED_BY_TAG.key} tag in AWS (vend then leaves it alone) and remove baseline ${baseline} from ${ORGANIZATION_FILE}; removing the baseline with the tag still on makes apply delete the StackSet and its instances (destructive)`,
        },
        context.checkedOn,
      ),
    );
  return findings;
}

/**
 * A StackSet of main's catalogue that lost its ownership tag while still holding what main says: the plan adopts it
 * again (adopt-stackset).
 */
export function stackSetAdoptionFinding(context: DriftContext, change: Change): DriftFinding {
  const name = String(change.scope.stackSet);
  return makeFinding(
    'stackset-ownership-tag',
    change.target,
    {
      expected: `StackSet ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `StackSet ${name} is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; its template and parameters are still main’s`,
      restore:
        'apply tags it again (its plan shows this as adopting the StackSet), redeploying its instances unchanged',
      accept: givingUpStackSet(context, baselineOf(context, name)),
    },
    context.checkedOn,
  );
}

/**
 * Stack instances the plan updates: those whose last deployment did not succeed, and those whose parameter
 * overrides differ from the manifest's, including overrides set on accounts whose manifest declares none.
 */
export function updatedInstanceFindings(context: DriftContext, change: Change): DriftFinding[] {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  const stackSet = context.observed.stackSets.find((candidate) => candidate.name === name);
  const wanted = (change.after as { parameterOverrides: Record<string, string> }).parameterOverrides ?? {};
  const secret = new Set(context.plan.noEchoParameters[name] ?? []);
  return members(change).flatMap(({ account, region }) => {
    const accountId = context.existingAccounts.get(account)?.id;
    const instance = stackSet?.instances.find(
      (candidate) => candidate.accountId === accountId && candidate.region === region,
    );
    if (!instance) return [];
    const target = instanceTarget(name, `account:${account}`, region);
    const findings: DriftFinding[] = [];
    if (!['SUCCEEDED', 'CURRENT'].includes(instance.status))
      findings.push(
        makeFinding(
          'stack-instance-failed',
          target,
          {
            expected: 'its last deployment SUCCEEDED',
            actual: `${instance.status || 'no status'}${instance.statusReason ? `: ${instance.statusReason}` : ''}`,
            restore: 'apply redeploys it',
            // The edit a missing instance's finding proposes, which says what validate needs for it
            // (excludeBaselines takes a baseline-opt-out exception) and what else it removes.
            accept: `if it cannot deploy there: ${acceptMissing(context, baseline, account, region)}`,
          },
          context.checkedOn,
        ),
      );
    const keys = [...new Set([...Object.keys(wanted), ...Object.keys(instance.parameterOverrides)])]
      .filter((key) => wanted[key] !== instance.parameterOverrides[key])
      .sort(compareText);
    if (keys.length > 0) {
      // What the reader compares is the value in effect: an override left out where the StackSet's value is
      // wanted anyway differs in form only, and is not listed beside the parameters that do differ.
      const inEffect = (values: Record<string, string>, key: string) =>
        values[key] ?? stackSet?.parameters[key] ?? undefined;
      const differing = keys.filter((key) => inEffect(wanted, key) !== inEffect(instance.parameterOverrides, key));
      const listed = differing.length > 0 ? differing : keys;
      const show = (values: Record<string, string>) =>
        Object.keys(values).length === 0
          ? 'no overrides'
          : listed
              .map((key) =>
                // Not set: the instance takes the StackSet's value, which may itself have drifted from main's.
                values[key] === undefined && stackSet?.parameters[key] !== undefined
                  ? `${key}=(not set: the StackSet's ${parameterValue(stackSet.parameters[key], secret.has(key))})`
                  : `${key}=${parameterValue(values[key], secret.has(key))}`,
              )
              .join(', ');
      // The plan's overrides carry the StackSet's values for parameters the manifest leaves alone (an update lists
      // every override an instance keeps); a reader compares with what the manifest says.
      const declared = context.declaredAccount(account)?.parameters[baseline];
      const declaredKeys = Object.keys(declared ?? {}).sort(compareText);
      const carried = Object.keys(wanted).length > declaredKeys.length;
      const expected =
        declaredKeys.length === 0
          ? `no overrides${carried ? ' of its own (organization.yaml’s values)' : ''}`
          : `${declaredKeys.map((key) => `${key}=${parameterValue(declared![key], secret.has(key))}`).join(', ')}, as the manifest declares${carried ? '; every other parameter at organization.yaml’s value' : ''}`;
      findings.push(
        makeFinding(
          'stack-instance-overrides',
          target,
          {
            expected,
            actual: show(instance.parameterOverrides),
            restore: appliesOverrides(context, account, baseline)
              ? 'apply sets the declared overrides, and the others to organization.yaml’s values'
              : `apply does not see it: a plan reads an instance’s overrides only where the manifest declares some for ${baseline} or the account’s ${PARAMETER_OVERRIDES_TAG} tag records them, and neither does here. Reset it by hand: UpdateStackInstances for this instance with ParameterOverrides listing every override it keeps and leaving out ${keys.join(', ')} (--parameter-overrides '[]' when none is kept; a call without ParameterOverrides changes none), or add ${baseline} to that tag's value so the next plan resets it`,
            accept: acceptOverrides(context, stackSet, instance, baseline, account),
          },
          context.checkedOn,
        ),
      );
    }
    return findings;
  });
}

/**
 * Whether a plan reads this account's overrides of `baseline`, and so apply restores them: its manifest declares
 * some, or its parameter-overrides tag records the baseline (observe's readOverridesOf). Drift reads them all.
 */
function appliesOverrides(context: DriftContext, account: string, baseline: string): boolean {
  const declared = context.declaredAccount(account)?.parameters[baseline];
  const tags = context.existingAccounts.get(account)?.tags;
  return declared !== undefined || recordedParameterOverrides(tags).includes(baseline);
}

/**
 * A StackSet with vend's prefix and ownership tag whose baseline the catalogue does not name (retired from it, or
 * never in it: anyone may tag a StackSet ManagedBy: vend): one finding, its instances included.
 */
export function undeclaredStackSetFinding(context: DriftContext, change: Change): DriftFinding {
  const name = String(change.scope.stackSet);
  const instances = context.observed.stackSets.find((stackSet) => stackSet.name === name)?.instances.length ?? 0;
  const baseline = baselineOf(context, name);
  return makeFinding(
    'stackset-undeclared',
    change.target,
    {
      expected: `no StackSet ${name}: the baselines catalogue does not name ${baseline === '' ? 'one for it' : baseline}`,
      actual: `StackSet ${name} with ${countOf(instances, 'stack instance')}`,
      restore: `apply ${instances > 0 ? 'removes its instances and deletes it' : 'deletes it'}; ${DESTRUCTIVE}`,
      // A StackSet cannot be renamed: one whose name holds no catalogue name cannot be declared as it is.
      accept: CATALOGUE_NAME.test(baseline)
        ? `declare baseline ${baseline} in the baselines catalogue of ${ORGANIZATION_FILE}, with the template the StackSet deploys and the accounts it reaches`
        : `none as it is: '${baseline}' cannot name a baseline (a catalogue name is 1-64 lowercase letters, digits and hyphens, starting with a letter); remove its ${MANAGED_BY_TAG.key} tag to leave it to its owner, or let apply delete it`,
    },
    context.checkedOn,
  );
}

/**
 * StackSets named with vend's prefix that vend does not own and the catalogue does not name: anyone may take the
 * prefix, and such a StackSet can deploy with vend's roles while the plan, rightly, leaves it alone.
 */
export function foreignStackSetFindings(context: DriftContext): DriftFinding[] {
  const prefix = context.desired.organization.stackSets.namePrefix;
  const catalogue = new Set(context.desired.baselines.map((baseline) => `${prefix}${baseline.name}`));
  return context.observed.stackSets
    .filter((stackSet) => !stackSet.managedByVend && !catalogue.has(stackSet.name))
    .map((stackSet) =>
      makeFinding(
        'stackset-foreign',
        `stackset:${stackSet.name}`,
        {
          expected: `no StackSet named with ${prefix} but vend's`,
          actual: `StackSet ${stackSet.name}, not tagged ManagedBy=vend${stackSet.administrationRoleArn ? `, administered by ${stackSet.administrationRoleArn}` : ''}`,
          restore: 'apply leaves it: vend never changes a StackSet it does not own. Rename or delete it by hand',
          accept: `add an ignore: entry for this finding to ${ORGANIZATION_FILE}, with the reason it stays`,
        },
        context.checkedOn,
      ),
    );
}

/**
 * Instances CloudFormation will not touch again (a deletion failed): the plan reports each as a problem that
 * blocks apply, for the StackSet.
 */
export function inoperableInstanceFindings(context: DriftContext, stackSetName: string): DriftFinding[] {
  const stackSet = context.observed.stackSets.find((candidate) => candidate.name === stackSetName);
  return (stackSet?.instances ?? [])
    .filter((instance: ObservedStackInstance) => instance.status === 'INOPERABLE')
    .map((instance) =>
      makeFinding(
        'stack-instance-inoperable',
        instanceTarget(stackSetName, context.accountTarget(instance.accountId), instance.region),
        {
          expected: 'a stack instance CloudFormation can update',
          actual: `INOPERABLE${instance.statusReason ? `: ${instance.statusReason}` : ''}`,
          restore:
            'apply cannot: CloudFormation leaves it out of every operation. Delete the instance with RetainStacks, repair or delete its stack by hand, then apply',
          accept: 'none',
        },
        context.checkedOn,
      ),
    );
}

/** `stackset:vend-roles@account:payments-prod/us-east-1`. */
export function instanceTarget(stackSet: string, account: string, region: string): string {
  return `stackset:${stackSet}@${account}/${region}`;
}

export function members(change: Change): { account: string; region: string }[] {
  return (change.scope.members ?? []).map((member) => {
    const slash = member.lastIndexOf('/');
    return { account: member.slice(0, slash), region: member.slice(slash + 1) };
  });
}

export function baselineOf(context: DriftContext, stackSet: string): string {
  return stackSet.slice(context.desired.organization.stackSets.namePrefix.length);
}

/** `"90"`, `(not set)`, or `(not set: template default "90")`: unset, a parameter takes its template's default. */
function parameterValue(value: string | undefined, secret: boolean, templateDefault?: string): string {
  if (value === undefined)
    return templateDefault === undefined ? '(not set)' : `(not set: template default ${quoted(templateDefault)})`;
  return secret ? HIDDEN_VALUE : quoted(value);
}
