import type { TemplateResourceName, TemplateSummary } from '../plan/template-summary.js';
import { countOf, listNames } from './phrasing.js';

/**
 * What a StackSet template change does, as plain detail lines: the principals it trusts, the resources it adds,
 * changes, replaces and removes, and the actions it newly allows. Pure.
 */

/** Resource types that grant or control access: IAM, Identity Center, Roles Anywhere, KMS, and any policy. */
const ACCESS_TYPE = /^AWS::(?:IAM|SSO|IdentityStore|RolesAnywhere|KMS)::|Policy$|Permission/;

/** Roles and the policies that grant first when access resources are capped: they are what a reviewer must see. */
function accessWeight(type: string): number {
  if (type === 'AWS::IAM::Role' || type.startsWith('AWS::SSO::')) return 0;
  return /Polic(?:y|ies)$|Permission/.test(type) ? 1 : 2;
}

/**
 * A template change in a few lines a reviewer reads before the diff: `template trusts new principals: AWS: arn:…`
 * and the managed policies it attaches first, then `template adds 1 resource: BreakGlassRole (AWS::IAM::Role)` and
 * what it changes, replaces and removes. Lists are never shortened unless `resourcesShown` caps the resource lists (a
 * count stands for the rest), and then only their resources of other kinds; IAM, Identity Center, KMS and policy
 * resources are capped by `accessShown` alone, roles and policies named first and the rest counted by type. The
 * principals and the managed policies are always whole: these lines stand in for a diff that may be cut, and
 * padding must push neither a new trust nor a new role out of them, nor grow them past what a comment holds (200
 * IAM groups with 200-character ids made one line of 45,000 characters).
 */
export function templateSummaryLines(
  summary: TemplateSummary,
  resourcesShown = Infinity,
  accessShown = Infinity,
): string[] {
  if (summary.unreadable)
    return [`the ${summary.unreadable} template could not be read as a template; only the diff shows the change`];
  // IAM, Identity Center, KMS and policy resources first and all of them, so that a cut list of padding cannot hide a
  // new role; then other resources that control access (security groups, say), which head the names a cap keeps.
  const resources = (names: readonly TemplateResourceName[]) => {
    const grants = (name: TemplateResourceName) => ACCESS_TYPE.test(name.type);
    const access = names
      .filter(grants)
      .map((name, index) => ({ name, index }))
      .sort((a, b) => accessWeight(a.name.type) - accessWeight(b.name.type) || a.index - b.index)
      .map(({ name }) => name);
    const shownAccess = access.slice(0, accessShown);
    const others = [
      ...names.filter((name) => !grants(name) && name.controlsAccess === true),
      ...names.filter((name) => !grants(name) && name.controlsAccess !== true),
    ];
    const shown = [...shownAccess, ...others.slice(0, Math.max(0, resourcesShown - shownAccess.length))];
    const hiddenAccess = access.slice(shownAccess.length);
    const byType = new Map<string, number>();
    for (const { type } of hiddenAccess) byType.set(type, (byType.get(type) ?? 0) + 1);
    const among = [...byType].map(([type, count]) => `${count} ${type}`).join(', ');
    return [
      ...shown.map(({ logicalId, type }) => `${logicalId} (${type || 'no type'})`),
      ...(names.length > shown.length
        ? [`and ${names.length - shown.length} more${among ? ` (${among} among them)` : ''}`]
        : []),
    ].join(', ');
  };
  const resourceCount = (count: number) => countOf(count, 'resource');
  return [
    // Whom it trusts first: a long list of resources cannot push it below what a shortened comment keeps.
    ...principalLines(summary),
    ...(summary.added.length > 0
      ? [`template adds ${resourceCount(summary.added.length)}: ${resources(summary.added)}`]
      : []),
    ...(summary.modified.length > 0
      ? [`template changes ${resourceCount(summary.modified.length)}: ${resources(summary.modified)}`]
      : []),
    ...(summary.retyped.length > 0
      ? [
          `template replaces ${resourceCount(summary.retyped.length)} with another type: ${summary.retyped.map(({ logicalId, from, to }) => `${logicalId} (${from} → ${to})`).join(', ')}`,
        ]
      : []),
    ...(summary.removed.length > 0
      ? [`template removes ${resourceCount(summary.removed.length)}: ${resources(summary.removed)}`]
      : []),
    ...newlyAllowedLines(summary, resourcesShown),
  ];
}

/**
 * Only what a template change grants that the other template did not (whom it trusts or allows more, the managed
 * policies and boundaries it brings, the actions newly allowed), in templateSummaryLines' words; none when it grants
 * nothing more. For a pull request's template against main's, where the plan's own summary runs from AWS.
 */
export function templateGrantLines(summary: TemplateSummary): string[] {
  return [...principalLines(summary), ...newlyAllowedLines(summary)];
}

function principalLines(summary: TemplateSummary): string[] {
  return [
    ...(summary.newPrincipals.length > 0
      ? [`template trusts new principals: ${summary.newPrincipals.join('; ')}`]
      : []),
    ...(summary.widenedPrincipals.length > 0
      ? [`template allows more to principals it already trusts: ${summary.widenedPrincipals.join('; ')}`]
      : []),
    ...(summary.newManagedPolicies.length > 0
      ? [`template attaches new managed policies: ${summary.newManagedPolicies.join('; ')}`]
      : []),
    ...(summary.changedBoundaries.length > 0
      ? [`template changes the permissions boundary of ${summary.changedBoundaries.join('; ')}`]
      : []),
  ];
}

/** Wildcards and IAM-like actions first: padding a policy with harmless actions cannot push them out of view. */
function newlyAllowedLines(summary: TemplateSummary, resourcesShown = Infinity): string[] {
  return [
    ...summary.newlyAllowed
      .slice(0, resourcesShown)
      .map(({ resource, actions }) => `template newly allows ${resource}: ${listNames(actions, NEW_ACTIONS_SHOWN)}`),
    ...(summary.newlyAllowed.length > resourcesShown
      ? [`template newly allows more to ${countOf(summary.newlyAllowed.length - resourcesShown, 'other resource')}`]
      : []),
  ];
}

/** Actions named per resource in "template newly allows"; the rest are counted. */
const NEW_ACTIONS_SHOWN = 6;
