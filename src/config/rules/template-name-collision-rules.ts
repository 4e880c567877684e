import { isCloudFormationTemplate, resourcesOf, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { LoadedTemplate } from '../repository.js';
import type { Rule } from './rule-context.js';
import { NAMED_IAM_PROPERTIES } from './template-rules.js';

/*
 * IAM names are unique in an account, whatever the Region (IAM User Guide, "IAM object quotas and name
 * requirements": names must be unique within the account). Two resources that set the same literal RoleName (or
 * ManagedPolicyName, InstanceProfileName, GroupName…), in one template or in two baselines an account receives
 * both of, make the second stack fail with "already exists" when it deploys: after apply created and moved accounts.
 */

interface NamedResource {
  template: LoadedTemplate;
  logicalId: string;
  property: string;
  name: string;
  /** The resource's Condition, canonical JSON; undefined when it always exists. */
  condition?: string;
}

/**
 * The same literal IAM name (ignoring case, as IAM does) set twice in one template, or in two baselines an account
 * declares (through its OUs or itself): a template-resource error at the second; and a role named as the StackSet
 * execution role, which exists already. Names a function gives, two resources under different Conditions (likely
 * variants), a conditioned one against another baseline's, and templates with a Transform are left to CloudFormation.
 */
export const checkIamNameCollisions: Rule = ({ repository }) =>
  iamNameCollisions(
    repository.templates.values(),
    // Which baselines each declared account receives, for names two baselines share.
    repository.accounts
      .filter(({ value }) => value.closed !== true)
      .map(({ value }) => ({
        account: value.name,
        baselines: new Set(effectiveBaselineNames(repository.organizationalUnits, value)),
      })),
    repository.organization?.value.stackSets?.executionRoleName,
  );

/**
 * checkIamNameCollisions over `templates`, given which baselines each account receives (`received`: the account as
 * messages name it, and its baselines) and the StackSet execution role's name: one template-resource error per
 * resource whose name an earlier one (in `templates` order) already takes. Pure; import uses it on StackSets it
 * reads.
 */
export function iamNameCollisions(
  templates: Iterable<LoadedTemplate>,
  received: readonly { account: string; baselines: ReadonlySet<string> }[],
  executionRole: string | undefined,
): Diagnostic[] {
  const byName = new Map<string, NamedResource[]>();
  for (const template of templates) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      const property = NAMED_IAM_PROPERTIES[resource.type];
      const name = property === undefined ? undefined : resource.properties[property];
      if (typeof name !== 'string') continue;
      // IAM names are not distinguished by case: ADMINS and admins cannot both exist.
      const key = `${resource.type}\u0000${name.toLowerCase()}`;
      const condition = resource.condition === undefined ? undefined : JSON.stringify(resource.condition);
      byName.set(key, [
        ...(byName.get(key) ?? []),
        { template, logicalId: resource.logicalId, property: property!, name, ...(condition ? { condition } : {}) },
      ]);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const named of byName.values()) {
    named.forEach((resource, index) => {
      const earlier = named.slice(0, index);
      // Two under different Conditions are likely variants of which one exists (IsProd and its negation); under the
      // same one, or one under none, both can exist.
      const together = (other: NamedResource) =>
        other.condition === undefined || resource.condition === undefined || other.condition === resource.condition;
      const sameTemplate = earlier.find((other) => other.template === resource.template && together(other));
      const sharedAccount = (other: NamedResource) =>
        received.find(
          ({ baselines }) => baselines.has(other.template.baseline) && baselines.has(resource.template.baseline),
        )?.account;
      // Across baselines, a Condition decides per stack: only names that always exist are compared.
      const otherBaseline = earlier.find(
        (other) =>
          other.condition === undefined &&
          resource.condition === undefined &&
          other.template.baseline !== resource.template.baseline &&
          sharedAccount(other) !== undefined,
      );
      // An OIDC provider is named by its URL, which cannot change: one baseline creates it, the other refers to it.
      const fix =
        resource.property === 'Url'
          ? 'Create the provider in one baseline only, and pass its ARN to the other (a parameter)'
          : 'Give one of them another name';
      const reserved =
        resource.property === 'RoleName' && resource.name.toLowerCase() === executionRole?.toLowerCase()
          ? `RoleName '${resource.name}' is stackSets.executionRoleName in organization.yaml, the role vend's StackSets deploy through, which already exists in every account; creating it fails with "already exists" in every account. Give this role another name.`
          : undefined;
      const message =
        reserved ??
        (sameTemplate
          ? `${resource.property} '${resource.name}' is also the name of '${sameTemplate.logicalId}' in this template; IAM names are unique in an account (whatever their case), so the second fails with "already exists" in every account. ${fix}.`
          : otherBaseline
            ? `${resource.property} '${resource.name}' is also set by '${otherBaseline.logicalId}' in baseline ${otherBaseline.template.baseline} (${otherBaseline.template.file}), and account ${sharedAccount(otherBaseline)} receives both baselines; IAM names are unique in an account (whatever their case), so the second stack fails with "already exists" there. ${fix}.`
            : undefined);
      if (message)
        diagnostics.push(
          resource.template.source.diagnostic(RULES.templateResource, message, [
            'Resources',
            resource.logicalId,
            'Properties',
            resource.property,
          ]),
        );
    });
  }
  return diagnostics;
}
