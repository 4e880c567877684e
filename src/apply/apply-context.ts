import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from '../observe/aws-clients.js';
import type { ObservedAccount, ObservedState } from '../observe/observed-state.js';
import { AccountsByEmail } from '../observe/accounts-by-email.js';
import { resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import type { TargetReference } from '../plan/plan.js';
import type { ApplyReport } from './apply-report.js';
import { ChangeError } from './change-error.js';
import type { ApplyClock, PollSchedule } from './polling.js';

export interface ApplySchedules {
  accountCreation: PollSchedule;
  stackSetOperation: PollSchedule;
  /** Pause before retrying a call AWS refused because of a concurrent change. */
  retryDelayMs: number;
}

/** What a stage's executors share: clients, the ids of what is true now, and the report they add to. */
export interface StageContext {
  clients: AwsClients;
  /** The account vend's credentials belong to: the management account or the delegated administrator. */
  callerAccountId: string;
  desired: DesiredState;
  /** Ids resolved from the observation the stage started with. */
  targets: OrganizationTargets;
  clock: ApplyClock;
  schedules: ApplySchedules;
  report: ApplyReport;
  log(line: string): void;
}

/**
 * Resolves the plan's id-free references (`ou:Workloads/Prod`, `account:payments-prod`, `scp:deny-leave`) to AWS
 * ids, from the observation the stage started with plus what the stage itself created (an OU's parent is often
 * created a moment before the OU).
 */
export class OrganizationTargets {
  private readonly organizationalUnitIds = new Map<string, string>();
  private readonly accountsByEmail: AccountsByEmail;
  private readonly accountsById = new Map<string, ObservedAccount>();
  private readonly emailsByName = new Map<string, string>();
  private readonly namesByEmail = new Map<string, string>();
  private readonly policyIds = new Map<string, string>();

  constructor(
    desired: DesiredState,
    private readonly observed: ObservedState,
  ) {
    for (const [path, id] of resolveOrganizationalUnits(desired, observed).ids)
      this.organizationalUnitIds.set(path, id);
    this.accountsByEmail = new AccountsByEmail(observed.accounts);
    for (const account of observed.accounts) this.accountsById.set(account.id, account);
    for (const account of desired.accounts) {
      this.emailsByName.set(account.name, account.email);
      this.namesByEmail.set(account.email.toLowerCase(), account.name);
    }
    for (const policy of observed.policies) this.policyIds.set(policy.name, policy.id);
  }

  get rootId(): string {
    return this.observed.root.id;
  }

  organizationalUnitId(path: string): string {
    return required(this.organizationalUnitIds.get(path), `OU ${path || '(root)'}`);
  }

  registerOrganizationalUnit(path: string, id: string): void {
    this.organizationalUnitIds.set(path, id);
  }

  /** The declared account's AWS account, found by its manifest's email as the plan found it. */
  account(name: string): ObservedAccount {
    const email = required(this.emailsByName.get(name), `a manifest for account ${name}`);
    return required(this.accountsByEmail.find(email), `account ${name}`);
  }

  findAccount(name: string): ObservedAccount | undefined {
    const email = this.emailsByName.get(name);
    return email === undefined ? undefined : this.accountsByEmail.find(email);
  }

  accountById(id: string): ObservedAccount | undefined {
    return this.accountsById.get(id);
  }

  registerAccount(account: ObservedAccount): void {
    this.accountsByEmail.add(account);
    this.accountsById.set(account.id, account);
  }

  /** `payments-prod (210987654321)` for declared accounts, the bare id otherwise. */
  accountLabel(id: string): string {
    const email = this.accountsById.get(id)?.email.toLowerCase();
    const name = email === undefined ? undefined : this.namesByEmail.get(email);
    return name === undefined ? id : `${name} (${id})`;
  }

  policyId(name: string): string {
    return required(this.policyIds.get(name), `SCP ${name}`);
  }

  registerPolicy(name: string, id: string): void {
    this.policyIds.set(name, id);
  }

  /** The id of `root`, `ou:<path>` or `account:<name>`: the things SCPs attach to. */
  targetId(reference: TargetReference): string {
    if (reference === 'root') return this.rootId;
    if (reference.startsWith('ou:')) return this.organizationalUnitId(reference.slice('ou:'.length));
    if (reference.startsWith('account:')) return this.account(reference.slice('account:'.length)).id;
    throw new ChangeError(`internal error: '${reference}' is not an SCP target`);
  }
}

function required<T>(value: T | undefined, what: string): T {
  // Things appear between observations (someone else's change, or an earlier step that failed): a re-run sorts it.
  if (value === undefined)
    throw new ChangeError(
      `${what} does not exist in AWS yet, although this step needs it. Re-run apply once the earlier failures are fixed.`,
    );
  return value;
}
