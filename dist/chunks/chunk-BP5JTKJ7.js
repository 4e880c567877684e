import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/drift/drift-kinds.ts
var DRIFT_SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(severity) {
  return DRIFT_SEVERITIES.indexOf(severity);
}
var DRIFT_KINDS = {
  "scp-policy-type-disabled": { severity: "critical", title: "SCPs switched off on the root" },
  "scp-missing": { severity: "critical", title: "SCP deleted" },
  "scp-detached": { severity: "critical", title: "SCP detached" },
  "scp-content": { severity: "critical", title: "SCP content edited outside git" },
  "account-left-organization": { severity: "critical", title: "Declared account not in the organization" },
  "scp-foreign": { severity: "high", title: "Foreign SCP attached" },
  "scp-ownership-tag": { severity: "high", title: "Catalogue SCP not tagged as vend\u2019s" },
  // High like scp-foreign: what tells these from a foreign SCP is the ManagedBy tag, which anyone may set.
  "scp-attached-undeclared": { severity: "high", title: "SCP attached where not declared" },
  "scp-retired": { severity: "high", title: "Retired SCP still in the organization" },
  "full-aws-access-missing": { severity: "high", title: "FullAWSAccess detached" },
  "full-aws-access-undeclared": { severity: "high", title: "FullAWSAccess attached where declared off" },
  "ou-missing": { severity: "high", title: "OU missing" },
  "ou-renamed": { severity: "high", title: "OU renamed or replaced" },
  "ou-ambiguous": { severity: "high", title: "OU duplicated" },
  "account-wrong-ou": { severity: "high", title: "Account in the wrong OU" },
  "account-suspended": { severity: "high", title: "Account suspended or closed" },
  "account-email": { severity: "high", title: "Account email differs" },
  "stackset-missing": { severity: "high", title: "StackSet deleted" },
  "stackset-template": { severity: "high", title: "StackSet template changed outside vend" },
  "stackset-parameters": { severity: "high", title: "StackSet parameters changed outside vend" },
  "stackset-roles": { severity: "high", title: "StackSet roles changed outside vend" },
  "stackset-auto-deployment": { severity: "high", title: "StackSet automatic deployment turned on" },
  "stackset-ownership-tag": { severity: "high", title: "StackSet no longer tagged as vend\u2019s" },
  "stack-instance-missing": { severity: "high", title: "Stack instance missing" },
  "stack-instance-failed": { severity: "high", title: "Stack instance not deployed" },
  "stack-instance-inoperable": { severity: "high", title: "Stack instance inoperable" },
  "stack-instance-overrides": { severity: "high", title: "Parameter overrides differ" },
  "iam-resource-drift": { severity: "high", title: "Access-control resource drifted" },
  "exception-expired": { severity: "high", title: "Exception expired" },
  "blocking-problem": { severity: "high", title: "Apply is blocked" },
  "account-tags": { severity: "medium", title: "Account tags differ" },
  "account-ownership-tag": { severity: "medium", title: "Account no longer tagged as vend\u2019s" },
  "ou-ownership-tag": { severity: "medium", title: "OU not tagged as vend\u2019s" },
  "account-not-closed": { severity: "medium", title: "Account not closed" },
  "account-undeclared": { severity: "medium", title: "Vend\u2019s account declared nowhere" },
  "stackset-undeclared": { severity: "medium", title: "Vend\u2019s StackSet declared nowhere" },
  "stack-instance-untargeted": { severity: "medium", title: "Stack instance no longer targeted" },
  "stackset-foreign": { severity: "medium", title: "StackSet with vend\u2019s prefix, not vend\u2019s" },
  "stack-instance-outside-organization": { severity: "medium", title: "Stack instance outside the organization" },
  "resource-drift": { severity: "medium", title: "Resource drifted" },
  "scp-description": { severity: "low", title: "SCP description edited" },
  "ou-undeclared": { severity: "low", title: "Undeclared OU" },
  "account-name": { severity: "low", title: "Account renamed" },
  "parameter-overrides-record": { severity: "low", title: "Parameter-overrides record differs" },
  "exception-expiring": { severity: "low", title: "Exception expires soon" },
  "unmanaged-accounts": { severity: "info", title: "Unmanaged accounts" }
};

export {
  DRIFT_SEVERITIES,
  severityRank,
  DRIFT_KINDS
};
