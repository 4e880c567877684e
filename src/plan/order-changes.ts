import { CHANGE_KINDS } from './plan.js';
import type { Change, ChangeKind, Plan } from './plan.js';

/**
 * The stage each kind runs in during apply. Ordering by stage first and id second, within the dependency
 * constraints, makes the plan's order both valid and the same on every run.
 */
export const STAGE_OF_KIND: Record<ChangeKind, number> = {
  [CHANGE_KINDS.enableScpType]: 1,
  [CHANGE_KINDS.createOrganizationalUnit]: 2,
  [CHANGE_KINDS.adoptOrganizationalUnit]: 2,
  [CHANGE_KINDS.createScp]: 3,
  [CHANGE_KINDS.adoptScp]: 3,
  [CHANGE_KINDS.updateScp]: 3,
  [CHANGE_KINDS.createAccount]: 4,
  [CHANGE_KINDS.adoptAccount]: 4,
  [CHANGE_KINDS.moveAccount]: 4,
  [CHANGE_KINDS.tagAccount]: 4,
  [CHANGE_KINDS.untagAccount]: 4,
  [CHANGE_KINDS.renameAccount]: 4,
  [CHANGE_KINDS.attachScp]: 5,
  [CHANGE_KINDS.createStackSet]: 6,
  [CHANGE_KINDS.adoptStackSet]: 6,
  [CHANGE_KINDS.updateStackSet]: 6,
  [CHANGE_KINDS.addStackInstances]: 6,
  [CHANGE_KINDS.updateStackInstances]: 6,
  [CHANGE_KINDS.detachScp]: 7,
  [CHANGE_KINDS.removeStackInstances]: 7,
  // After the instances whose dropped overrides it narrows are reset or removed (plan-parameter-overrides.ts); one
  // that only widens goes earlier (stageOf).
  [CHANGE_KINDS.recordParameterOverrides]: 7,
  [CHANGE_KINDS.deleteStackSet]: 7,
  [CHANGE_KINDS.deleteScp]: 7,
  [CHANGE_KINDS.closeAccount]: 7,
};

/**
 * The stage `change` runs in: its kind's, except that an SCP attached to the root or an OU goes in with the SCPs
 * (stage 3), before any account is created in or moved into that OU (stage 4). An apply that stops between stages
 * then never leaves an account where the guardrail meant for it is not yet attached. Unless an account leaves that
 * OU in the same plan: the attachment then depends on that move (plan-scp-attachments.ts) and runs in the account
 * stage, after the account has left and before accounts arrive, so the leaving account never comes under an SCP the
 * plan did not show it gaining. An SCP attached to an account waits for the account (stage 5).
 */
export function stageOf(change: Pick<Change, 'kind' | 'scope' | 'dependsOn'>): number {
  // A record that only widens waits for no instance (plan-parameter-overrides.ts), and goes in with the account's
  // tags, before the overrides it names are deployed: an apply that stops between stages then leaves the record
  // naming more than AWS holds, never an override deployed that no record names, which no plan would read once the
  // manifest drops it.
  if (
    change.kind === CHANGE_KINDS.recordParameterOverrides &&
    !change.dependsOn.some((id) => INSTANCE_CHANGE_KINDS.some((kind) => id.startsWith(`${kind}:`)))
  )
    return STAGE_OF_KIND[CHANGE_KINDS.tagAccount];
  if (change.kind === CHANGE_KINDS.attachScp && !String(change.scope.target).startsWith('account:'))
    return change.dependsOn.some((id) => id.startsWith(`${CHANGE_KINDS.moveAccount}:`))
      ? STAGE_OF_KIND[CHANGE_KINDS.moveAccount]
      : STAGE_OF_KIND[CHANGE_KINDS.createScp];
  return STAGE_OF_KIND[change.kind];
}

const INSTANCE_CHANGE_KINDS = [
  CHANGE_KINDS.addStackInstances,
  CHANGE_KINDS.updateStackInstances,
  CHANGE_KINDS.removeStackInstances,
];

/**
 * The stage of each change of a fresh plan as the approved plan set it: a fresh plan no longer holds the moves an
 * attachment waited for once they are made, and the attachment must not fall back to a stage apply has passed.
 */
export function stagesAsApproved(approved: Pick<Plan, 'changes'> | undefined): (change: Change) => number {
  const approvedById = new Map((approved?.changes ?? []).map((change) => [change.id, change]));
  return (change) => stageOf(approvedById.get(change.id) ?? change);
}

/** Kahn's algorithm; among ready changes the lowest (stage, id) goes first. Unknown dependency ids are ignored. */
export function orderChanges(changes: Change[]): Change[] {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const waitingOn = new Map(
    changes.map((change) => [change.id, new Set(change.dependsOn.filter((id) => byId.has(id)))]),
  );
  const dependents = new Map<string, string[]>();
  for (const change of changes)
    for (const dependency of waitingOn.get(change.id)!)
      dependents.set(dependency, [...(dependents.get(dependency) ?? []), change.id]);
  const compare = (a: Change, b: Change) => stageOf(a) - stageOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ready = changes.filter((change) => waitingOn.get(change.id)!.size === 0);
  const ordered: Change[] = [];
  while (ready.length > 0) {
    ready.sort(compare);
    const next = ready.shift()!;
    ordered.push(next);
    for (const dependentId of dependents.get(next.id) ?? []) {
      const waiting = waitingOn.get(dependentId)!;
      waiting.delete(next.id);
      if (waiting.size === 0) ready.push(byId.get(dependentId)!);
    }
  }
  if (ordered.length !== changes.length) throw new Error('internal error: the plan has a dependency cycle');
  return ordered;
}
