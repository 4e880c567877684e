import { compareText } from '../ordering.js';
import { failureReason } from '../apply/apply-report.js';
import type { ApplyReport, ChangeRecord } from '../apply/apply-report.js';
import { countOf } from './phrasing.js';

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
    const created: AccountOutcome = { account, done: [], failed: [] };
    outcomes.set(account, created);
    return created;
  };
  for (const account of [...report.createdAccounts, ...report.adoptedAccounts]) outcome(account.name).id = account.id;

  const organization = new Map<string, number>();
  for (const change of report.changesApplied) {
    const accounts = change.accounts ?? [];
    if (accounts.length === 0) {
      const what = organizationPhrase(change);
      organization.set(what, (organization.get(what) ?? 0) + 1);
    }
    for (const account of accounts) outcome(account).done.push(accountPhrase(change));
    // An SCP on an OU or a StackSet update acts in no account itself, yet changes what holds in each it reaches.
    for (const account of change.reaches ?? []) outcome(account).done.push(`through: ${change.description}`);
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
  // A failed StackSet operation names each instance and AWS's reason; the change's own message only sums it up.
  const instanceReasons = new Set<string>();
  for (const result of report.baselineResults) {
    for (const instance of result.failed) {
      const account = instance.account.replace(/ \(\d{12}\)$/, '');
      outcome(account).failed.push(`${result.stackSet} in ${instance.region}: ${instance.reason}`);
      instanceReasons.add(`${result.stackSet}\n${account}`);
    }
  }
  for (const failure of report.failures) {
    const stackSet = stackSetOf(failure.id);
    for (const account of failure.accounts ?? []) {
      if (stackSet && instanceReasons.has(`${stackSet}\n${account}`)) continue;
      outcome(account).failed.push(`${undonePhrase(failure)} failed: ${failureReason(failure)}`);
    }
    for (const account of failure.reaches ?? [])
      if (!(stackSet && instanceReasons.has(`${stackSet}\n${account}`)))
        outcome(account).failed.push(`through: ${failure.description}: ${failureReason(failure)}`);
  }
  for (const refusal of report.refused)
    for (const account of refusal.accounts ?? []) outcome(account).failed.push(`refused: ${undonePhrase(refusal)}`);
  return {
    accounts: [...outcomes.values()].sort((a, b) => compareText(a.account, b.account)),
    organization: [...organization].map(([what, count]) => organizationCount(what, count)),
  };
}

/** The kind of a change, from its id: `attach-scp:deny-x@account:a` → `attach-scp`. */
function kindOf(change: ChangeRecord): string {
  return change.id.slice(0, change.id.indexOf(':'));
}

/** `vend-roles` from `add-stack-instances:stackset:vend-roles#1a2b3c4d`; undefined for other changes. */
function stackSetOf(id: string): string | undefined {
  return /:stackset:([^#]+)/.exec(id)?.[1];
}

/** `deny-x` from `attach-scp:deny-x@account:a`. */
function scpOf(id: string): string {
  return id.slice(id.indexOf(':') + 1, id.lastIndexOf('@'));
}

/** What a change did in one account, in a few words and, where the kind has them, its values. */
function accountPhrase(change: ChangeRecord): string {
  const stackSet = stackSetOf(change.id) ?? '';
  const detail = change.detail ? `: ${change.detail}` : '';
  const phrases: Record<string, string> = {
    'create-account': 'created',
    'adopt-account': 'adopted',
    'move-account': `moved${detail || ' to its OU'}`,
    'tag-account': `tags set${detail}`,
    'untag-account': `undeclared tags removed${detail}`,
    'rename-account': `renamed${detail}`,
    'record-parameter-overrides': 'baselines with parameter overrides recorded (tag vend:parameter-overrides)',
    'attach-scp': `SCP ${scpOf(change.id)} attached`,
    'detach-scp': `SCP ${scpOf(change.id)} detached`,
    'close-account': 'closed',
    'add-stack-instances': `${stackSet} deployed`,
    'update-stack-instances': `${stackSet} updated`,
    'remove-stack-instances': `${stackSet} removed`,
  };
  return phrases[kindOf(change)] ?? change.description;
}

/** What a change would have done, said as not done: `removing vend-human-roles`, `setting its tags`. */
function undonePhrase(change: ChangeRecord): string {
  const stackSet = stackSetOf(change.id) ?? '';
  const phrases: Record<string, string> = {
    'create-account': 'creating it',
    'adopt-account': 'adopting it',
    'move-account': 'moving it to its OU',
    'tag-account': 'setting its tags',
    'untag-account': 'removing undeclared tags',
    'rename-account': 'renaming it',
    'record-parameter-overrides': 'recording its parameter overrides',
    'attach-scp': `attaching SCP ${scpOf(change.id)}`,
    'detach-scp': `detaching SCP ${scpOf(change.id)}`,
    'close-account': 'closing it',
    'add-stack-instances': `deploying ${stackSet}`,
    'update-stack-instances': `updating ${stackSet}`,
    'remove-stack-instances': `removing ${stackSet}`,
  };
  return phrases[kindOf(change)] ?? change.description;
}

/** Organization-wide changes are counted by kind; these say what each kind did, to one thing or many. */
const ORGANIZATION_PHRASES: Record<string, [string, string]> = {
  'enable-scp-type': ['SCP policy type enabled on the root', 'SCP policy type enabled on the root'],
  'create-ou': ['OU created', 'OUs created'],
  'create-scp': ['SCP created', 'SCPs created'],
  'update-scp': ['SCP updated', 'SCPs updated'],
  'delete-scp': ['SCP deleted', 'SCPs deleted'],
  'attach-scp': ['SCP attached to the root or an OU', 'SCPs attached to the root or OUs'],
  'detach-scp': ['SCP detached from the root or an OU', 'SCPs detached from the root or OUs'],
  'create-stackset': ['StackSet created', 'StackSets created'],
  'adopt-stackset': ['StackSet adopted', 'StackSets adopted'],
  'update-stackset': ['StackSet updated', 'StackSets updated'],
  'delete-stackset': ['StackSet deleted', 'StackSets deleted'],
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
