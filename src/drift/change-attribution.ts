import type { DriftKind } from './drift-kinds.js';
import type { DriftContext } from './drift-context.js';
import type { DriftFinding } from './drift-report.js';
import type { ForeignScpAttachment } from './foreign-scps.js';
import { declaredTargetIds, scpTargetName } from './foreign-scps.js';

/** Where CloudTrail records a call: the service's event source. */
export type EventSource = 'organizations.amazonaws.com' | 'cloudformation.amazonaws.com';

/** One successful management call, as CloudTrail LookupEvents gives it. */
export interface ChangeEvent {
  eventSource: string;
  eventName: string;
  /** ISO 8601. */
  time: string;
  /** Who made the call: the caller's ARN (an assumed role's ARN ends with the session name), or the service. */
  principal: string;
  requestParameters: Record<string, unknown>;
}

/** Who changed what a finding reports: the latest call CloudTrail recorded that made that change. */
export interface ChangedBy {
  principal: string;
  at: string;
  event: string;
}

/** AWS ids behind the repository terms of a finding's target. */
interface Resolved {
  policyIds: Set<string>;
  targetId?: string;
  accountId?: string;
  organizationalUnitId?: string;
  stackSet?: string;
  /** A stack instance's account and region. */
  instance?: { accountId: string; region: string };
}

interface Rule {
  source: EventSource;
  events: readonly string[];
  matches: (parameters: Record<string, unknown>, resolved: Resolved) => boolean;
}

const ORGANIZATIONS: EventSource = 'organizations.amazonaws.com';
const CLOUDFORMATION: EventSource = 'cloudformation.amazonaws.com';

const policyOn = (parameters: Record<string, unknown>, resolved: Resolved) =>
  resolved.policyIds.has(String(parameters.policyId)) && parameters.targetId === resolved.targetId;
/**
 * An UpdatePolicy on the policy that set `field` (content, description): a later call that changed only the
 * description did not change the content, and must not take the blame for it.
 */
const policyField =
  (field: string) =>
  (parameters: Record<string, unknown>, resolved: Resolved): boolean =>
    resolved.policyIds.has(String(parameters.policyId)) && parameters[field] !== undefined;
const accountTagged = (parameters: Record<string, unknown>, resolved: Resolved) =>
  resolved.accountId !== undefined && parameters.resourceId === resolved.accountId;
const stackSet = (parameters: Record<string, unknown>, resolved: Resolved) =>
  resolved.stackSet !== undefined && parameters.stackSetName === resolved.stackSet;
/**
 * An UpdateStackSet on the StackSet that set one of `fields` (as CloudTrail logs UpdateStackSet's request members, in
 * camel case): a parameters-only update did not change the template, and is not who changed it.
 */
const stackSetFields =
  (...fields: string[]) =>
  (parameters: Record<string, unknown>, resolved: Resolved): boolean =>
    stackSet(parameters, resolved) && fields.some((field) => parameters[field] !== undefined);
/** A template sent anew: a body or a URL, not usePreviousTemplate. */
const templateSent = (parameters: Record<string, unknown>, resolved: Resolved): boolean =>
  stackSet(parameters, resolved) &&
  parameters.usePreviousTemplate !== true &&
  (parameters.templateBody !== undefined || parameters.templateURL !== undefined);
/**
 * A call on the StackSet that named the instance's account (`accounts`, or `deploymentTargets.accounts`) and region.
 * A call that named OUs only is not matched: which accounts it reached is not in the record.
 */
const stackInstance = (parameters: Record<string, unknown>, resolved: Resolved) => {
  if (!stackSet(parameters, resolved) || !resolved.instance) return false;
  const targets = parameters.deploymentTargets as { accounts?: unknown } | undefined;
  const accounts = [parameters.accounts, targets?.accounts].flatMap((list) => (Array.isArray(list) ? list : []));
  const regions = Array.isArray(parameters.regions) ? parameters.regions : [];
  return accounts.includes(resolved.instance.accountId) && regions.includes(resolved.instance.region);
};

/**
 * The calls that make each kind of finding, with the request parameters that tie a call to the finding's target.
 * Event names and request parameters follow the AWS Organizations and AWS CloudFormation API references as CloudTrail
 * logs them ("Logging AWS Organizations API calls with AWS CloudTrail"; Organizations events are recorded in
 * us-east-1). Kinds without a rule are not attributed: the change left nothing to look up by (a deleted SCP's id),
 * or happened outside the management account (resource drift in a member account).
 */
const RULES: Partial<Record<DriftKind, Rule>> = {
  'scp-detached': { source: ORGANIZATIONS, events: ['DetachPolicy'], matches: policyOn },
  'full-aws-access-missing': { source: ORGANIZATIONS, events: ['DetachPolicy'], matches: policyOn },
  'scp-foreign': { source: ORGANIZATIONS, events: ['AttachPolicy'], matches: policyOn },
  'scp-attached-undeclared': { source: ORGANIZATIONS, events: ['AttachPolicy'], matches: policyOn },
  'full-aws-access-undeclared': { source: ORGANIZATIONS, events: ['AttachPolicy'], matches: policyOn },
  'scp-content': { source: ORGANIZATIONS, events: ['UpdatePolicy'], matches: policyField('content') },
  'scp-description': { source: ORGANIZATIONS, events: ['UpdatePolicy'], matches: policyField('description') },
  'scp-ownership-tag': {
    source: ORGANIZATIONS,
    events: ['UntagResource', 'TagResource'],
    matches: (parameters, resolved) => resolved.policyIds.has(String(parameters.resourceId)),
  },
  'scp-policy-type-disabled': {
    source: ORGANIZATIONS,
    events: ['DisablePolicyType'],
    matches: (parameters) => parameters.policyType === 'SERVICE_CONTROL_POLICY',
  },
  'account-wrong-ou': {
    source: ORGANIZATIONS,
    events: ['MoveAccount'],
    matches: (parameters, resolved) => parameters.accountId === resolved.accountId,
  },
  'account-tags': {
    source: ORGANIZATIONS,
    events: ['TagResource', 'UntagResource'],
    matches: accountTagged,
  },
  'account-ownership-tag': {
    source: ORGANIZATIONS,
    events: ['UntagResource', 'TagResource'],
    matches: accountTagged,
  },
  'ou-ownership-tag': {
    source: ORGANIZATIONS,
    events: ['UntagResource', 'TagResource'],
    matches: (parameters, resolved) =>
      resolved.organizationalUnitId !== undefined && parameters.resourceId === resolved.organizationalUnitId,
  },
  'ou-renamed': {
    source: ORGANIZATIONS,
    events: ['UpdateOrganizationalUnit'],
    matches: (parameters, resolved) => parameters.organizationalUnitId === resolved.organizationalUnitId,
  },
  'stackset-missing': { source: CLOUDFORMATION, events: ['DeleteStackSet'], matches: stackSet },
  'stackset-template': { source: CLOUDFORMATION, events: ['UpdateStackSet'], matches: templateSent },
  'stackset-parameters': {
    source: CLOUDFORMATION,
    events: ['UpdateStackSet'],
    matches: stackSetFields('parameters'),
  },
  'stackset-roles': {
    source: CLOUDFORMATION,
    events: ['UpdateStackSet'],
    matches: stackSetFields('administrationRoleARN', 'executionRoleName', 'permissionModel'),
  },
  'stackset-auto-deployment': {
    source: CLOUDFORMATION,
    events: ['UpdateStackSet'],
    matches: stackSetFields('autoDeployment'),
  },
  'stackset-ownership-tag': { source: CLOUDFORMATION, events: ['UpdateStackSet'], matches: stackSetFields('tags') },
  'stack-instance-overrides': { source: CLOUDFORMATION, events: ['UpdateStackInstances'], matches: stackInstance },
  'stack-instance-missing': { source: CLOUDFORMATION, events: ['DeleteStackInstances'], matches: stackInstance },
};

/** What ties findings to CloudTrail: the ids behind their targets, and the calls to look up per event source. */
export interface AttributionPlan {
  lookups: Map<EventSource, Set<string>>;
  resolve: (finding: DriftFinding) => Resolved;
}

/**
 * Which CloudTrail event names to look up for these findings, per event source, and how to resolve each finding's
 * target to AWS ids (SCP names to policy ids, OU paths and account names to their ids) from what drift observed.
 * Pure.
 */
export function planAttribution(
  context: DriftContext,
  foreign: readonly ForeignScpAttachment[],
  findings: readonly DriftFinding[],
): AttributionPlan {
  const idByReference = new Map([...declaredTargetIds(context)].map(([id, reference]) => [reference, id]));
  const policyIds = new Map<string, Set<string>>();
  // By the name a finding's target holds: percent-encoded for an SCP from AWS (scpTargetName).
  const addPolicy = (name: string, id: string) => {
    for (const key of new Set([name, scpTargetName(name)]))
      policyIds.set(key, (policyIds.get(key) ?? new Set()).add(id));
  };
  for (const observed of context.observed.policies) addPolicy(observed.name, observed.id);
  for (const attachment of foreign) addPolicy(attachment.policyName, attachment.policyId);
  const resolve = (finding: DriftFinding): Resolved => {
    const { target } = finding;
    const scp = /^scp:(.*?)(?:@(root|ou:.*|account:[^@]*))?$/.exec(target);
    if (scp) {
      const reference = scp[2];
      return {
        policyIds: policyIds.get(scp[1]!) ?? new Set(),
        ...(reference && idByReference.has(reference) ? { targetId: idByReference.get(reference)! } : {}),
      };
    }
    if (target.startsWith('account:'))
      return { policyIds: new Set(), accountId: context.existingAccounts.get(target.slice('account:'.length))?.id };
    if (target.startsWith('ou:'))
      return {
        policyIds: new Set(),
        organizationalUnitId:
          context.renamed.find((rename) => `ou:${rename.path}` === target)?.id ??
          context.ouIdByPath.get(target.slice('ou:'.length)),
      };
    const stack = /^stackset:([^@#]+)(?:@account:([^/#]+)\/([^#]+))?/.exec(target);
    if (stack) {
      const [, name, account, region] = stack;
      const accountId = account && (/^\d{12}$/.test(account) ? account : context.existingAccounts.get(account)?.id);
      return {
        policyIds: new Set(),
        stackSet: name!,
        ...(accountId && region ? { instance: { accountId, region } } : {}),
      };
    }
    return { policyIds: new Set() };
  };
  const lookups = new Map<EventSource, Set<string>>();
  for (const finding of findings) {
    const rule = RULES[finding.kind];
    if (!rule) continue;
    const names = lookups.get(rule.source) ?? new Set<string>();
    for (const event of rule.events) names.add(event);
    lookups.set(rule.source, names);
  }
  return { lookups, resolve };
}

/** The CloudTrail source and event names that could say who made a finding's change; undefined for a kind none can. */
export function attributionEvents(
  finding: Pick<DriftFinding, 'kind'>,
): { source: EventSource; events: string[] } | undefined {
  const rule = RULES[finding.kind];
  return rule ? { source: rule.source, events: [...rule.events] } : undefined;
}

/**
 * Each finding with `changedBy` from the latest of `events` that made its change, where there is one. Pure: the
 * events are CloudTrail's, read by read-change-events.ts.
 */
export function attributeFindings(
  findings: readonly DriftFinding[],
  events: readonly ChangeEvent[],
  plan: Pick<AttributionPlan, 'resolve'>,
): DriftFinding[] {
  const newestFirst = [...events].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  return findings.map((finding) => {
    const rule = RULES[finding.kind];
    if (!rule) return finding;
    const resolved = plan.resolve(finding);
    const event = newestFirst.find(
      (candidate) =>
        candidate.eventSource === rule.source &&
        rule.events.includes(candidate.eventName) &&
        rule.matches(candidate.requestParameters, resolved),
    );
    return event
      ? { ...finding, changedBy: { principal: event.principal, at: event.time, event: event.eventName } }
      : finding;
  });
}
