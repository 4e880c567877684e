import type { TemplateResource } from '../config/cloudformation-template.js';
import { compareText } from '../ordering.js';
import { canonicalJson } from './canonical-json.js';
import { controlsAccess, readTemplateFacts } from './template-change.js';
import { compareGrants, flowText, grantsOf, identityGrantsOf, newlyAllowedActions } from './template-grants.js';

/** A template resource as a reviewer names it. */
export interface TemplateResourceName {
  logicalId: string;
  type: string;
  /** It grants or controls access (controlsAccess): a summary that must shorten its lists never leaves it out. */
  controlsAccess?: boolean;
}

/** The types a permissions boundary is set on (IAM User Guide, "Permissions boundaries for IAM entities"). */
const BOUNDED_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);

/** What a new template does to the stacks of a StackSet, resource by resource, and whom it newly grants access. */
export interface TemplateSummary {
  added: TemplateResourceName[];
  removed: TemplateResourceName[];
  /** Same logical id, another type: CloudFormation deletes the old resource and creates the new one. */
  retyped: { logicalId: string; from: string; to: string }[];
  /** Same logical id and type, other properties, condition or dependencies. */
  modified: TemplateResourceName[];
  /**
   * Principals the new template allows something and the deployed one allowed nothing (template-grants.ts), as
   * `AWS: arn:…`, `Service: …`, `*` or `everyone except AWS: arn:…`; an intrinsic function in its YAML short form,
   * such as `AWS: !Ref DeployPrincipalArn` (`!Sub`, `!GetAtt`, `!ImportValue` likewise), any other as its JSON.
   */
  newPrincipals: string[];
  /** Principals already allowed something that the new template allows more: an action, fewer conditions, another resource. */
  widenedPrincipals: string[];
  /** `ManagedPolicyArns` entries the deployed template does not have. */
  newManagedPolicies: string[];
  /**
   * Roles and users kept whose `PermissionsBoundary` changes: `DeveloperRole: before → after`, each side in YAML flow
   * style (intrinsic functions in short form), `none` where there is none. The boundary caps everything the role may
   * do, so a swapped one must show when the diff is cut.
   */
  changedBoundaries: string[];
  /** Per resource, actions its identity policies newly allow, most telling first (template-grants.ts). */
  newlyAllowed: { resource: string; actions: string[] }[];
  /** Which body could not be read as a template, when one could not; the lists are then empty. */
  unreadable?: 'deployed' | 'new';
}

/**
 * What replacing `deployedBody` (undefined for a new StackSet) with `newBody` changes, for a reviewer who cannot
 * read a 300-line diff: resources added, removed, retyped and modified by logical id and type, and the principals
 * and managed policies the new template grants that the deployed one did not. Pure; lists sorted.
 */
export function summarizeTemplateChange(deployedBody: string | undefined, newBody: string): TemplateSummary {
  const empty = {
    added: [],
    removed: [],
    retyped: [],
    modified: [],
    newPrincipals: [],
    widenedPrincipals: [],
    newManagedPolicies: [],
    changedBoundaries: [],
    newlyAllowed: [],
  };
  const before = deployedBody === undefined ? { resources: [] } : readTemplateFacts(deployedBody);
  if (!before) return { ...empty, unreadable: 'deployed' };
  const after = readTemplateFacts(newBody);
  if (!after) return { ...empty, unreadable: 'new' };
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const next = new Map(after.resources.map((resource) => [resource.logicalId, resource]));
  const named = (resource: TemplateResource): TemplateResourceName => ({
    logicalId: resource.logicalId,
    type: resource.type,
    ...(controlsAccess(resource) ? { controlsAccess: true } : {}),
  });
  const byId = (a: { logicalId: string }, b: { logicalId: string }) => compareText(a.logicalId, b.logicalId);
  const grants = compareGrants(grantsOf(before.resources), grantsOf(after.resources));
  return {
    added: after.resources
      .filter((resource) => !old.has(resource.logicalId))
      .map(named)
      .sort(byId),
    removed: before.resources
      .filter((resource) => !next.has(resource.logicalId))
      .map(named)
      .sort(byId),
    retyped: after.resources
      .flatMap((resource) => {
        const previous = old.get(resource.logicalId);
        return previous && previous.type !== resource.type
          ? [{ logicalId: resource.logicalId, from: previous.type, to: resource.type }]
          : [];
      })
      .sort(byId),
    modified: after.resources
      .filter((resource) => {
        const previous = old.get(resource.logicalId);
        return (
          previous?.type === resource.type &&
          canonicalJson(previous.definition ?? null) !== canonicalJson(resource.definition ?? null)
        );
      })
      .map(named)
      .sort(byId),
    newPrincipals: grants.added,
    widenedPrincipals: grants.widened,
    newManagedPolicies: grants.newManagedPolicies,
    changedBoundaries: after.resources
      .flatMap((resource) => {
        const previous = old.get(resource.logicalId);
        if (previous?.type !== resource.type || !BOUNDED_TYPES.has(resource.type)) return [];
        const [was, is] = [previous.properties['PermissionsBoundary'], resource.properties['PermissionsBoundary']];
        if (canonicalJson(was ?? null) === canonicalJson(is ?? null)) return [];
        const shown = (value: unknown) => (value === undefined ? 'none' : flowText(value));
        return [`${resource.logicalId}: ${shown(was)} → ${shown(is)}`];
      })
      .sort(compareText),
    newlyAllowed: newlyAllowedActions(identityGrantsOf(before.resources), identityGrantsOf(after.resources)),
  };
}
