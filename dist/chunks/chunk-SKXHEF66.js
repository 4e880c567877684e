import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/config/desired-state.ts
var DEFAULT_STACK_SET_EXECUTION_ROLE = "AWSCloudFormationStackSetExecutionRole";
var DEFAULT_ACCOUNT_ACCESS_ROLE = "OrganizationAccountAccessRole";
function accountAccessRoleName(settings) {
  if (settings.permissionModel === "SERVICE_MANAGED") return DEFAULT_ACCOUNT_ACCESS_ROLE;
  return settings.executionRoleName ?? DEFAULT_STACK_SET_EXECUTION_ROLE;
}
var MANAGED_BY_TAG = { key: "ManagedBy", value: "vend" };
var OWNER_UNASSIGNED = "vend:unassigned";
var PARAMETER_OVERRIDES_TAG = "vend:parameter-overrides";
var VEND_TAG_PREFIX = "vend:";
function recordedParameterOverrides(tags) {
  return (tags?.[PARAMETER_OVERRIDES_TAG] ?? "").split(" ").filter(Boolean);
}
function declaredParameterOverrides(account) {
  return account.baselines.filter((baseline) => Object.keys(account.parameters[baseline] ?? {}).length > 0).sort();
}
function recordChanges(account, tags) {
  const recorded = [...new Set(recordedParameterOverrides(tags))].sort();
  return recorded.join(" ") !== declaredParameterOverrides(account).join(" ");
}
var FULL_AWS_ACCESS_POLICY_NAME = "FullAWSAccess";

export {
  DEFAULT_STACK_SET_EXECUTION_ROLE,
  DEFAULT_ACCOUNT_ACCESS_ROLE,
  accountAccessRoleName,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX,
  recordedParameterOverrides,
  declaredParameterOverrides,
  recordChanges,
  FULL_AWS_ACCESS_POLICY_NAME
};
