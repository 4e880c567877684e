import type { Change, StackInstanceTarget } from '../plan/plan.js';
import { ChangeError } from './change-error.js';

/**
 * The shapes compute-plan gives `before` and `after` per change kind. They are `unknown` in the Plan type
 * because a plan is also read back from JSON; this checks the keys an executor relies on before it trusts them.
 */
export function changeFields<T extends object>(
  change: Change,
  side: 'before' | 'after',
  keys: readonly (keyof T & string)[],
): T {
  const value = change[side];
  if (typeof value === 'object' && value !== null && keys.every((key) => key in value)) return value as T;
  throw new ChangeError(`internal error: change ${change.id} has no ${keys.join('/')} in its ${side}`);
}

export interface AccountAfter {
  /** The manifest's name. */
  name: string;
  /** The name the account gets in AWS. */
  accountName: string;
  email: string;
  ou: string;
  tags: Record<string, string>;
}

export interface AccountIdFields {
  id: string;
}

export interface MoveAfter {
  id: string;
  ou: string;
}

export interface ScpAfter {
  name: string;
  description: string;
  content: string;
}

export interface AttachmentFields {
  policy: string;
  target: string;
}

export interface OrganizationalUnitAfter {
  name: string;
  parent: string;
}

export interface StackSetAfter {
  templateBody: string;
  parameters: Record<string, string>;
}

export interface StackInstancesAfter {
  stackSet: string;
  instances: StackInstanceTarget[];
  parameterOverrides: Record<string, string>;
}

export interface StackInstancesBefore {
  stackSet: string;
  instances: { account?: string; accountId: string; region: string }[];
}

/** `stackset:vend-roles` → `vend-roles`. */
export function stackSetNameOf(change: Change): string {
  return change.target.slice('stackset:'.length);
}

/** `account:payments-prod` → `payments-prod`. */
export function accountNameOf(change: Change): string {
  return change.target.slice('account:'.length);
}
