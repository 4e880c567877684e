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
}

/**
 * The same literal IAM name (ignoring case, as IAM does) set twice in one template, or in two baselines an account
 * declares (through its OUs or itself): a template-resource error at the second. Names a function gives, resources
 * under a Condition (which may never exist together), and templates with a Transform are left to CloudFormation.
 */
export const checkIamNameCollisions: Rule = ({ repository }) => {
  const byName = new Map<string, NamedResource[]>();
  for (const template of repository.templates.values()) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      const property = NAMED_IAM_PROPERTIES[resource.type];
      const name = property === undefined ? undefined : resource.properties[property];
      // One under a Condition may never exist beside the other (IsProd and its negation pick one variant).
      if (typeof name !== 'string' || resource.condition !== undefined) continue;
      // IAM names are not distinguished by case: ADMINS and admins cannot both exist.
      const key = `${resource.type}\u0000${name.toLowerCase()}`;
      byName.set(key, [
        ...(byName.get(key) ?? []),
        { template, logicalId: resource.logicalId, property: property!, name },
      ]);
    }
  }
  // Which baselines each declared account receives, for names two baselines share.
  const received = repository.accounts
    .filter(({ value }) => value.closed !== true)
    .map(({ value }) => ({
      account: value.name,
      baselines: new Set(effectiveBaselineNames(repository.organizationalUnits, value)),
    }));
  const diagnostics: Diagnostic[] = [];
  for (const named of byName.values()) {
    named.forEach((resource, index) => {
      const earlier = named.slice(0, index);
      const sameTemplate = earlier.find((other) => other.template === resource.template);
      const sharedAccount = (other: NamedResource) =>
        received.find(
          ({ baselines }) => baselines.has(other.template.baseline) && baselines.has(resource.template.baseline),
        )?.account;
      const otherBaseline = earlier.find(
        (other) => other.template.baseline !== resource.template.baseline && sharedAccount(other) !== undefined,
      );
      const message = sameTemplate
        ? `${resource.property} '${resource.name}' is also the name of '${sameTemplate.logicalId}' in this template; IAM names are unique in an account, so the second fails with "already exists" in every account. Give each its own name.`
        : otherBaseline
          ? `${resource.property} '${resource.name}' is also set by '${otherBaseline.logicalId}' in baseline ${otherBaseline.template.baseline} (${otherBaseline.template.file}), and account ${sharedAccount(otherBaseline)} receives both baselines; IAM names are unique in an account, so the second stack fails with "already exists" there. Give one of them another name.`
          : undefined;
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
};
