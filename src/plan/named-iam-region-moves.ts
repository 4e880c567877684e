import { namedIamResource } from '../config/rules/template-rules.js';
import { listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import type { StackInstanceTarget } from './plan.js';
import { accountReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { readTemplateFacts } from './template-change.js';

/**
 * A problem for each account whose stack instance of a baseline that names IAM resources this plan moves to another
 * Region: apply deploys the new instance before it removes the old (stack-instance additions run before removals),
 * and IAM names are global to an account, so the new stack fails with AlreadyExists while the old one holds them,
 * and the removal then leaves the account without the baseline. Moving it takes two plans: the removal first.
 */
export function refuseNamedIamRegionMoves(draft: PlanDraft): void {
  const prefix = draft.desired.organization.stackSets.namePrefix;
  const regionsOf = (kind: string, side: 'before' | 'after') => {
    const byBaseline = new Map<string, Map<string, string[]>>();
    for (const change of draft.changes.values()) {
      if (change.kind !== kind) continue;
      const baseline = String(change.scope.stackSet).slice(prefix.length);
      const instances = (change[side] as { instances?: StackInstanceTarget[] } | null)?.instances ?? [];
      const accounts = byBaseline.get(baseline) ?? new Map<string, string[]>();
      for (const { account, region } of instances) accounts.set(account, [...(accounts.get(account) ?? []), region]);
      byBaseline.set(baseline, accounts);
    }
    return byBaseline;
  };
  const added = regionsOf(CHANGE_KINDS.addStackInstances, 'after');
  const removed = regionsOf(CHANGE_KINDS.removeStackInstances, 'before');
  for (const [baseline, accounts] of [...added].sort(([a], [b]) => compareText(a, b))) {
    const leaving = removed.get(baseline);
    if (!leaving) continue;
    const body = draft.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '';
    const facts = readTemplateFacts(body);
    const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
    if (!named) continue;
    for (const [account, regions] of [...accounts].sort(([a], [b]) => compareText(a, b))) {
      const from = leaving.get(account);
      if (!from) continue;
      draft.problem(
        PLAN_PROBLEMS.namedIamRegionMove,
        accountReference(account),
        `This plan moves ${account}'s ${baseline} stack instance from ${listNames(from, Infinity)} to ${listNames(regions, Infinity)}, but its template names IAM resources (${named.logicalId}), which are global to an account: apply deploys the new instance before it removes the old one, so the new stack fails with AlreadyExists, and the removal then leaves the account without ${baseline}. Move it in two pull requests: first leave ${baseline} out of ${listNames(from, Infinity)} for the account alone, and once that is applied, add ${listNames(regions, Infinity)}.`,
        declarationOf(accountReference(account), draft.desired),
      );
    }
  }
}
