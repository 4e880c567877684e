import { compareText } from '../ordering.js';
import { MAX_SCPS_PER_TARGET } from '../config/rules/organization-rules.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredAccount, DesiredBaseline, DesiredState, ScpAttachments } from '../config/desired-state.js';
import type {
  ObservedAccount,
  ObservedPolicy,
  ObservedStackInstance,
  ObservedState,
} from '../observe/observed-state.js';
import { canonicalJson, sha256Digest } from './canonical-json.js';
import { orderChanges } from './order-changes.js';
import { CHANGE_KINDS } from './plan.js';
import type {
  Change,
  ChangeAction,
  ChangeKind,
  Plan,
  PlannedAccount,
  PlanProblem,
  StackInstanceTarget,
  TargetReference,
} from './plan.js';

const ACTION_OF_KIND: Record<ChangeKind, ChangeAction> = {
  [CHANGE_KINDS.enableScpType]: 'change',
  [CHANGE_KINDS.createOrganizationalUnit]: 'create',
  [CHANGE_KINDS.createScp]: 'create',
  [CHANGE_KINDS.updateScp]: 'change',
  [CHANGE_KINDS.deleteScp]: 'destroy',
  [CHANGE_KINDS.createAccount]: 'create',
  [CHANGE_KINDS.adoptAccount]: 'change',
  [CHANGE_KINDS.moveAccount]: 'change',
  [CHANGE_KINDS.tagAccount]: 'change',
  [CHANGE_KINDS.untagAccount]: 'change',
  [CHANGE_KINDS.attachScp]: 'create',
  [CHANGE_KINDS.detachScp]: 'destroy',
  [CHANGE_KINDS.createStackSet]: 'create',
  [CHANGE_KINDS.updateStackSet]: 'change',
  [CHANGE_KINDS.addStackInstances]: 'create',
  [CHANGE_KINDS.updateStackInstances]: 'change',
  [CHANGE_KINDS.removeStackInstances]: 'destroy',
  [CHANGE_KINDS.deleteStackSet]: 'destroy',
  [CHANGE_KINDS.closeAccount]: 'destroy',
};

export const ouReference = (path: string): TargetReference => (path === '' ? 'root' : `ou:${path}`);
export const accountReference = (name: string): TargetReference => `account:${name}`;
export const scpReference = (name: string): TargetReference => `scp:${name}`;
export const stackSetReference = (name: string): TargetReference => `stackset:${name}`;
const ACCOUNT_READINESS_KINDS: ChangeKind[] = [
  CHANGE_KINDS.createAccount,
  CHANGE_KINDS.adoptAccount,
  CHANGE_KINDS.moveAccount,
];

/** Instances deploy only once the account exists, is vend's, and sits in its OU (so its SCPs already apply). */
export function accountReadinessChangeIds(account: string): string[] {
  return ACCOUNT_READINESS_KINDS.map((kind) => `${kind}:${accountReference(account)}`);
}

export function isAccountReadinessChangeId(id: string): boolean {
  return ACCOUNT_READINESS_KINDS.some((kind) => id.startsWith(`${kind}:account:`));
}

export const stackSetName = (prefix: string, baseline: string) => `${prefix}${baseline}`;

/** The plan: pure, deterministic, and complete enough for apply to act on and for reviewers to read. */
export function computePlan(desired: DesiredState, observed: ObservedState): Plan {
  const builder = new PlanBuilder(desired, observed);
  return builder.build();
}

class PlanBuilder {
  private readonly changes = new Map<string, Change>();
  private readonly problems: PlanProblem[] = [];
  private readonly changesByAccount = new Map<string, Set<string>>();
  private readonly accountStatus = new Map<string, PlannedAccount['status']>();

  private readonly ouIdByPath: Map<string, string>;
  private readonly observedByEmail: Map<string, ObservedAccount>;
  private readonly policiesByName: Map<string, ObservedPolicy>;
  /** Declared accounts that exist, by manifest name. */
  private readonly existingAccounts = new Map<string, ObservedAccount>();

  constructor(
    private readonly desired: DesiredState,
    private readonly observed: ObservedState,
  ) {
    this.ouIdByPath = new Map(observed.organizationalUnits.map((unit) => [unit.path, unit.id]));
    this.ouIdByPath.set('', observed.root.id);
    this.observedByEmail = new Map(observed.accounts.map((account) => [account.email.toLowerCase(), account]));
    this.policiesByName = new Map(observed.policies.map((policy) => [policy.name, policy]));
    for (const account of desired.accounts) {
      const existing = this.observedByEmail.get(account.email.toLowerCase());
      if (existing) this.existingAccounts.set(account.name, existing);
    }
  }

  build(): Plan {
    this.planScpPolicyType();
    this.planOrganizationalUnits();
    this.planScps();
    for (const account of this.desired.accounts) this.planAccount(account);
    this.planAttachments();
    this.planRetiredScps();
    this.planStackSets();
    this.closeAccountsLast();

    const changes = orderChanges([...this.changes.values()]);
    const summary = { create: 0, change: 0, destroy: 0 };
    for (const change of changes) summary[change.action]++;
    const body: Omit<Plan, 'digest'> = {
      formatVersion: 1,
      managementAccountId: this.desired.organization.managementAccountId,
      homeRegion: this.desired.organization.homeRegion,
      summary,
      changes,
      accounts: this.plannedAccounts(),
      organizationalUnits: this.desired.organizationalUnits.map((unit) => ({
        path: unit.path,
        isNew: !this.ouIdByPath.has(unit.path),
      })),
      unmanagedAccounts: this.unmanagedAccounts(),
      problems: this.problems.sort((a, b) => compareText(a.target, b.target) || compareText(a.message, b.message)),
    };
    return { ...body, digest: sha256Digest(canonicalJson(body)) };
  }

  private add(
    kind: ChangeKind,
    target: TargetReference,
    fields: {
      id?: string;
      before: unknown;
      after: unknown;
      dependsOn?: (string | undefined)[];
      description: string;
      accounts?: string[];
    },
  ) {
    const id = fields.id ?? `${kind}:${target}`;
    const action = ACTION_OF_KIND[kind];
    const dependsOn = [
      ...new Set(
        fields.dependsOn?.filter(
          (dependency): dependency is string => dependency !== undefined && this.changes.has(dependency),
        ) ?? [],
      ),
    ].sort();
    this.changes.set(id, {
      id,
      kind,
      action,
      target,
      destructive: action === 'destroy',
      before: fields.before,
      after: fields.after,
      dependsOn,
      description: fields.description,
    });
    for (const account of fields.accounts ?? []) {
      this.changesByAccount.set(account, (this.changesByAccount.get(account) ?? new Set()).add(id));
    }
    return id;
  }

  private changeIdIfPlanned(id: string): string | undefined {
    return this.changes.has(id) ? id : undefined;
  }

  private planScpPolicyType() {
    if (this.observed.root.scpPolicyTypeEnabled) return;
    this.add(CHANGE_KINDS.enableScpType, 'root', {
      before: { SERVICE_CONTROL_POLICY: 'DISABLED' },
      after: { SERVICE_CONTROL_POLICY: 'ENABLED' },
      description: 'Enable service control policies on the root',
    });
  }

  private planOrganizationalUnits() {
    for (const unit of this.desired.organizationalUnits) {
      if (this.ouIdByPath.has(unit.path)) continue;
      this.add(CHANGE_KINDS.createOrganizationalUnit, ouReference(unit.path), {
        before: null,
        after: { name: unit.name, parent: ouReference(unit.parentPath ?? '') },
        dependsOn: [`create-ou:${ouReference(unit.parentPath ?? '')}`],
        description: `Create OU ${unit.path}`,
      });
    }
  }

  private planScps() {
    for (const scp of this.desired.scps) {
      const existing = this.policiesByName.get(scp.name);
      const after = { name: scp.name, description: scp.description, content: scp.content };
      if (!existing) {
        this.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
          before: null,
          after,
          description: `Create SCP ${scp.name} from ${scp.file}`,
        });
      } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
        this.problems.push({
          target: scpReference(scp.name),
          message: `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; vend will not change a policy it does not own. Rename the catalogue entry, or tag the policy to hand it to vend.`,
        });
      } else if (existing.content !== scp.content || existing.description !== scp.description) {
        this.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
          before: { name: existing.name, description: existing.description, content: existing.content },
          after,
          description: `Update SCP ${scp.name} from ${scp.file}`,
        });
      }
    }
  }

  private planAccount(account: DesiredAccount) {
    const reference = accountReference(account.name);
    const existing = this.existingAccounts.get(account.name);
    const ouChange = `create-ou:${ouReference(account.ou)}`;
    if (!existing) {
      if (account.closed) return;
      const inProgress = this.observed.accountCreationsInProgress.find(
        (request) => request.accountName === account.name,
      );
      this.add(CHANGE_KINDS.createAccount, reference, {
        before: inProgress ? { createAccountRequestId: inProgress.requestId, state: 'IN_PROGRESS' } : null,
        after: { name: account.name, email: account.email, ou: account.ou, tags: account.tags },
        dependsOn: [ouChange],
        description: inProgress
          ? `Finish creating account ${account.name} (request ${inProgress.requestId} is in progress)`
          : `Create account ${account.name} <${account.email}> in ${account.ou}`,
        accounts: [account.name],
      });
      this.accountStatus.set(account.name, 'new');
      return;
    }
    if (existing.status !== 'ACTIVE') {
      if (!account.closed) {
        this.problems.push({
          target: reference,
          message: `Account ${account.name} (${existing.id}) is ${existing.status}; set closed: true in ${account.file} or remove the manifest.`,
        });
      }
      return;
    }
    if (account.closed) {
      this.add(CHANGE_KINDS.closeAccount, reference, {
        before: { id: existing.id, status: existing.status },
        after: { id: existing.id, status: 'CLOSED' },
        description: `Close account ${account.name} (${existing.id})`,
        accounts: [account.name],
      });
      this.accountStatus.set(account.name, 'closing');
      return;
    }

    // Apply stops reading tags once its account stage is done; unread tags plan neither adoption nor tagging.
    const tags = existing.tags;
    const adopting = tags !== undefined && tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value;
    const adoptId = adopting
      ? this.add(CHANGE_KINDS.adoptAccount, reference, {
          before: { id: existing.id, name: existing.name, email: existing.email },
          after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
          description: `Adopt existing account ${existing.name} (${existing.id}) with email ${existing.email}`,
          accounts: [account.name],
        })
      : undefined;
    if (adopting) this.accountStatus.set(account.name, 'adopted');

    if (existing.parentPath !== account.ou) {
      this.add(CHANGE_KINDS.moveAccount, reference, {
        before: { id: existing.id, ou: existing.parentPath === '' ? '(root)' : existing.parentPath },
        after: { id: existing.id, ou: account.ou },
        dependsOn: [ouChange, adoptId],
        description: `Move account ${account.name} from ${existing.parentPath || '(root)'} to ${account.ou}`,
        accounts: [account.name],
      });
      if (!adopting) this.accountStatus.set(account.name, 'moved');
    }

    if (tags === undefined) return;
    const toSet = Object.fromEntries(
      Object.entries(account.tags).filter(
        ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key),
      ),
    );
    const toRemove = Object.keys(tags)
      .filter((key) => !Object.hasOwn(account.tags, key))
      .sort();
    if (Object.keys(toSet).length > 0) {
      this.add(CHANGE_KINDS.tagAccount, reference, {
        before: Object.fromEntries(
          Object.keys(toSet)
            .filter((key) => Object.hasOwn(tags, key))
            .map((key) => [key, tags[key]]),
        ),
        after: toSet,
        dependsOn: [adoptId],
        description: `Set tags ${Object.keys(toSet).join(', ')} on ${account.name}`,
        accounts: [account.name],
      });
    }
    if (toRemove.length > 0) {
      this.add(CHANGE_KINDS.untagAccount, reference, {
        before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
        after: null,
        dependsOn: [adoptId],
        description: `Remove undeclared tags ${toRemove.join(', ')} from ${account.name}`,
        accounts: [account.name],
      });
    }
    if (!this.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
      this.accountStatus.set(account.name, 'updated');
  }

  private planAttachments() {
    const targets: {
      reference: TargetReference;
      id?: string;
      attachments: ScpAttachments;
      dependsOn: (string | undefined)[];
      account?: string;
    }[] = [
      { reference: 'root', id: this.observed.root.id, attachments: this.desired.organization.root, dependsOn: [] },
      ...this.desired.organizationalUnits.map((unit) => ({
        reference: ouReference(unit.path),
        id: this.ouIdByPath.get(unit.path),
        attachments: unit,
        dependsOn: [`create-ou:${ouReference(unit.path)}`],
      })),
      ...this.desired.accounts
        .filter((account) => !account.closed)
        .map((account) => ({
          reference: accountReference(account.name),
          id: this.existingAccounts.get(account.name)?.id,
          attachments: account as ScpAttachments,
          dependsOn: [
            `create-account:${accountReference(account.name)}`,
            `adopt-account:${accountReference(account.name)}`,
          ],
          account: account.name,
        })),
    ];
    const enableScpType = this.changeIdIfPlanned('enable-scp-type:root');
    for (const target of targets) {
      const attached = new Set(
        target.id === undefined
          ? []
          : this.observed.policies
              .filter((policy) => policy.targetIds.includes(target.id!))
              .map((policy) => policy.name),
      );
      // AWS attaches FullAWSAccess to every new OU and account, and to every existing target when SCPs are enabled.
      if (target.id === undefined || enableScpType) attached.add(FULL_AWS_ACCESS_POLICY_NAME);
      const wanted = new Set([
        ...target.attachments.scps,
        ...(target.attachments.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []),
      ]);
      // Attachments run before detachments (destructive changes go last), so for a moment the target carries both.
      const peak = new Set([...attached, ...wanted]).size;
      if (peak > MAX_SCPS_PER_TARGET) {
        const leaving = [...attached].filter((name) => !wanted.has(name)).sort();
        this.problems.push({
          target: target.reference,
          message: `${describeTarget(target.reference)} would briefly carry ${peak} SCPs (AWS allows ${MAX_SCPS_PER_TARGET}), because new attachments are made before ${leaving.join(', ') || 'anything'} is detached. Split the change: first merge a pull request that only removes ${leaving.join(', ') || 'an SCP'}, then one that adds the new SCPs.`,
        });
      }
      for (const name of [...wanted].sort()) {
        if (attached.has(name)) continue;
        this.add(CHANGE_KINDS.attachScp, target.reference, {
          id: `attach-scp:${name}@${target.reference}`,
          before: null,
          after: { policy: name, target: target.reference },
          dependsOn: [...target.dependsOn, enableScpType, `create-scp:${scpReference(name)}`],
          description: `Attach SCP ${name} to ${describeTarget(target.reference)}`,
          accounts: target.account ? [target.account] : [],
        });
        if (target.account && !this.accountStatus.has(target.account))
          this.accountStatus.set(target.account, 'updated');
      }
      for (const name of [...attached].sort()) {
        // FullAWSAccess is AWS's, but whether it stays attached is declared per target (fullAWSAccess).
        const owned =
          name === FULL_AWS_ACCESS_POLICY_NAME ||
          this.policiesByName.get(name)?.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
        if (wanted.has(name) || !owned) continue;
        this.add(CHANGE_KINDS.detachScp, target.reference, {
          id: `detach-scp:${name}@${target.reference}`,
          before: { policy: name, target: target.reference },
          after: null,
          dependsOn: [
            ...target.dependsOn,
            enableScpType,
            ...[...wanted].map((wantedName) => `attach-scp:${wantedName}@${target.reference}`),
          ],
          description: `Detach SCP ${name} from ${describeTarget(target.reference)}`,
          accounts: target.account ? [target.account] : [],
        });
        if (target.account && !this.accountStatus.has(target.account))
          this.accountStatus.set(target.account, 'updated');
      }
    }
  }

  /**
   * SCPs vend created that the catalogue no longer names. planAttachments already detaches them from declared
   * targets; once those detaches are done the policy can be deleted. Attachments to targets nobody declares are
   * left for a person to resolve, since vend does not change those targets.
   */
  private planRetiredScps() {
    const catalogue = new Set(this.desired.scps.map((scp) => scp.name));
    const declaredTargets = new Map<string, TargetReference>([[this.observed.root.id, 'root']]);
    for (const unit of this.desired.organizationalUnits) {
      const id = this.ouIdByPath.get(unit.path);
      if (id) declaredTargets.set(id, ouReference(unit.path));
    }
    for (const [name, account] of this.existingAccounts) declaredTargets.set(account.id, accountReference(name));
    for (const policy of this.observed.policies) {
      if (policy.awsManaged || catalogue.has(policy.name)) continue;
      if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
      const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
      if (undeclared.length > 0) {
        this.problems.push({
          target: scpReference(policy.name),
          message: `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${undeclared.join(', ')}, which the repository does not declare. Detach it there by hand, or put it back in the catalogue.`,
        });
        continue;
      }
      this.add(CHANGE_KINDS.deleteScp, scpReference(policy.name), {
        before: { name: policy.name, id: policy.id },
        after: null,
        dependsOn: policy.targetIds.map((id) => `detach-scp:${policy.name}@${declaredTargets.get(id)}`),
        description: `Delete SCP ${policy.name} (${policy.id}): it is no longer in the catalogue`,
      });
    }
  }

  private planStackSets() {
    const { namePrefix } = this.desired.organization.stackSets;
    const observedByName = new Map(this.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
    const declaredNames = new Set(this.desired.baselines.map((baseline) => stackSetName(namePrefix, baseline.name)));
    const accountNameById = new Map([...this.existingAccounts].map(([name, account]) => [account.id, name]));
    const instanceChangesByBaseline = new Map<string, string[]>();
    const removalByBaseline = new Map<string, string>();

    for (const baseline of this.desired.baselines) {
      const name = stackSetName(namePrefix, baseline.name);
      const reference = stackSetReference(name);
      const existing = observedByName.get(name);
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
      let stackSetChange: string | undefined;
      if (!existing) {
        stackSetChange = this.add(CHANGE_KINDS.createStackSet, reference, {
          before: null,
          after,
          description: `Create StackSet ${name} from ${baseline.templateFile}`,
        });
      } else if (
        existing.templateBody !== baseline.templateBody ||
        canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters)
      ) {
        const what = [
          existing.templateBody !== baseline.templateBody ? 'template' : '',
          canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? 'parameters' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        stackSetChange = this.add(CHANGE_KINDS.updateStackSet, reference, {
          before: { templateBody: existing.templateBody, parameters: existing.parameters },
          after,
          dependsOn: dependencyChanges,
          description: `Update StackSet ${name}: ${what} changed (${existing.instances.length} existing instance${existing.instances.length === 1 ? '' : 's'} will be redeployed)`,
        });
      }

      const wanted = this.wantedInstances(baseline);
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
          /** Instances whose last deployment failed; updating them redeploys them. */
          failed: number;
        }
      >();
      const wantedKeys = new Set<string>();
      for (const instance of wanted) {
        const accountId = this.existingAccounts.get(instance.account)?.id;
        const key = canonicalJson(instance.overrides);
        const current = accountId === undefined ? undefined : observedInstances.get(`${accountId}/${instance.region}`);
        if (accountId !== undefined) wantedKeys.add(`${accountId}/${instance.region}`);
        if (!current) {
          const group = toAdd.get(key) ?? { overrides: instance.overrides, targets: [] };
          group.targets.push({ account: instance.account, region: instance.region });
          toAdd.set(key, group);
        } else if (canonicalJson(current.parameterOverrides) !== key || FAILED_INSTANCE_STATUSES.has(current.status)) {
          const group = toUpdate.get(key) ?? {
            overrides: instance.overrides,
            targets: [],
            before: new Map<string, Record<string, string>>(),
            failed: 0,
          };
          group.targets.push({ account: instance.account, region: instance.region });
          group.before.set(`${instance.account}/${instance.region}`, current.parameterOverrides);
          if (FAILED_INSTANCE_STATUSES.has(current.status)) group.failed++;
          toUpdate.set(key, group);
        }
      }
      const instanceChanges: string[] = [];
      for (const [key, group] of [...toAdd].sort(([a], [b]) => compareText(a, b))) {
        group.targets.sort(compareInstanceTargets);
        const accounts = [...new Set(group.targets.map((target) => target.account))];
        instanceChanges.push(
          this.add(CHANGE_KINDS.addStackInstances, reference, {
            id: `add-stack-instances:${reference}${groupSuffix(key)}`,
            before: null,
            after: { stackSet: name, instances: group.targets, parameterOverrides: group.overrides },
            dependsOn: [stackSetChange, ...dependencyChanges, ...accounts.flatMap(accountReadinessChangeIds)],
            description: `Deploy ${baseline.name} to ${group.targets.length} stack instance${group.targets.length === 1 ? '' : 's'} (${accounts.length} account${accounts.length === 1 ? '' : 's'})`,
            accounts,
          }),
        );
      }
      for (const [key, group] of [...toUpdate].sort(([a], [b]) => compareText(a, b))) {
        group.targets.sort(compareInstanceTargets);
        const accounts = [...new Set(group.targets.map((target) => target.account))];
        instanceChanges.push(
          this.add(CHANGE_KINDS.updateStackInstances, reference, {
            id: `update-stack-instances:${reference}${groupSuffix(key)}`,
            before: Object.fromEntries(
              group.targets.map(({ account, region }) => [
                `${account}/${region}`,
                group.before.get(`${account}/${region}`),
              ]),
            ),
            after: { stackSet: name, instances: group.targets, parameterOverrides: group.overrides },
            dependsOn: [stackSetChange, ...dependencyChanges],
            description: describeInstanceUpdate(baseline.name, group.targets.length, group.failed),
            accounts,
          }),
        );
      }
      const stale = (existing?.instances ?? [])
        .filter((instance) => {
          const account = accountNameById.get(instance.accountId);
          return account !== undefined && !wantedKeys.has(`${instance.accountId}/${instance.region}`);
        })
        .sort(compareInstances);
      if (stale.length > 0) {
        const accounts = [...new Set(stale.map((instance) => accountNameById.get(instance.accountId)!))];
        removalByBaseline.set(
          baseline.name,
          this.add(CHANGE_KINDS.removeStackInstances, reference, {
            before: {
              stackSet: name,
              instances: stale.map((instance) => ({
                account: accountNameById.get(instance.accountId)!,
                accountId: instance.accountId,
                region: instance.region,
              })),
            },
            after: null,
            description: `Remove ${stale.length} ${baseline.name} stack instance${stale.length === 1 ? '' : 's'} (stacks and their resources are deleted)`,
            accounts,
          }),
        );
        this.markUpdated(accounts);
      }
      this.markUpdated(this.accountsIn(instanceChanges));
      instanceChangesByBaseline.set(baseline.name, instanceChanges);
    }
    this.removeDependentsFirst(removalByBaseline);

    for (const stackSet of this.observed.stackSets.filter((candidate) => !declaredNames.has(candidate.name))) {
      const reference = stackSetReference(stackSet.name);
      const instances = [...stackSet.instances].sort(compareInstances);
      const accounts = [...new Set(instances.flatMap((instance) => accountNameById.get(instance.accountId) ?? []))];
      const removeId =
        instances.length > 0
          ? this.add(CHANGE_KINDS.removeStackInstances, reference, {
              before: {
                stackSet: stackSet.name,
                instances: instances.map((instance) => ({ accountId: instance.accountId, region: instance.region })),
              },
              after: null,
              description: `Remove all ${instances.length} instances of ${stackSet.name}: its baseline is no longer in the catalogue`,
              accounts,
            })
          : undefined;
      this.markUpdated(accounts);
      this.add(CHANGE_KINDS.deleteStackSet, reference, {
        before: { name: stackSet.name },
        after: null,
        dependsOn: [removeId],
        description: `Delete StackSet ${stackSet.name}: its baseline is no longer in the catalogue`,
      });
    }
  }

  /**
   * Instances are removed in reverse dependency order: the boundary baseline must outlive the roles whose
   * PermissionsBoundary names its policy, or deleting that policy fails.
   */
  private removeDependentsFirst(removalByBaseline: Map<string, string>) {
    const dependsOnByName = new Map(this.desired.baselines.map((baseline) => [baseline.name, baseline.dependsOn]));
    const dependenciesOf = (name: string, found = new Set<string>()): Set<string> => {
      for (const dependency of dependsOnByName.get(name) ?? []) {
        if (found.has(dependency)) continue;
        found.add(dependency);
        dependenciesOf(dependency, found);
      }
      return found;
    };
    for (const [dependent, removal] of removalByBaseline) {
      for (const dependency of dependenciesOf(dependent)) {
        const dependencyRemoval = this.changes.get(removalByBaseline.get(dependency) ?? '');
        if (dependencyRemoval)
          dependencyRemoval.dependsOn = [...new Set([...dependencyRemoval.dependsOn, removal])].sort(compareText);
      }
    }
  }

  /** A closed account's stacks can no longer be deleted, so every removal that touches it goes first. */
  private closeAccountsLast() {
    for (const change of this.changes.values()) {
      if (change.kind !== CHANGE_KINDS.closeAccount) continue;
      const account = change.target.slice('account:'.length);
      const removals = [...(this.changesByAccount.get(account) ?? [])].filter(
        (id) => this.changes.get(id)?.kind === CHANGE_KINDS.removeStackInstances,
      );
      change.dependsOn = [...new Set([...change.dependsOn, ...removals])].sort(compareText);
    }
  }

  private markUpdated(accounts: string[]) {
    for (const account of accounts) if (!this.accountStatus.has(account)) this.accountStatus.set(account, 'updated');
  }

  private accountsIn(changeIds: string[]): string[] {
    return [...this.changesByAccount]
      .filter(([, ids]) => changeIds.some((id) => ids.has(id)))
      .map(([account]) => account);
  }

  /**
   * An account that overrides any parameter gets every StackSet parameter as an override: the baseline's values
   * with its own on top. AWS fills unlisted parameters from the StackSet, but the emulator does not, and the
   * explicit form behaves the same on both. The cost: a change to a StackSet-level value also updates these
   * accounts' overrides, which the plan shows as an override update.
   */
  private wantedInstances(baseline: DesiredBaseline): (StackInstanceTarget & { overrides: Record<string, string> })[] {
    return this.desired.accounts
      .filter((account) => !account.closed && account.baselines.includes(baseline.name))
      .flatMap((account) => {
        const own = account.parameters[baseline.name];
        const overrides = own ? { ...baseline.parameters, ...own } : {};
        return (baseline.regions ?? account.regions).map((region) => ({ account: account.name, region, overrides }));
      });
  }

  private plannedAccounts(): PlannedAccount[] {
    const root = this.desired.organization.root;
    const ouByPath = new Map(this.desired.organizationalUnits.map((unit) => [unit.path, unit]));
    return this.desired.accounts
      .filter((account) => this.accountStatus.has(account.name))
      .map((account) => {
        const lineage: ScpAttachments[] = [root];
        const parts = account.ou.split('/');
        for (let depth = 1; depth <= parts.length; depth++) {
          const unit = ouByPath.get(parts.slice(0, depth).join('/'));
          if (unit) lineage.push(unit);
        }
        lineage.push(account);
        const scpsInForce = [
          ...new Set(
            lineage.flatMap((level) => [...(level.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []), ...level.scps]),
          ),
        ];
        const baselines = account.baselines.map((name) => {
          const baseline = this.desired.baselines.find((candidate) => candidate.name === name)!;
          return { name, regions: [...(baseline.regions ?? account.regions)] };
        });
        return {
          name: account.name,
          email: account.email,
          ou: account.ou,
          status: this.accountStatus.get(account.name)!,
          scpsInForce,
          baselines,
          changeIds: [...(this.changesByAccount.get(account.name) ?? [])].sort(),
        };
      })
      .sort((a, b) => compareText(a.name, b.name));
  }

  private unmanagedAccounts() {
    const declaredEmails = new Set(this.desired.accounts.map((account) => account.email.toLowerCase()));
    return this.observed.accounts
      .filter(
        (account) =>
          !declaredEmails.has(account.email.toLowerCase()) &&
          account.id !== this.observed.organization.managementAccountId,
      )
      .map((account) => ({
        id: account.id,
        name: account.name,
        email: account.email,
        parentPath: account.parentPath || '(root)',
      }))
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  }
}

function compareInstances(a: ObservedStackInstance, b: ObservedStackInstance): number {
  return compareText(a.accountId, b.accountId) || compareText(a.region, b.region);
}

function compareInstanceTargets(a: StackInstanceTarget, b: StackInstanceTarget): number {
  return compareText(a.account, b.account) || compareText(a.region, b.region);
}

/**
 * Instances whose last deployment failed or was cancelled. They are listed like healthy ones, so without this
 * a failed baseline would never be retried: the next plan would see every instance present and change nothing.
 */
const FAILED_INSTANCE_STATUSES = new Set(['FAILED', 'CANCELLED', 'FAILED_IMPORT']);

function describeInstanceUpdate(baseline: string, count: number, failed: number): string {
  const plural = (n: number) => (n === 1 ? '' : 's');
  if (failed === count) return `Redeploy ${count} ${baseline} instance${plural(count)} whose last deployment failed`;
  const what = `Update parameter overrides of ${count} ${baseline} instance${plural(count)}`;
  return failed === 0 ? what : `${what} (${failed} of them failed last time)`;
}

function describeTarget(reference: TargetReference): string {
  if (reference === 'root') return 'the root';
  const [kind, ...rest] = reference.split(':');
  return `${kind === 'ou' ? 'OU' : kind} ${rest.join(':')}`;
}

/** Instances with different parameter overrides need separate API calls; the suffix keeps their ids distinct and stable. */
function groupSuffix(overridesKey: string): string {
  return overridesKey === '{}' ? '' : `#${sha256Digest(overridesKey).slice('sha256:'.length, 'sha256:'.length + 8)}`;
}
