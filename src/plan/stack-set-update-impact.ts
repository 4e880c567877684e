import { listNames } from '../name-lists.js';
import { canonicalJson } from './canonical-json.js';
import { readTemplateFacts } from './template-change.js';

/**
 * Resource properties and attributes that decide how long an account's data is kept, or whether it can be deleted:
 * log and stream retention, lifecycle and expiration rules, versioning and object lock, point-in-time recovery,
 * backup and snapshot retention, deletion protection, key and secret deletion windows, and the resource's own
 * `DeletionPolicy` and `UpdateReplacePolicy` (CloudFormation User Guide, "DeletionPolicy attribute"). Such a change
 * deletes nothing itself, yet a log group's `RetentionInDays: 1` or a bucket rule that expires objects after a day
 * erases, within a day, what the stacks hold in every account the StackSet reaches.
 */
const RETENTION_PROPERTY =
  /^(?:RetentionInDays|RetentionPeriod(?:Hours|InDays)?|MessageRetentionPeriod|BackupRetentionPeriod|SnapshotRetentionLimit|LifecycleConfiguration|LifecyclePolicy|LifecyclePolicyText|VersioningConfiguration|ObjectLockConfiguration|ObjectLockEnabled|PointInTimeRecoverySpecification|DeletionProtection|DeletionProtectionEnabled|EnableTerminationProtection|PendingWindowInDays|RecoveryWindowInDays|DataRetentionInHours|RetentionPolicy|ExpirationInDays)$/;
const RESOURCE_ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy'] as const;

/**
 * What a template update changes in how long data is kept, as `RetentionInDays of AuditLogs (AWS::Logs::LogGroup)`,
 * one line per property or attribute that was set, changed or removed on a resource both templates hold (a new
 * resource holds no data yet; a removed one is a deletion, told as such). Empty when either body cannot be read.
 */
export function retentionChanges(deployedBody: string, newBody: string): string[] {
  const [before, after] = [readTemplateFacts(deployedBody), readTemplateFacts(newBody)];
  if (!before || !after) return [];
  const deployed = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const changes: string[] = [];
  for (const resource of after.resources) {
    const old = deployed.get(resource.logicalId);
    if (!old || old.type !== resource.type) continue;
    const attributes = (definition: unknown, key: string) =>
      definition && typeof definition === 'object' ? (definition as Record<string, unknown>)[key] : undefined;
    const keys = new Set([
      ...Object.keys(old.properties).filter((key) => RETENTION_PROPERTY.test(key)),
      ...Object.keys(resource.properties).filter((key) => RETENTION_PROPERTY.test(key)),
    ]);
    const differs = [
      ...[...keys].filter(
        (key) => canonicalJson(old.properties[key] ?? null) !== canonicalJson(resource.properties[key] ?? null),
      ),
      ...RESOURCE_ATTRIBUTES.filter(
        (key) =>
          canonicalJson(attributes(old.definition, key) ?? null) !==
          canonicalJson(attributes(resource.definition, key) ?? null),
      ),
    ];
    for (const key of differs.sort()) changes.push(`${key} of ${resource.logicalId} (${resource.type})`);
  }
  return changes;
}

/**
 * Whether a StackSet update is high impact, and why: its roles or automatic deployment change (`settings`, the
 * names of those that do: another role deploys it, or it deploys on its own), it changes a baseline that controls
 * access (`access`, the reason), or it keeps data for another time (`retention`, from retentionChanges).
 */
export function updateImpact(
  settings: readonly string[],
  access: string | undefined,
  retention: readonly string[],
): { highImpact: boolean; highImpactReason: string } {
  const reasons = [
    ...(settings.length > 0
      ? [`its ${settings.join(' and ')} change: another role deploys it, or it deploys on its own`]
      : []),
    ...(access ? [access] : []),
    ...(retention.length > 0
      ? [
          `it changes how long data is kept, or whether it can be deleted, in every account it reaches: ${listNames(retention)}`,
        ]
      : []),
  ];
  return { highImpact: reasons.length > 0, highImpactReason: reasons.join(', and ') };
}
