import { compareText } from '../ordering.js';
import { applyExitCode, attemptedFailures, failureReason, notAttempted } from '../apply/apply-report.js';
import type { ApplyReport, ChangeRecord } from '../apply/apply-report.js';
import { changeLabel, countOf, UNANSWERED, UNDONE_DURING_RUN } from './phrasing.js';
import { stackSetOfChangeId } from '../plan/plan-draft.js';

/** What one apply did in one account, and what failed there, in the words of the report. */
export interface AccountOutcome {
  /** The manifest name, or the id of an account no manifest declares. */
  account: string;
  /** The account id, when this run created or adopted the account. */
  id?: string;
  /** `created`, `SCP deny-x attached`, `vend-roles deployed` … in the order they were done. */
  done: string[];
  /** `vend-roles in us-east-1: <AWS reason>`, `setting its tags failed: <AWS reason>` … */
  failed: string[];
  /** What was left undone without failing: refused, not attempted for want of a failed change, or still planned. */
  notDone: string[];
}

export interface ApplyOutcomeByAccount {
  accounts: AccountOutcome[];
  /** Changes that act in no single account, counted by what they did: `7 OUs created`, `9 SCPs created`. */
  organization: string[];
}

/**
 * The apply report regrouped for a reader who asks "what happened to my account": each account with what was done
 * in it and what failed there with AWS's reason, then the organization-wide changes as counts. Pure.
 */
export function applyOutcomeByAccount(report: ApplyReport): ApplyOutcomeByAccount {
  const outcomes = new Map<string, AccountOutcome>();
  const outcome = (account: string) => {
    const existing = outcomes.get(account);
    if (existing) return existing;
    const created: AccountOutcome = { account, done: [], failed: [], notDone: [] };
    outcomes.set(account, created);
    return created;
  };
  for (const account of [...report.createdAccounts, ...report.adoptedAccounts]) outcome(account.name).id = account.id;

  const organization = new Map<string, number>();
  const instances = instanceOutcomes(report);
  // The last observation planned nothing more: every instance's status says it is current.
  const settled = applyExitCode(report) === 0 && report.pending.length === 0;
  // An account this run was to create and did not has nothing in force: an SCP change above it reached no one.
  const created = new Set(report.createdAccounts.map((account) => account.name));
  const notCreated = new Set(
    [...report.failures, ...report.refused, ...report.pending]
      .filter((change) => change.id.startsWith(CREATE_ACCOUNT))
      .map((change) => change.id.slice(CREATE_ACCOUNT.length))
      .filter((name) => !created.has(name)),
  );
  // Changes are listed in the order they ran: one that ran before this run created an account did nothing there (the
  // account joined with its result in force), so it is not said to have reached it.
  const joined = new Set<string>();
  for (const change of report.changesApplied) {
    const accounts = change.accounts ?? [];
    if (change.id.startsWith(CREATE_ACCOUNT)) for (const account of accounts) joined.add(account);
    if (accounts.length === 0) {
      const what = organizationPhrase(change);
      organization.set(what, (organization.get(what) ?? 0) + 1);
    }
    for (const account of accounts) outcome(account).done.push(accountPhrase(change, account));
    // An SCP on an OU or a StackSet update acts in no account itself, yet changes what holds in each it reaches. A
    // StackSet update is credited where its operation says an instance SUCCEEDED, not wherever the plan reached.
    const update = stackSetUpdate(change, instances);
    for (const account of (change.reaches ?? []).filter(
      (name) => !notCreated.has(name) && (!created.has(name) || joined.has(name)),
    )) {
      if (!update)
        outcome(account).done.push(
          !['update-stackset', 'adopt-stackset'].includes(kindOf(change))
            ? `through: ${reachPhrase(change)}`
            : settled
              ? `through: ${reachPhrase(change)} (its operation listed no instance results; apply's last read of the organization found nothing left to do)`
              : `through: StackSet ${stackSetOfChangeId(change.id) ?? change.id} updated; its operation listed no instance results, so the redeployment here is not confirmed (check it in CloudFormation)`,
        );
      else if (update.succeeded.has(account)) outcome(account).done.push(`through: ${reachPhrase(change)}`);
      else if (!update.failed.has(account))
        outcome(account).failed.push(
          `through: ${reachPhrase(change)}, but its operation ${update.operationId} lists no result for the instances here: check it in CloudFormation, or re-run apply`,
        );
    }
  }
  // An account AWS created (or vend adopted) whose change did not finish, because apply stopped before moving it,
  // say: it exists, maybe still under the root without its OU's SCPs, and a re-run finishes it.
  const finished = new Set(report.changesApplied.map((change) => change.id));
  for (const [verb, accounts] of [
    ['created', report.createdAccounts],
    ['adopted', report.adoptedAccounts],
  ] as const)
    for (const account of accounts)
      if (
        !finished.has(`create-account:account:${account.name}`) &&
        !finished.has(`adopt-account:account:${account.name}`)
      )
        outcome(account.name).done.push(
          `${verb}, but apply stopped before it was in its OU (it may be under the root, without its OU's SCPs): re-run apply`,
        );
  // A failed StackSet operation names each instance, what it was doing there and AWS's reason; the change's own
  // message only sums it up. Told per change: an update's reason must not stand for a removal that failed there too.
  const instanceReasons = new Set<string>();
  for (const result of report.baselineResults) {
    for (const instance of result.failed) {
      const account = instance.account.replace(/ \(\d{12}\)$/, '');
      outcome(account).failed.push(
        `${OPERATION_VERBS[result.action]} ${result.stackSet} in ${instance.region}: ${instance.reason}`,
      );
      instanceReasons.add(`${result.changeId ?? result.stackSet}\n${account}`);
    }
  }
  const toldPerInstance = (failure: ChangeRecord, account: string) =>
    instanceReasons.has(`${failure.id}\n${account}`) ||
    instanceReasons.has(`${stackSetOfChangeId(failure.id) ?? failure.id}\n${account}`);
  for (const failure of notAttempted(report)) {
    for (const account of failure.accounts ?? [])
      outcome(account).notDone.push(
        `not attempted: ${undonePhrase(failure, account)}, since ${neededChange(report, failure)} did not complete`,
      );
    for (const account of (failure.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(`through: ${failure.description} (not attempted)`);
  }
  for (const failure of attemptedFailures(report)) {
    for (const account of failure.accounts ?? []) {
      if (toldPerInstance(failure, account)) continue;
      outcome(account).failed.push(`${undonePhrase(failure, account)} failed: ${failureReason(failure)}`);
    }
    const update = stackSetUpdate(failure, instances);
    for (const account of (failure.reaches ?? []).filter((name) => !notCreated.has(name))) {
      if (toldPerInstance(failure, account) || update?.failed.has(account)) continue;
      // A partly failed update: its instances here succeeded before it stopped, or were never reached.
      if (update?.succeeded.has(account))
        outcome(account).done.push(`through: ${reachPhrase(failure)} (here, before the operation stopped)`);
      else if (update)
        outcome(account).failed.push(
          `through: ${undonePhrase(failure)}: not reached, the operation ${update.operationId} stopped first (${failureReason(failure)})`,
        );
      // The reason is the change's, told once with it: on every row of a 200-account table it would crowd out the rest.
      else
        outcome(account).failed.push(
          `through: ${failure.description}, which failed before it reached any account (AWS's reason is with the failed change)`,
        );
    }
  }
  for (const refusal of report.refused) {
    for (const account of refusal.accounts ?? [])
      outcome(account).notDone.push(`refused: ${undonePhrase(refusal, account)}`);
    // Refused at an OU, the root or a whole StackSet: each account it would have reached is left as it was.
    for (const account of (refusal.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(`through: ${refusal.description} (refused)`);
  }
  for (const change of report.pending) {
    for (const account of change.accounts ?? [])
      outcome(account).notDone.push(
        change.unanswered
          ? `not confirmed: ${change.description} (${UNANSWERED})`
          : change.undoneDuringRun
            ? `undone during the run: ${change.description} (${UNDONE_DURING_RUN})`
            : `still planned: ${change.heldBackBy ? `held back by the refused "${change.heldBackByDescription ?? change.heldBackBy}": ` : ''}${change.description}`,
      );
    // Still planned at an OU, the root or a whole StackSet: each account it would reach is left as it was.
    for (const account of (change.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(
        `through: ${change.description} (${change.unanswered ? `not confirmed, ${UNANSWERED}` : change.undoneDuringRun ? `undone during the run: ${UNDONE_DURING_RUN}` : 'still planned'})`,
      );
  }
  return {
    accounts: [...outcomes.values()].sort((a, b) => rank(a) - rank(b) || compareText(a.account, b.account)),
    organization: [...organization].map(([what, count]) => organizationCount(what, count)),
  };
}

/**
 * Accounts with a failure first, then those changed themselves (created, moved, retagged, deployed to), then those
 * reached only through their OU, the root or a whole StackSet: a trimmed table keeps what a reader must see, and the
 * hundreds of accounts a root SCP edit reaches alike come last.
 */
function rank(outcome: AccountOutcome): number {
  if (outcome.failed.length > 0) return 0;
  const direct = [...outcome.done, ...outcome.notDone].some((line) => !line.startsWith('through: '));
  return direct ? 1 : 2;
}

/** What a StackSet operation was doing in an instance, as a failure line says it. */
const OPERATION_VERBS: Record<'CREATE' | 'UPDATE' | 'DELETE', string> = {
  CREATE: 'deploying',
  UPDATE: 'updating',
  DELETE: 'removing',
};

interface InstanceOutcome {
  operationId: string;
  succeeded: AccountSet;
  failed: AccountSet;
}

/**
 * Accounts as the operation's results label them (`payments-prod (210987654321)`, or the id alone for an account no
 * manifest declares), matched against the plan's reach (`payments-prod`, or `Name (id)` for such an account).
 */
class AccountSet {
  private readonly names = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(labels: readonly string[]) {
    for (const label of labels) {
      const id = /(?:^|\()(\d{12})\)?$/.exec(label)?.[1];
      if (id) this.ids.add(id);
      this.names.add(label.replace(/ \(\d{12}\)$/, ''));
    }
  }

  has(account: string): boolean {
    const id = /\((\d{12})\)$/.exec(account)?.[1];
    return id ? this.ids.has(id) : this.names.has(account);
  }
}

/**
 * Change id → what the operation that carried it out says per account, when it listed its instances; a report of
 * an earlier version, or an operation that listed none (moto's UpdateStackSet), gives nothing. Keyed by change, not
 * StackSet: an UpdateStackInstances for one account must not stand for the UpdateStackSet that reached them all.
 */
function instanceOutcomes(report: ApplyReport): Map<string, InstanceOutcome> {
  const outcomes = new Map<string, InstanceOutcome>();
  for (const result of report.baselineResults) {
    if (!result.changeId || !result.succeededAccounts) continue;
    if (result.succeededAccounts.length + result.failed.length === 0) continue;
    outcomes.set(result.changeId, {
      operationId: result.operationId,
      succeeded: new AccountSet(result.succeededAccounts),
      failed: new AccountSet(result.failed.map((instance) => instance.account)),
    });
  }
  return outcomes;
}

/** The per-account outcome of a StackSet update (or adoption, which updates it), when its operation gave one. */
function stackSetUpdate(change: ChangeRecord, outcomes: Map<string, InstanceOutcome>): InstanceOutcome | undefined {
  if (!['update-stackset', 'adopt-stackset'].includes(kindOf(change))) return undefined;
  return outcomes.get(change.id);
}

/** A change that acted on the root, an OU, an SCP or a StackSet, as done: `SCP deny-x detached from OU Workloads`. */
function reachPhrase(change: ChangeRecord): string {
  const target = change.id.slice(change.id.lastIndexOf('@') + 1);
  const where = target === 'root' ? 'the root' : target.startsWith('ou:') ? `OU ${target.slice(3)}` : target;
  const name = change.id.slice(change.id.indexOf(':') + 1).replace(/^(scp|stackset):/, '');
  const phrases: Record<string, string> = {
    'attach-scp': `SCP ${scpOf(change.id)} attached to ${where}`,
    'detach-scp': `SCP ${scpOf(change.id)} detached from ${where}`,
    'update-scp': `SCP ${name} updated`,
    'update-stackset': `StackSet ${name} updated, its stack instances redeployed`,
    'adopt-stackset': `StackSet ${name} adopted, its stack instances redeployed`,
  };
  return phrases[kindOf(change)] ?? change.description;
}

const CREATE_ACCOUNT = 'create-account:account:';

/** The kind of a change, from its id: `attach-scp:deny-x@account:a` → `attach-scp`. */
function kindOf(change: ChangeRecord): string {
  return change.id.slice(0, change.id.indexOf(':'));
}

/** `deny-x` from `attach-scp:deny-x@account:a`. */
function scpOf(id: string): string {
  return id.slice(id.indexOf(':') + 1, id.lastIndexOf('@'));
}

/** What a change did in one account, in a few words and, where the kind has them, its values. */
function accountPhrase(change: ChangeRecord, account: string): string {
  const stackSet = stackSetOfChangeId(change.id) ?? '';
  const where = regionsIn(change, account);
  const detail = change.detail ? `: ${change.detail}` : '';
  const phrases: Record<string, string> = {
    'create-account': 'created',
    'adopt-account': 'adopted',
    'move-account': `moved${detail || ' to its OU'}`,
    'tag-account': `tags set${detail}`,
    'untag-account': `undeclared tags removed${detail}`,
    'rename-account': `renamed${detail}`,
    'record-parameter-overrides': `record of baselines with parameter overrides updated${detail || ' (tag vend:parameter-overrides)'}`,
    'attach-scp': `SCP ${scpOf(change.id)} attached`,
    'detach-scp': `SCP ${scpOf(change.id)} detached`,
    'close-account': 'closed',
    'add-stack-instances': `${stackSet} deployed${where}`,
    'update-stack-instances': `${stackSet} updated${where}`,
    'remove-stack-instances': `${stackSet} removed${where}`,
  };
  return phrases[kindOf(change)] ?? change.description;
}

/**
 * What a change would have done, said as not done: `removing vend-human-roles in eu-west-1`, `setting its tags`.
 * `account`: the account it is said of, whose regions an instance change names.
 */
function undonePhrase(change: ChangeRecord, account?: string): string {
  const stackSet = `${stackSetOfChangeId(change.id) ?? ''}${account === undefined ? '' : regionsIn(change, account)}`;
  const phrases: Record<string, string> = {
    'create-account': 'creating it',
    'adopt-account': 'adopting it',
    'move-account': `moving it${change.detail ? ` (${change.detail.split('; ')[0]})` : ' to its OU'}`,
    'tag-account': `setting its tags${change.detail ? ` (${change.detail})` : ''}`,
    'untag-account': 'removing undeclared tags',
    'rename-account': 'renaming it',
    'record-parameter-overrides': 'recording its parameter overrides',
    'attach-scp': `attaching SCP ${scpOf(change.id)}`,
    'detach-scp': `detaching SCP ${scpOf(change.id)}`,
    'close-account': 'closing it',
    'add-stack-instances': `deploying ${stackSet}`,
    'update-stack-instances': `updating ${stackSet}`,
    'remove-stack-instances': `removing ${stackSet}`,
    'update-stackset': `updating StackSet ${stackSet}`,
    'adopt-stackset': `adopting StackSet ${stackSet}`,
  };
  return phrases[kindOf(change)] ?? change.description;
}

/** Organization-wide changes are counted by kind; these say what each kind did, to one thing or many. */
const ORGANIZATION_PHRASES: Record<string, [string, string]> = {
  'enable-scp-type': ['SCP policy type enabled on the root', 'SCP policy type enabled on the root'],
  'create-ou': ['OU created', 'OUs created'],
  'adopt-ou': ['OU adopted', 'OUs adopted'],
  'create-scp': ['SCP created', 'SCPs created'],
  'update-scp': ['SCP updated', 'SCPs updated'],
  'delete-scp': ['SCP deleted', 'SCPs deleted'],
  'attach-scp': ['SCP attached to the root or an OU', 'SCPs attached to the root or OUs'],
  'detach-scp': ['SCP detached from the root or an OU', 'SCPs detached from the root or OUs'],
  'create-stackset': ['StackSet created', 'StackSets created'],
  'adopt-stackset': ['StackSet adopted', 'StackSets adopted'],
  'update-stackset': ['StackSet updated', 'StackSets updated'],
  'delete-stackset': ['StackSet deleted', 'StackSets deleted'],
  'adopt-scp': ['SCP adopted', 'SCPs adopted'],
};

function organizationPhrase(change: ChangeRecord): string {
  return ORGANIZATION_PHRASES[kindOf(change)] ? kindOf(change) : change.description;
}

function organizationCount(what: string, count: number): string {
  const phrase = ORGANIZATION_PHRASES[what];
  if (!phrase) return count === 1 ? what : `${what} (×${count})`;
  if (what === 'enable-scp-type') return phrase[0];
  return countOf(count, phrase[0], phrase[1]);
}

/** ` in eu-west-1, us-east-1`: the regions of the change's stack instances in `account`; empty when it has none. */
function regionsIn(change: ChangeRecord, account: string): string {
  const regions = (change.members ?? [])
    .filter((member) => member.slice(0, member.lastIndexOf('/')) === account)
    .map((member) => member.slice(member.lastIndexOf('/') + 1));
  return regions.length > 0 ? ` in ${[...new Set(regions)].sort(compareText).join(', ')}` : '';
}

/** The change a change not attempted waited for: its description when this run has it, else its id (changeLabel). */
export function neededChange(
  report: Pick<ApplyReport, 'failures' | 'pending' | 'changesApplied'>,
  failure: { blockedBy?: string },
): string {
  // Failed, or made and then undone during the run (still planned): either way the report holds its description.
  const blocker = [...report.failures, ...report.pending, ...report.changesApplied].find(
    (candidate) => candidate.id === failure.blockedBy,
  );
  return blocker?.description ?? changeLabel(failure.blockedBy ?? '');
}
