import type { PlanDraft } from './plan-draft.js';

/** The service principal of CloudFormation StackSets, for trusted access in Organizations. */
const STACK_SETS_PRINCIPAL = 'member.org.stacksets.cloudformation.amazonaws.com';

/**
 * Why SERVICE_MANAGED StackSets cannot work here, or undefined: without trusted access for StackSets, "the management
 * account does not have permissions to create and manage service-managed StackSets for the organization"
 * (CloudFormation API Reference, DeactivateOrganizationsAccess). An observation that did not read trusted access
 * refuses nothing.
 */
export function serviceManagedWithoutTrustedAccess(draft: PlanDraft): string | undefined {
  const principals = draft.observed.trustedServicePrincipals;
  if (draft.desired.organization.stackSets.permissionModel !== 'SERVICE_MANAGED') return undefined;
  if (draft.desired.baselines.length === 0 || principals === undefined || principals.includes(STACK_SETS_PRINCIPAL))
    return undefined;
  return `organization.yaml sets stackSets.permissionModel: SERVICE_MANAGED, but this organization has not enabled trusted access for CloudFormation StackSets (${STACK_SETS_PRINCIPAL}), so every StackSet operation would fail in apply, after the accounts exist. Enable it once from the management account (aws cloudformation activate-organizations-access), or use SELF_MANAGED StackSets.`;
}
