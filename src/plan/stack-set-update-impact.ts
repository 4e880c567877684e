import { listNames } from '../name-lists.js';
import { referencedNames } from '../config/rules/template-dependencies.js';
import { readTemplateFacts } from './template-change.js';
import type { TemplateFacts } from './template-change.js';

/**
 * Resource properties, at any depth, and attributes that decide how long an account's data is kept, or whether it
 * can be deleted: log, stream, event archive and message retention, lifecycle and expiration rules (a backup plan's
 * DeleteAfterDays), time to live, versioning and object lock, point-in-time recovery, backup and snapshot retention,
 * deletion protection, key and secret deletion windows, and the resource's own `DeletionPolicy` and
 * `UpdateReplacePolicy` (CloudFormation User Guide, "DeletionPolicy attribute"). Such a change deletes nothing
 * itself, yet a log group's `RetentionInDays: 1` or a bucket rule that expires objects after a day erases, within a
 * day, what the stacks hold in every account the StackSet reaches.
 */
const RETENTION_PROPERTY =
  /^(?:RetentionInDays|RetentionDays|RetentionPeriod(?:Hours|InDays)?|MessageRetentionPeriod|BackupRetentionPeriod|(?:Automated|Manual)?SnapshotRetention(?:Limit|Period)|AutomatedSnapshotRetentionPeriod|LifecycleConfiguration|LifecyclePolicy|LifecyclePolicyText|Lifecycle|DeleteAfterDays|TimeToLiveSpecification|VersioningConfiguration|ObjectLockConfiguration|ObjectLockEnabled|PointInTimeRecoverySpecification|PointInTimeRecoveryEnabled|DeletionProtection|DeletionProtectionEnabled|EnableTerminationProtection|PendingWindowInDays|RecoveryWindowInDays|DataRetentionInHours|RetentionPolicy|ExpirationInDays)$/;
const RESOURCE_ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy'] as const;
/** Attribute values that keep the resource's data when CloudFormation deletes or replaces it. */
const KEEPS_DATA = new Set(['Retain', 'RetainExceptOnCreate', 'Snapshot']);

/** `path → value` of every retention property at or below `value`; a matched key's value is taken whole. */
function retentionSettings(value: unknown, path: string, found: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => retentionSettings(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const at = path ? `${path}.${key}` : key;
      if (RETENTION_PROPERTY.test(key)) found.set(at, child);
      else retentionSettings(child, at, found);
    }
  return found;
}

/** A value as text whatever its YAML type: `365` and `'365'` are one setting to CloudFormation. */
const asText = (value: unknown) =>
  JSON.stringify(value ?? null, (_, item: unknown) =>
    typeof item === 'number' || typeof item === 'boolean' ? String(item) : item,
  );

/**
 * What a template update changes in how long data is kept, as `RetentionInDays of AuditLogs (AWS::Logs::LogGroup)`,
 * one line per setting that was set, changed or removed on a resource both templates hold (a new resource holds no
 * data yet; a removed one is a deletion, told as such). Left out: a number that only grows (data kept longer), the
 * same value spelt as a string, and a `DeletionPolicy` or `UpdateReplacePolicy` that now keeps the data. Empty when
 * either body cannot be read.
 */
export function retentionChanges(deployedBody: string, newBody: string): string[] {
  const [before, after] = [readTemplateFacts(deployedBody), readTemplateFacts(newBody)];
  if (!before || !after) return [];
  const deployed = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const changes: string[] = [];
  for (const resource of after.resources) {
    const old = deployed.get(resource.logicalId);
    if (!old || old.type !== resource.type) continue;
    // The resource's own settings, each read through what it refers to: another resource's properties stand in for
    // its attribute's value, never for settings of this one (a bucket policy reading its bucket's ARN).
    const settings = (resource: TemplateFacts['resources'][number], facts: TemplateFacts) =>
      new Map(
        [...retentionSettings(resource.properties, '', new Map())].map(([key, value]) => [
          key,
          resolveReads(value, facts),
        ]),
      );
    const was = settings(old, before);
    const now = settings(resource, after);
    const differs = [...new Set([...was.keys(), ...now.keys()])].filter((key) => {
      const [from, to] = [was.get(key), now.get(key)];
      if (asText(from) === asText(to)) return false;
      // Kept longer deletes nothing sooner: a number that grows, alone or as every difference inside a rule.
      return !keptLonger(from, to) && !onlyKeptLonger(from, to);
    });
    const attribute = (definition: unknown, key: string) =>
      definition && typeof definition === 'object' ? (definition as Record<string, unknown>)[key] : undefined;
    const attributes = RESOURCE_ATTRIBUTES.filter((key) => {
      const [from, to] = [attribute(old.definition, key), attribute(resource.definition, key)];
      return asText(from) !== asText(to) && !(typeof to === 'string' && KEEPS_DATA.has(to));
    });
    for (const key of [...differs, ...attributes].sort())
      changes.push(`${key} of ${resource.logicalId} (${resource.type})`);
  }
  return changes;
}

/**
 * `value` with what its `Fn::FindInMap` and `Fn::If` read put in their place, so that a retention setting read from a
 * Mappings entry or chosen by a condition changes when that entry or condition does, though its own text does not.
 * A lookup whose keys are literal becomes the value it finds (so a number that grows is still told apart); one with
 * a key decided at deploy time (`!Ref AWS::Region`) becomes the whole map it reads; a condition becomes its
 * definition, with the conditions it names in turn (CloudFormation User Guide, "Fn::FindInMap", "Condition
 * functions").
 */
function resolveReads(
  value: unknown,
  facts: Pick<TemplateFacts, 'mappings' | 'conditions' | 'resources'>,
  seen: ReadonlySet<string> = new Set(),
): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveReads(item, facts, seen));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const [key, argument] = entries.length === 1 ? entries[0]! : [];
  if (key === 'Fn::FindInMap' && Array.isArray(argument) && typeof argument[0] === 'string') {
    const [map, ...keys] = argument as unknown[];
    const table = facts.mappings[map as string];
    if (keys.every((part) => typeof part === 'string' || typeof part === 'number')) {
      const found = keys.reduce<unknown>(
        (node, part) =>
          node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined,
        table,
      );
      if (found !== undefined) return found;
    }
    return { 'Fn::FindInMap': resolveReads(argument, facts, seen), reads: table ?? null };
  }
  if (
    (key === 'Fn::If' && Array.isArray(argument) && typeof argument[0] === 'string') ||
    (key === 'Condition' && typeof argument === 'string')
  ) {
    const name = (key === 'Condition' ? argument : (argument as unknown[])[0]) as string;
    const definition = seen.has(name)
      ? name
      : resolveReads(facts.conditions[name] ?? null, facts, new Set([...seen, name]));
    return key === 'Condition'
      ? { Condition: definition }
      : { 'Fn::If': [definition, ...(argument as unknown[]).slice(1).map((item) => resolveReads(item, facts, seen))] };
  }
  // Another resource's attribute (an SSM parameter's Value) is whatever that resource is declared with.
  if (key === 'Fn::GetAtt') {
    const logicalId = Array.isArray(argument) ? String(argument[0]) : String(argument).split('.')[0]!;
    const source = facts.resources.find((resource) => resource.logicalId === logicalId);
    if (source && !seen.has(`resource:${logicalId}`))
      return {
        'Fn::GetAtt': argument,
        reads: resolveReads(source.properties, facts, new Set([...seen, `resource:${logicalId}`])),
      };
  }
  return Object.fromEntries(entries.map(([name, child]) => [name, resolveReads(child, facts, seen)]));
}

/**
 * Whether a retention number that changed from `from` to `to` keeps data at least as long. Only growth from a
 * positive number does: 0 or a negative number is "kept indefinitely" for several properties (an event archive's
 * RetentionDays 0, a Redshift cluster's ManualSnapshotRetentionPeriod -1: CloudFormation User Guide) and "none"
 * for others (BackupRetentionPeriod 0), so any change from one is a cut as far as the plan can tell.
 */
function keptLonger(from: unknown, to: unknown): boolean {
  return isNumeric(from) && isNumeric(to) && Number(from) > 0 && Number(to) >= Number(from);
}

/**
 * Whether two structured settings (a bucket's LifecycleConfiguration) differ only in numbers that grow, at the same
 * places: each rule then keeps data at least as long (an expiration after 120 days instead of 90). Any other
 * difference (a rule added, removed or renamed, a filter changed) may delete sooner, as far as the plan can tell.
 */
function onlyKeptLonger(from: unknown, to: unknown): boolean {
  const [was, now] = [leaves(from, '', new Map()), leaves(to, '', new Map())];
  if (was.size !== now.size) return false;
  let grew = false;
  for (const [path, value] of was) {
    if (!now.has(path)) return false;
    const next = now.get(path);
    if (asText(value) === asText(next)) continue;
    if (!keptLonger(value, next)) return false;
    grew = true;
  }
  return grew;
}

/** `path → value` of every scalar in `value`. */
function leaves(value: unknown, path: string, found: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) leaves(child, `${path}.${key}`, found);
  else found.set(path, value);
  return found;
}

function isNumeric(value: unknown): boolean {
  return (typeof value === 'number' || typeof value === 'string') && value !== '' && Number.isFinite(Number(value));
}

/**
 * The parameters a template's retention settings read (a `Ref`, or `${Name}` in a Sub, in the setting or in a
 * condition or map lookup it goes through), with the setting each feeds and whether the parameter is the setting's
 * value itself (`RetentionInDays: !Ref Days`): only then does a larger number keep data longer. Read through a
 * condition, an `Fn::Select` index or a map key, a larger number may pick a shorter retention. A new StackSet value
 * for any of them shortens retention as surely as an edit of the template.
 */
export function retentionParameters(body: string): Map<string, { setting: string; direct: boolean }> {
  const facts = readTemplateFacts(body);
  const feeds = new Map<string, { setting: string; direct: boolean }>();
  for (const resource of facts?.resources ?? [])
    for (const [key, value] of retentionSettings(resource.properties, '', new Map())) {
      // A condition the setting picks by (`!If [IsDev, 1, 3653]`) reads parameters of its own.
      const names = referencedNames(resolveReads(value, facts!));
      const single =
        value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1
          ? (value as Record<string, unknown>)
          : {};
      for (const name of names)
        if (facts!.parameters.includes(name) && !feeds.has(name))
          feeds.set(name, {
            setting: `${key} of ${resource.logicalId} (${resource.type})`,
            direct: single.Ref === name || single['Fn::Sub'] === `\${${name}}`,
          });
    }
  return feeds;
}

/**
 * Retention settings a StackSet's new parameter values shorten: for each parameter a retention setting of the new
 * template reads, its value before (the StackSet's, else the deployed template's Default) and after (likewise), as
 * `RetentionInDays of Logs (AWS::Logs::LogGroup), through parameter Retention`. A number that grows is left out.
 */
export function retentionParameterChanges(
  deployed: { templateBody: string; parameters: Record<string, string> },
  next: { templateBody: string; parameters: Record<string, string> },
): string[] {
  const [oldDefaults, newDefaults] = [
    readTemplateFacts(deployed.templateBody)?.defaults ?? {},
    readTemplateFacts(next.templateBody)?.defaults ?? {},
  ];
  return [...retentionParameters(next.templateBody)].flatMap(([name, { setting, direct }]) => {
    const from = deployed.parameters[name] ?? oldDefaults[name];
    const to = next.parameters[name] ?? newDefaults[name];
    if (from === to || (direct && keptLonger(from, to))) return [];
    return [`${setting}, through parameter ${name}`];
  });
}

/**
 * Retention settings that new parameter overrides shorten on stack instances: for each instance, the value a
 * retention setting reads before (its old override, else the StackSet's value, else the template's Default) and
 * after (its new override, likewise), worded as retentionParameterChanges words them, each setting once. The
 * StackSet's own values are the new ones on both sides: a change to those is the StackSet update's to flag.
 */
export function overrideRetentionChanges(
  stackSet: { templateBody: string; parameters: Record<string, string> },
  before: Iterable<Record<string, string>>,
  overrides: Record<string, string>,
): string[] {
  const after = { templateBody: stackSet.templateBody, parameters: { ...stackSet.parameters, ...overrides } };
  const changes = [...before].flatMap((old) =>
    retentionParameterChanges(
      { templateBody: stackSet.templateBody, parameters: { ...stackSet.parameters, ...old } },
      after,
    ),
  );
  return [...new Set(changes)];
}

/**
 * Whether a StackSet update is high impact, and why: its roles change (`settings` names AdministrationRoleARN or
 * ExecutionRoleName: another role deploys it), its automatic deployment is turned off (`AutoDeployment`: accounts
 * joining its target OUs no longer get it on their own), it changes a baseline that controls access (`access`, the
 * reason), or it keeps data for another time (`retention`, from retentionChanges).
 */
export function updateImpact(
  settings: readonly string[],
  access: string | undefined,
  retention: readonly string[],
): { highImpact: boolean; highImpactReason: string } {
  const roles = settings.filter((name) => name !== 'AutoDeployment');
  const reasons = [
    ...(roles.length > 0 ? [`its ${roles.join(' and ')} change: another role deploys it`] : []),
    ...(settings.includes('AutoDeployment')
      ? [
          'its automatic deployment is turned off: an account that joins a target OU no longer gets it on its own, only where a manifest declares it',
        ]
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
