import { accountAccessRoleName, MANAGED_BY_TAG } from '../config/desired-state.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import type { DesiredBaseline } from '../config/desired-state.js';
import type { ObservedStackSet } from '../observe/observed-state.js';
import { canonicalJson } from './canonical-json.js';
import { countOf, listNames } from '../name-lists.js';
import { formatCount } from '../config/quotas.js';
import { replacedByNewTags } from './resource-replacement.js';
import { readTemplateFacts } from './template-change.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { ChangeScope } from './plan.js';
import { foreignOwnerReason, stackSetReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/** The most tags a StackSet takes (CloudFormation API Reference, CreateStackSet and UpdateStackSet: Tags). */
/** UpdateStackSet's Tags: at most 50 (CloudFormation API Reference, UpdateStackSet). */
export const STACK_SET_TAGS = 50;

/**
 * A declared baseline whose StackSet exists but was not created by vend (no `ManagedBy: vend` tag). As with SCPs,
 * vend takes it over only when the catalogue already describes exactly what it holds (template, parameters,
 * permission model and roles), which is what `vend import` writes: the adoption then changes nothing it deploys
 * but the ManagedBy tag, which CloudFormation passes to the stacks' resources; the few types that are replaced for
 * a new tag make the adoption destructive. Anything else is a problem, and vend leaves the StackSet alone. Returns the adoption's
 * change id, or undefined when there is a problem.
 */
export function adoptForeignStackSet(
  draft: PlanDraft,
  baseline: DesiredBaseline,
  existing: ObservedStackSet,
  settings: readonly SettingChange[],
  after: Record<string, unknown>,
  scope: ChangeScope,
): string | undefined {
  const reference = stackSetReference(existing.name);
  const differences = [
    existing.templateBody !== baseline.templateBody ? 'template' : '',
    canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? 'parameters' : '',
    ...settings.map((setting) => `${setting.name} (${setting.before}, not ${setting.after})`),
  ].filter(Boolean);
  if (differences.length > 0) {
    draft.problem(
      PLAN_PROBLEMS.stackSetNotOwned,
      reference,
      `A StackSet named '${existing.name}' already exists but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and its ${differences.join(' and ')} ${differences.length === 1 && !differences[0]!.endsWith('s') ? 'differs' : 'differ'} from ${baseline.templateFile} and organization.yaml; vend will not change a StackSet it does not own. Rename the baseline (or the namePrefix), make the baseline say exactly what the StackSet holds (vend then adopts it), or tag the StackSet to hand it to vend.`,
      declarationOf(reference, draft.desired),
    );
    return undefined;
  }
  // UpdateStackSet takes at most 50 tags (CloudFormation API Reference, UpdateStackSet: Tags, "Maximum number of 50
  // items"), and adopting keeps the StackSet's own: one more would fail the update in apply.
  if ((existing.otherTags ?? 0) + 1 > STACK_SET_TAGS)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      reference,
      `StackSet ${existing.name} holds ${existing.otherTags} tags besides ${MANAGED_BY_TAG.key}, and adopting it adds ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}: UpdateStackSet takes at most ${STACK_SET_TAGS}. Remove one of its tags (an UpdateStackSet with the tags to keep), then plan again.`,
      declarationOf(reference, draft.desired),
    );
  const { reached, suspended } = instancesReached(draft, existing);
  const undeclared = undeclaredInstanceAccounts(draft, existing);
  const { managedBy } = existing;
  // The ManagedBy tag reaches the stacks' resources; for a few types a new tag means a new resource.
  const replaced = replacedByNewTags(readTemplateFacts(existing.templateBody)?.resources ?? []);
  const replacedNames = replaced.map((resource) => `${resource.logicalId} (${resource.type})`);
  const reasons = [
    ...(managedBy !== undefined ? [foreignOwnerReason(managedBy)] : []),
    // The tagging update runs in every instance's account, another team's too: the reviewer sees whose.
    ...(undeclared.length > 0
      ? [
          undeclared.length === 1
            ? 'its stacks in an account vend does not manage are redeployed'
            : 'its stacks in accounts vend does not manage are redeployed',
        ]
      : []),
    ...(replaced.length > 0
      ? [
          `the ${MANAGED_BY_TAG.key} tag reaches its stacks' resources, and CloudFormation ${replaced.every((resource) => resource.maybe) ? 'may replace' : 'replaces'} ${listNames(replacedNames, Infinity)} to change ${replaced.length === 1 ? 'its' : 'their'} tags (a custom-named one cannot be replaced, and the update fails)`,
        ]
      : []),
  ];
  return draft.add(CHANGE_KINDS.adoptStackSet, reference, {
    before: { name: existing.name, ...(managedBy !== undefined ? { managedBy } : {}) },
    after: { ...after, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: { ...scope, managedBy: JSON.stringify(managedBy ?? null) },
    ...(reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(', and ') } : { highImpact: false }),
    // A replaced resource is deleted in every account: as destructive as a template that drops it.
    ...(replaced.some((resource) => !resource.retained) ? { destructive: true } : {}),
    description: `Adopt existing StackSet ${existing.name}${managedBy !== undefined ? `, tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's),` : ''} whose template and parameters are ${baseline.templateFile}'s and organization.yaml's (${adoptionReach(reached, suspended)})${undeclared.length > 0 ? `; that update also reaches ${undeclared.length === 1 ? 'an account' : `${undeclared.length} accounts`} no manifest declares: ${undeclared.join(', ')}` : ''}`,
  });
}

/** `name (id)` of the active accounts holding an instance of the StackSet that no manifest declares. */
function undeclaredInstanceAccounts(draft: PlanDraft, existing: ObservedStackSet): string[] {
  const declared = new Set([...draft.existingAccounts.values()].map((account) => account.id));
  const accounts = new Map(draft.observed.accounts.map((account) => [account.id, account]));
  const ids = [...new Set(existing.instances.map((instance) => instance.accountId))].filter(
    // As instancesReached counts them: the update skips every account that is not active, closing ones too.
    (id) => !declared.has(id) && (accounts.get(id)?.status ?? 'ACTIVE') === 'ACTIVE',
  );
  return ids.sort().map((id) => (accounts.has(id) ? `${accounts.get(id)!.name} (${id})` : id));
}

/**
 * The StackSet's instances an operation reaches, and those in suspended or closing accounts, which it does not
 * (CloudFormation User Guide, StackSets status codes: SKIPPED_SUSPENDED_ACCOUNT). Accounts outside the
 * organization count as reached: the observation cannot tell.
 */
export function instancesReached(
  draft: PlanDraft,
  existing: ObservedStackSet,
): { reached: number; suspended: { instances: number; accounts: number } } {
  const inactive = inactiveAccountIds(draft.observed.accounts);
  const skipped = existing.instances.filter((instance) => inactive.has(instance.accountId));
  return {
    reached: existing.instances.length - skipped.length,
    suspended: { instances: skipped.length, accounts: new Set(skipped.map((instance) => instance.accountId)).size },
  };
}

/** A StackSet setting whose value in AWS is not what organization.yaml says, in UpdateStackSet's member names. */
export interface SettingChange {
  name: 'PermissionModel' | 'AdministrationRoleARN' | 'ExecutionRoleName' | 'AutoDeployment';
  before: string;
  after: string;
}

/**
 * Where a StackSet's permission model, SELF_MANAGED roles and automatic deployment differ from organization.yaml. An
 * administration role organization.yaml leaves unset is not compared: UpdateStackSet then keeps the StackSet's own
 * (CloudFormation API Reference, UpdateStackSet, AdministrationRoleARN). The execution role always is: vend sends
 * CloudFormation's default when none is set, since accounts it creates get that role (accountAccessRoleName). A
 * difference is a change the plan must show: another role deploys the baseline.
 */
export function settingChanges(draft: PlanDraft, existing: ObservedStackSet): SettingChange[] {
  const settings = draft.desired.organization.stackSets;
  const changes: SettingChange[] = [];
  const compare = (name: SettingChange['name'], before: string | undefined, after: string | undefined) => {
    if (before !== undefined && before !== '' && after !== undefined && before !== after)
      changes.push({ name, before, after });
  };
  compare('PermissionModel', existing.permissionModel, settings.permissionModel);
  if (settings.permissionModel === 'SELF_MANAGED') {
    compare('AdministrationRoleARN', existing.administrationRoleArn, settings.administrationRoleArn);
    compare('ExecutionRoleName', existing.executionRoleName, accountAccessRoleName(settings));
  }
  // Automatic deployment would deploy to, and delete from, accounts as they move in and out of target OUs, with no
  // plan saying so: vend deploys per manifest, so it turns it off.
  if (existing.autoDeployment === true) changes.push({ name: 'AutoDeployment', before: 'Enabled', after: 'Disabled' });
  return changes;
}

/**
 * Which of a StackSet's instances its adoption tags: those in suspended or closing accounts are skipped by StackSet
 * operations, so the count says how many of the whole it reaches.
 */
function adoptionReach(reached: number, suspended: { instances: number; accounts: number }): string {
  const tag = `the ${MANAGED_BY_TAG.key} tag`;
  const where = suspended.accounts === 1 ? 'a suspended or closing account' : 'suspended or closing accounts';
  const skip = `StackSet operations skip ${suspended.accounts === 1 ? 'it' : 'them'}`;
  if (reached === 0 && suspended.instances === 0)
    return `it has no instance to update yet, so only the StackSet carries ${tag}`;
  if (reached === 0)
    return `only the StackSet carries ${tag}: ${suspended.instances === 1 ? 'its 1 instance is' : `all ${suspended.instances} of its instances are`} in ${where}, and ${skip}`;
  const whole =
    suspended.instances > 0
      ? `${formatCount(reached)} of its ${countOf(reached + suspended.instances, 'instance')}`
      : `its ${countOf(reached, 'instance')}`;
  return `${whole} ${reached === 1 ? 'is' : 'are'} updated to carry ${tag}${suspended.instances > 0 ? `; the ${suspended.instances} in ${where} ${suspended.instances === 1 ? 'is' : 'are'} not, as ${skip}` : ''}`;
}
