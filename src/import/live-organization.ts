import type {
  ObservedAccount,
  ObservedOrganizationalUnit,
  ObservedPolicy,
  ObservedStackSet,
} from '../observe/observed-state.js';

/**
 * The whole organization as `vend import` reads it with the management account's credentials. Plain data, so that
 * turning it into a repository (describe-organization.ts) is a pure function of it.
 */
export interface LiveOrganization {
  organization: { id: string; managementAccountId: string };
  /** The AWS partition of the credentials (`aws`, `aws-cn`, `aws-us-gov`), from GetCallerIdentity's ARN. */
  partition: string;
  /** The region import ran in: where the StackSets it read are administered, so the repository's homeRegion. */
  homeRegion: string;
  /** The root, with the policy types enabled on it (ListRoots PolicyTypes whose Status is ENABLED). */
  root: { id: string; policyTypes: string[] };
  /** Every OU, parents before children, with its tags. */
  organizationalUnits: ObservedOrganizationalUnit[];
  /** Every account, whatever its state; tags are read for the active member accounts only. */
  accounts: ObservedAccount[];
  /** Every SCP, FullAWSAccess included, with content, tags and targets; none while SCPs are not enabled. */
  serviceControlPolicies: ObservedPolicy[];
  /** The policy types enabled beside SCPs, with their policies' names: vend manages none of them. */
  otherPolicyTypes: { type: string; policies: string[] }[];
  /** The StackSets whose names start with `namePrefix`, with every instance's parameter overrides. */
  stackSets: ObservedStackSet[];
  /** The StackSet name prefix that was read: the repository's `stackSets.namePrefix`. */
  namePrefix: string;
}

/** The policy type vend manages. */
export const SERVICE_CONTROL_POLICY = 'SERVICE_CONTROL_POLICY';
