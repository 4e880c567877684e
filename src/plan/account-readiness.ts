import { CHANGE_KINDS } from './plan.js';
import type { ChangeKind } from './plan.js';
import { accountReference } from './plan-draft.js';

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
