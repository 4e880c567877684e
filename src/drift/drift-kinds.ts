/**
 * How bad a difference between the organization and main is, worst first. `critical` is a guardrail that no longer
 * holds (an SCP detached, edited or switched off) or an account gone from the organization; `info` is what vend
 * only reports (accounts no manifest declares).
 */
export const DRIFT_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type DriftSeverity = (typeof DRIFT_SEVERITIES)[number];

/** Lower is worse: for sorting and for `--fail-on-drift=<severity>`. */
export function severityRank(severity: DriftSeverity): number {
  return DRIFT_SEVERITIES.indexOf(severity);
}

export interface DriftKindInfo {
  severity: DriftSeverity;
  /** A few words a reader recognises, used as the finding's heading. */
  title: string;
}

/**
 * Every kind of finding and its documented severity (README, "Drift"). A kind's severity never depends on the
 * organization, so `ignore:` entries and `--fail-on-drift=<severity>` mean the same from one night to the next.
 * The JSON Schema of `ignore:` lists the same names; a unit test keeps the two equal.
 */
export const DRIFT_KINDS = {
  'scp-policy-type-disabled': { severity: 'critical', title: 'SCPs switched off on the root' },
  'scp-missing': { severity: 'critical', title: 'SCP deleted' },
  'scp-detached': { severity: 'critical', title: 'SCP detached' },
  'scp-content': { severity: 'critical', title: 'SCP content edited outside git' },
  'account-left-organization': { severity: 'critical', title: 'Declared account not in the organization' },
  'scp-foreign': { severity: 'high', title: 'Foreign SCP attached' },
  'scp-ownership-tag': { severity: 'high', title: 'Catalogue SCP not tagged as vend’s' },
  // High like scp-foreign: what tells these from a foreign SCP is the ManagedBy tag, which anyone may set.
  'scp-attached-undeclared': { severity: 'high', title: 'SCP attached where not declared' },
  'scp-retired': { severity: 'high', title: 'Retired SCP still in the organization' },
  'full-aws-access-missing': { severity: 'high', title: 'FullAWSAccess detached' },
  'full-aws-access-undeclared': { severity: 'high', title: 'FullAWSAccess attached where declared off' },
  'ou-missing': { severity: 'high', title: 'OU missing' },
  'ou-renamed': { severity: 'high', title: 'OU renamed or replaced' },
  'ou-ambiguous': { severity: 'high', title: 'OU duplicated' },
  'account-wrong-ou': { severity: 'high', title: 'Account in the wrong OU' },
  'account-suspended': { severity: 'high', title: 'Account suspended or closed' },
  'account-email': { severity: 'high', title: 'Account email differs' },
  'stackset-missing': { severity: 'high', title: 'StackSet deleted' },
  'stackset-template': { severity: 'high', title: 'StackSet template changed outside vend' },
  'stackset-parameters': { severity: 'high', title: 'StackSet parameters changed outside vend' },
  'stackset-roles': { severity: 'high', title: 'StackSet roles changed outside vend' },
  'stackset-auto-deployment': { severity: 'high', title: 'StackSet automatic deployment turned on' },
  'stackset-ownership-tag': { severity: 'high', title: 'StackSet no longer tagged as vend’s' },
  'stack-instance-missing': { severity: 'high', title: 'Stack instance missing' },
  'stack-instance-failed': { severity: 'high', title: 'Stack instance not deployed' },
  'stack-instance-inoperable': { severity: 'high', title: 'Stack instance inoperable' },
  'stack-instance-overrides': { severity: 'high', title: 'Parameter overrides differ' },
  'iam-resource-drift': { severity: 'high', title: 'Access-control resource drifted' },
  'exception-expired': { severity: 'high', title: 'Exception expired' },
  'blocking-problem': { severity: 'high', title: 'Apply is blocked' },
  'account-tags': { severity: 'medium', title: 'Account tags differ' },
  'account-ownership-tag': { severity: 'medium', title: 'Account no longer tagged as vend’s' },
  'ou-ownership-tag': { severity: 'medium', title: 'OU not tagged as vend’s' },
  'account-not-closed': { severity: 'medium', title: 'Account not closed' },
  'account-undeclared': { severity: 'medium', title: 'Vend’s account declared nowhere' },
  'stackset-undeclared': { severity: 'medium', title: 'Vend’s StackSet declared nowhere' },
  'stack-instance-untargeted': { severity: 'medium', title: 'Stack instance no longer targeted' },
  'stackset-foreign': { severity: 'medium', title: 'StackSet with vend’s prefix, not vend’s' },
  'stack-instance-outside-organization': { severity: 'medium', title: 'Stack instance outside the organization' },
  'resource-drift': { severity: 'medium', title: 'Resource drifted' },
  'scp-description': { severity: 'low', title: 'SCP description edited' },
  'ou-undeclared': { severity: 'low', title: 'Undeclared OU' },
  'account-name': { severity: 'low', title: 'Account renamed' },
  'parameter-overrides-record': { severity: 'low', title: 'Parameter-overrides record differs' },
  'exception-expiring': { severity: 'low', title: 'Exception expires soon' },
  'unmanaged-accounts': { severity: 'info', title: 'Unmanaged accounts' },
} as const satisfies Record<string, DriftKindInfo>;

export type DriftKind = keyof typeof DRIFT_KINDS;
