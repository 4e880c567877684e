import { countOf, listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
import { canonicalJson, sha256Digest } from './canonical-json.js';
import { accountReadinessChangeIds } from './account-readiness.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { ChangeScope, StackInstanceTarget } from './plan.js';
import { maskedSecretsProblem, noEchoIn, withUnreadableSecrets } from './no-echo-parameters.js';
import { accountIdsInValue, baselineControlsAccess } from './template-change.js';
import { noteRemovalsAfterUpdate, planInstanceRemovals, removeDependentsFirst } from './stack-instance-removals.js';
import {
  overrideRetentionChanges,
  retentionChanges,
  retentionParameterChanges,
  updateImpact,
} from './stack-set-update-impact.js';
import {
  compareTemplates,
  deletionEffects,
  mergeDeletions,
  overrideDeletions,
  updateEffect,
} from './update-deletions.js';
import { adoptForeignStackSet, instancesReached, settingChanges } from './stack-set-ownership.js';
import { serviceManagedWithoutTrustedAccess } from './stack-set-trusted-access.js';
import { retireStackSets } from './retire-stack-sets.js';
import { withTemplateDefaults } from './stack-set-parameter-defaults.js';
import { stackSetName, stackSetReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import {
  compareInstanceTargets,
  describeInstanceUpdate,
  NAMED_ACCOUNTS,
  groupSuffix,
  INOPERABLE,
  instanceScope,
  isDone,
  overridesMatch,
  changesOwnOverrides,
  wantedInstances,
} from './stack-instance-targets.js';

/** The reason a baseline's changes are high impact (baselineControlsAccess). */
const CONTROLS_ACCESS = 'a baseline that grants or controls access';

/**
 * Why a baseline counts as controlling access, in the reviewer's terms: its template, or else only parameter values
 * that hold an account id (baselineControlsAccess), named with NoEcho ones marked, since their values are never shown
 * and the reviewer must look in the repository.
 */
function accessReason(
  name: string,
  ...sides: readonly { templateBody: string; parameters: Readonly<Record<string, string>> }[]
): string {
  if (
    baselineControlsAccess(
      name,
      sides.map((side) => side.templateBody),
    )
  )
    return CONTROLS_ACCESS;
  const secret = new Set(sides.flatMap((side) => noEchoIn(side.templateBody)));
  const holding = [
    ...new Set(
      sides.flatMap((side) =>
        Object.entries(side.parameters).flatMap(([key, value]) => (accountIdsInValue(value).length > 0 ? [key] : [])),
      ),
    ),
  ].sort(compareText);
  const named = holding.map((key) => (secret.has(key) ? `${key} (NoEcho: value not shown)` : key));
  return `a baseline whose parameter${holding.length === 1 ? '' : 's'} ${listNames(named, Infinity)} ${holding.length === 1 ? 'holds' : 'hold'} an account id, which may grant it access`;
}

/** StackSets for the baseline catalogue, their instances per declared account and region, and retired StackSets. */
export function planStackSets(draft: PlanDraft): void {
  const { namePrefix } = draft.desired.organization.stackSets;
  const noTrustedAccess = serviceManagedWithoutTrustedAccess(draft);
  if (noTrustedAccess)
    draft.problem(
      PLAN_PROBLEMS.trustedAccess,
      'organization',
      noTrustedAccess,
      declarationOf('organization', draft.desired, 'permissionModel'),
    );
  const observedByName = new Map(draft.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
  const declaredNames = new Set(draft.desired.baselines.map((baseline) => stackSetName(namePrefix, baseline.name)));
  const accountNameById = new Map([...draft.existingAccounts].map(([name, account]) => [account.id, name]));
  const instanceChangesByBaseline = new Map<string, string[]>();
  const removalByBaseline = new Map<string, string>();

  for (const baseline of draft.desired.baselines) {
    const name = stackSetName(namePrefix, baseline.name);
    const reference = stackSetReference(name);
    const observed = observedByName.get(name);
    const existing = observed && withTemplateDefaults(withUnreadableSecrets(observed, baseline.parameters), baseline);
    const secret = existing ? noEchoIn(existing.templateBody) : [];
    const dependencyChanges = baseline.dependsOn.flatMap((dependency) => [
      ...(instanceChangesByBaseline.get(dependency) ?? []),
      `create-stackset:${stackSetReference(stackSetName(namePrefix, dependency))}`,
      `update-stackset:${stackSetReference(stackSetName(namePrefix, dependency))}`,
    ]);
    const after = {
      templateFile: baseline.templateFile,
      templateBody: baseline.templateBody,
      parameters: baseline.parameters,
    };
    const scope = {
      stackSet: name,
      template: sha256Digest(baseline.templateBody),
      parameters: sha256Digest(canonicalJson(baseline.parameters)),
    };
    let stackSetChange: string | undefined;
    const settings = existing ? settingChanges(draft, existing) : [];
    // Another team's StackSet is refused as not vend's, whatever its model: switching vend's own model for it would
    // turn every StackSet vend does own into this problem.
    if (existing?.managedByVend && settings.some((setting) => setting.name === 'PermissionModel')) {
      draft.problem(
        PLAN_PROBLEMS.stackSetPermissionModel,
        reference,
        `StackSet ${name} is ${existing.permissionModel}, but organization.yaml says ${draft.desired.organization.stackSets.permissionModel}; AWS cannot change the permission model of a StackSet that has stack instances (UpdateStackSet, PermissionModel), and vend does not switch it. Set stackSets.permissionModel to ${existing.permissionModel}, or rename the baseline so vend creates a new StackSet.`,
        declarationOf('organization', draft.desired, 'permissionModel'),
      );
      continue;
    }
    if (existing && !existing.managedByVend) {
      stackSetChange = adoptForeignStackSet(draft, baseline, existing, settings, after, scope);
      if (!stackSetChange) continue;
    } else if (!existing) {
      const masked = maskedSecretsProblem(baseline, name);
      if (masked) {
        draft.problem(
          PLAN_PROBLEMS.stackSetMaskedSecret,
          reference,
          masked,
          declarationOf(reference, draft.desired, 'parameters'),
        );
        continue;
      }
      stackSetChange = draft.add(CHANGE_KINDS.createStackSet, reference, {
        before: null,
        after,
        scope,
        // A new baseline of roles and policies changes access in every account it is deployed to.
        highImpact: baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters]),
        highImpactReason: CONTROLS_ACCESS,
        description: `Create StackSet ${name} from ${baseline.templateFile}`,
      });
    } else if (
      existing.templateBody !== baseline.templateBody ||
      canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ||
      settings.length > 0
    ) {
      const changed = [
        existing.templateBody !== baseline.templateBody ? 'template' : '',
        canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? 'parameters' : '',
        settings.some((setting) => setting.name !== 'AutoDeployment') ? 'roles' : '',
      ].filter(Boolean);
      const what = [
        ...changed,
        ...(settings.some((setting) => setting.name === 'AutoDeployment') ? ['automatic deployment'] : []),
      ].join(' and ');
      // Parameters matter too: one that feeds a property CloudFormation cannot change in place replaces the resource.
      // Deletions happen only where stacks exist: a StackSet without instances (a first deployment that failed, say)
      // deletes nothing, and its update is no more destructive than a new StackSet.
      const templateChange =
        existing.instances.length === 0 ||
        (existing.templateBody === baseline.templateBody &&
          canonicalJson(existing.parameters) === canonicalJson(baseline.parameters))
          ? undefined
          : compareTemplates(existing, baseline);
      const deleted = templateChange?.deletedResources;
      // As the blast radius counts them: AWS skips the instances of suspended or closing accounts.
      const { reached: redeployed, suspended } = instancesReached(draft, existing);
      const skipped = suspended.instances;
      const instances = `${redeployed} existing instance${redeployed === 1 ? '' : 's'}${skipped > 0 ? `, not the ${skipped} in suspended or closing accounts, which AWS skips` : ''}`;
      stackSetChange = draft.add(CHANGE_KINDS.updateStackSet, reference, {
        before: {
          templateBody: existing.templateBody,
          parameters: existing.parameters,
          ...Object.fromEntries(settings.map((setting) => [setting.name, setting.before])),
        },
        after: { ...after, ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])) },
        scope: {
          ...scope,
          ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])),
          // What it deletes is part of what was approved: a resource added out of band since would be deleted too.
          ...deletionScope(templateChange?.deletedResources, templateChange !== undefined, {
            templateBody: existing.templateBody,
            parameters: existing.parameters,
          }),
        },
        // A template that drops resources deletes them in every account the StackSet reaches.
        destructive: templateChange !== undefined && (deleted === undefined || deleted.length > 0),
        // New content or parameters for roles and policies change access in every account it reaches, and so does
        // another role deploying them; a template that keeps data for less time erases it there.
        ...updateImpact(
          settings.map((setting) => setting.name),
          // Turning automatic deployment off changes no account's access: only the rest is new content for it.
          changed.length > 0 &&
            baselineControlsAccess(
              baseline.name,
              [existing.templateBody, baseline.templateBody],
              [existing.parameters, baseline.parameters],
            )
            ? `new ${changed.join(' and ')} for ${accessReason(baseline.name, existing, baseline)}`
            : undefined,
          existing.instances.length > 0
            ? [
                ...retentionChanges(existing.templateBody, baseline.templateBody),
                ...retentionParameterChanges(existing, baseline),
              ]
            : [],
        ),
        dependsOn: dependencyChanges,
        description: `Update StackSet ${name}: ${what} changed${existing.instances.length === 0 ? '' : updateEffect(templateChange, instances)}`,
      });
    }

    const wanted = wantedInstances(draft, baseline);
    const observedInstances = new Map(
      (existing?.instances ?? []).map((instance) => [`${instance.accountId}/${instance.region}`, instance]),
    );
    const toAdd = new Map<string, { overrides: Record<string, string>; targets: StackInstanceTarget[] }>();
    const toUpdate = new Map<
      string,
      {
        overrides: Record<string, string>;
        targets: StackInstanceTarget[];
        before: Map<string, Record<string, string>>;
        /** Statuses of instances whose last deployment did not succeed; updating them redeploys them. */
        notDone: string[];
        /** Some instance gets other parameter overrides, not just a redeploy. */
        overridesChange: boolean;
        /** Some instance's overrides change by more than the StackSet values they carry (changesOwnOverrides). */
        ownOverridesChange: boolean;
      }
    >();
    const wantedKeys = new Set<string>();
    for (const instance of wanted) {
      const accountId = draft.existingAccounts.get(instance.account)?.id;
      const key = canonicalJson(instance.overrides);
      const current = accountId === undefined ? undefined : observedInstances.get(`${accountId}/${instance.region}`);
      if (accountId !== undefined) wantedKeys.add(`${accountId}/${instance.region}`);
      if (!current) {
        const group = toAdd.get(key) ?? { overrides: instance.overrides, targets: [] };
        group.targets.push({ account: instance.account, region: instance.region });
        toAdd.set(key, group);
      } else if (current.status === INOPERABLE) {
        draft.problem(
          PLAN_PROBLEMS.stackInstanceInoperable,
          reference,
          `The ${baseline.name} stack instance in ${instance.account} ${instance.region} is INOPERABLE: a deletion failed and left its stack unstable, and CloudFormation excludes it from every further operation. Delete the stack instance with RetainStacks set to true, delete or repair the stack in the account by hand, then plan again.`,
          declarationOf(reference, draft.desired),
        );
      } else if (
        !overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides, secret) ||
        !isDone(current.status)
      ) {
        const group = toUpdate.get(key) ?? {
          overrides: instance.overrides,
          targets: [],
          before: new Map<string, Record<string, string>>(),
          notDone: [],
          overridesChange: false,
          ownOverridesChange: false,
        };
        group.targets.push({ account: instance.account, region: instance.region });
        group.before.set(`${instance.account}/${instance.region}`, current.parameterOverrides);
        if (!isDone(current.status)) group.notDone.push(current.status || 'no status');
        if (!overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides, secret))
          group.overridesChange = true;
        if (
          changesOwnOverrides(
            { before: existing?.parameters ?? {}, after: baseline.parameters },
            current.parameterOverrides,
            instance.overrides,
            instance.own,
            secret,
          )
        )
          group.ownOverridesChange = true;
        toUpdate.set(key, group);
      }
    }
    // The overrides that are not the StackSet's value: what a reviewer must see first, and what a reason names.
    const differingOverrides = (overrides: Record<string, string>) =>
      Object.keys(overrides)
        .filter((parameter) => overrides[parameter] !== baseline.parameters[parameter])
        .sort(compareText);
    const instanceChanges: string[] = [];
    for (const [key, group] of [...toAdd].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      const differing = differingOverrides(group.overrides);
      instanceChanges.push(
        draft.add(CHANGE_KINDS.addStackInstances, reference, {
          id: `add-stack-instances:${reference}${groupSuffix(key)}`,
          before: null,
          after: {
            stackSet: name,
            instances: group.targets,
            parameterOverrides: group.overrides,
            ...(differing.length > 0 ? { differingOverrides: differing } : {}),
          },
          scope: instanceScope(name, group.overrides, group.targets),
          // Overrides give these accounts roles or policies other than the reviewed StackSet parameters say; roles
          // in the management account act over the whole organization, and no SCP limits them.
          highImpact:
            (Object.keys(group.overrides).length > 0 ||
              accounts.some((account) => draft.isManagementAccount(account))) &&
            baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters, group.overrides]),
          highImpactReason: accounts.some((account) => draft.isManagementAccount(account))
            ? `${CONTROLS_ACCESS}, in the management account, where no SCP limits it`
            : differing.length > 0
              ? `parameter overrides for ${CONTROLS_ACCESS}: ${accounts.length === 1 ? 'this account gets' : 'these accounts get'} other values than the StackSet's for ${differing.join(', ')}`
              : `parameter overrides for ${CONTROLS_ACCESS}: ${accounts.length === 1 ? 'this account pins' : 'these accounts pin'} the StackSet's values, which later StackSet updates then no longer change`,
          dependsOn: [stackSetChange, ...dependencyChanges, ...accounts.flatMap(accountReadinessChangeIds)],
          // Named when few: groups with other overrides are otherwise lines alike, telling no account apart.
          description: `Deploy ${baseline.name} to ${countOf(group.targets.length, 'stack instance')} (${countOf(accounts.length, 'account')}${accounts.length <= NAMED_ACCOUNTS ? `: ${listNames(accounts)}` : ''})`,
          accounts,
        }),
      );
    }
    for (const [key, group] of [...toUpdate].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      // An override that feeds a property CloudFormation cannot change in place replaces the resource there, and one
      // that a resource's Condition reads may delete it.
      const deletions = mergeDeletions(
        [...group.before.values()].map((before) => overrideDeletions(baseline, before ?? {}, group.overrides)),
      );
      const effects = deletionEffects(deletions);
      instanceChanges.push(
        draft.add(CHANGE_KINDS.updateStackInstances, reference, {
          id: `update-stack-instances:${reference}${groupSuffix(key)}`,
          before: Object.fromEntries(
            group.targets.map(({ account, region }) => [
              `${account}/${region}`,
              group.before.get(`${account}/${region}`),
            ]),
          ),
          after: {
            stackSet: name,
            instances: group.targets,
            parameterOverrides: group.overrides,
            ...(differingOverrides(group.overrides).length > 0
              ? { differingOverrides: differingOverrides(group.overrides) }
              : {}),
          },
          scope: {
            ...instanceScope(name, group.overrides, group.targets),
            ...deletionScope(deletions.deletedResources, true, Object.fromEntries(group.before)),
          },
          // Overrides that shorten retention erase data in these accounts as a StackSet value would everywhere.
          ...updateImpact(
            [],
            group.ownOverridesChange &&
              baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters, group.overrides])
              ? `other parameter overrides for ${CONTROLS_ACCESS}`
              : undefined,
            overrideRetentionChanges(baseline, group.before.values(), group.overrides),
          ),
          destructive: deletions.deletedResources === undefined || deletions.deletedResources.length > 0,
          dependsOn: [stackSetChange, ...dependencyChanges],
          description: `${describeInstanceUpdate(baseline.name, group.targets.length, accounts, group.notDone, group.overridesChange && !group.ownOverridesChange)}${effects.length > 0 ? `; redeploying ${group.targets.length === 1 ? 'it' : 'them'} ${effects.join('; ')}` : ''}`,
          accounts,
        }),
      );
    }
    const removal = planInstanceRemovals(
      draft,
      baseline.name,
      name,
      existing,
      wantedKeys,
      accountNameById,
      stackSetChange === undefined ? undefined : baseline.templateBody,
    );
    if (removal) {
      removalByBaseline.set(baseline.name, removal);
      noteRemovalsAfterUpdate(draft, stackSetChange, removal);
    }
    draft.markUpdated(draft.accountsIn(instanceChanges));
    instanceChangesByBaseline.set(baseline.name, instanceChanges);
  }
  removeDependentsFirst(draft, removalByBaseline);

  retireStackSets(draft, declaredNames, accountNameById);
}

/**
 * The resources an update deletes, for its scope, when it deletes any: `deletes` lists their logical ids, or is `*`
 * when deletions cannot be ruled out. Nothing when the update deletes nothing, so an unchanged scope stays as it was.
 * A `*` also pins `deployed`, what the update replaces (the deployed template and parameters, or the instances'
 * overrides), by digest: an approval to delete whatever the old state held never covers a state changed since.
 */
function deletionScope(deleted: readonly string[] | undefined, compared: boolean, deployed: unknown): ChangeScope {
  if (!compared || (deleted !== undefined && deleted.length === 0)) return {};
  if (deleted !== undefined) return { deletes: [...deleted] };
  return { deletes: '*', deployed: sha256Digest(canonicalJson(deployed)) };
}
