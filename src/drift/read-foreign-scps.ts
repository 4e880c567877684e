import {
  paginateListPolicies,
  paginateListPoliciesForTarget,
  paginateListTargetsForPolicy,
} from '@aws-sdk/client-organizations';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { FULL_AWS_ACCESS_POLICY_NAME } from '../config/desired-state.js';
import { mapWithConcurrency, READ_CONCURRENCY } from '../observe/bounded-concurrency.js';
import type { ObservedState } from '../observe/observed-state.js';
import type { ForeignScpAttachment } from './scp-findings.js';

/**
 * SCPs vend does not own that are attached to declared targets. Observe reads the targets of vend's SCPs (and of
 * FullAWSAccess) only, so no read of the plan sees these.
 *
 * Bounded by the smaller of two counts, plus one paginated ListPolicies: after observe, every SCP in the organization
 * is either vend's, FullAWSAccess, or foreign, and only a foreign one can be a foreign attachment. So when there are
 * no foreign SCPs nothing more is read; when there are fewer foreign SCPs than declared targets, one
 * ListTargetsForPolicy per foreign SCP; otherwise one ListPoliciesForTarget per declared target (the root, each
 * declared OU and each declared member account). Each is one call per page of 20.
 *
 * @param declaredTargets id → `root` / `ou:<path>` / `account:<name>`, for the declared targets that exist.
 */
export async function readForeignScpAttachments(
  organizations: OrganizationsClient,
  observed: Pick<ObservedState, 'policies' | 'root'>,
  declaredTargets: ReadonlyMap<string, string>,
): Promise<ForeignScpAttachment[]> {
  if (!observed.root.scpPolicyTypeEnabled) return [];
  const known = new Set(observed.policies.map((policy) => policy.id));
  const foreign = new Map<string, string>();
  for await (const page of paginateListPolicies({ client: organizations }, { Filter: 'SERVICE_CONTROL_POLICY' })) {
    for (const policy of page.Policies ?? []) {
      const fullAwsAccess = policy.AwsManaged === true && policy.Name === FULL_AWS_ACCESS_POLICY_NAME;
      if (policy.Id && !known.has(policy.Id) && !fullAwsAccess) foreign.set(policy.Id, policy.Name ?? policy.Id);
    }
  }
  if (foreign.size === 0) return [];
  if (foreign.size <= declaredTargets.size) {
    const perPolicy = await mapWithConcurrency([...foreign], READ_CONCURRENCY, async ([policyId, policyName]) => {
      const attachments: ForeignScpAttachment[] = [];
      for await (const page of paginateListTargetsForPolicy(
        { client: organizations, pageSize: 20 },
        { PolicyId: policyId },
      )) {
        for (const target of page.Targets ?? []) {
          const declared = declaredTargets.get(target.TargetId ?? '');
          if (declared) attachments.push({ policyId, policyName, target: declared });
        }
      }
      return attachments;
    });
    return perPolicy.flat();
  }
  const perTarget = await mapWithConcurrency([...declaredTargets], READ_CONCURRENCY, async ([targetId, target]) => {
    const attachments: ForeignScpAttachment[] = [];
    for await (const page of paginateListPoliciesForTarget(
      { client: organizations, pageSize: 20 },
      { TargetId: targetId, Filter: 'SERVICE_CONTROL_POLICY' },
    )) {
      for (const policy of page.Policies ?? []) {
        const policyName = foreign.get(policy.Id ?? '');
        if (policyName !== undefined) attachments.push({ policyId: policy.Id!, policyName, target });
      }
    }
    return attachments;
  });
  return perTarget.flat();
}
