import { isCloudFormationTemplate, resourcesOf, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { LoadedTemplate } from '../repository.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * Names unique beyond one stack. "Bucket names must be unique across all AWS accounts in all the AWS Regions within
 * a partition" (Amazon S3 User Guide, "General purpose bucket naming rules"). A baseline deploys one stack per
 * account and Region, so a bucket whose name is the same text in every stack exists in the first and fails with
 * BucketAlreadyExists in every other, in the last stage of apply, after accounts were created and moved.
 */

/** The resource types whose name is unique in the whole partition, and the property that names them. */
const GLOBALLY_NAMED: Readonly<Record<string, string>> = { 'AWS::S3::Bucket': 'BucketName' };

/**
 * A name that is the same in every stack: literal text, or an `Fn::Sub` with no variable in it. Anything else (a
 * parameter, which an account may override, a pseudo parameter, another function) may differ and is left alone.
 */
function fixedName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const sub = (value as { 'Fn::Sub'?: unknown } | null)?.['Fn::Sub'];
  return typeof sub === 'string' && !/\$\{(?!!)/.test(sub) ? sub.replace(/\$\{!/g, '${') : undefined;
}

/**
 * A template-resource error at each fixed global name in a baseline that deploys more than one stack instance: to
 * more than one open declared account, or to more than one Region of one. Templates with macros are left to
 * CloudFormation, which expands them.
 */
export const checkGlobalNameCollisions: Rule = ({ repository }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const instances = new Map<string, { account: string; region: string }[]>();
  for (const { value } of repository.accounts) {
    if (value.closed === true) continue;
    for (const baseline of effectiveBaselineNames(repository.organizationalUnits, value)) {
      const regions = organization.baselines?.[baseline]?.regions ?? value.regions ?? organization.defaultRegions;
      instances.set(baseline, [
        ...(instances.get(baseline) ?? []),
        ...regions.map((region) => ({ account: value.name, region })),
      ]);
    }
  }
  const diagnostics: Diagnostic[] = [...exportNameCollisions(repository.templates.values(), instances)];
  for (const template of repository.templates.values()) {
    const deployed = instances.get(template.baseline) ?? [];
    if (deployed.length < 2 || !isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      // One under a Condition may exist in one stack only (a central bucket in one account and Region).
      if (resource.condition !== undefined) continue;
      const property = GLOBALLY_NAMED[resource.type];
      const name = property === undefined ? undefined : fixedName(resource.properties[property]);
      if (name === undefined) continue;
      const accounts = new Set(deployed.map(({ account }) => account)).size;
      const where = `${deployed.length} stack instances (${accounts === 1 ? `${accounts} account, ${deployed.length} Regions` : `${accounts} accounts`})`;
      diagnostics.push(
        template.source.diagnostic(
          RULES.templateResource,
          `${property} '${name}' is the same in every stack, and baseline ${template.baseline} deploys ${where}; S3 bucket names are unique across every account and Region of the partition, so every stack after the first fails with BucketAlreadyExists. Put \${AWS::AccountId} and \${AWS::Region} in the name (!Sub '${name}-\${AWS::AccountId}-\${AWS::Region}'), or leave ${property} out and let CloudFormation name it.`,
          ['Resources', resource.logicalId, 'Properties', property!],
        ),
      );
    }
  }
  return diagnostics;
};

/*
 * "Export names must be unique within a Region" of an account (CloudFormation User Guide, "Outputs": "For each AWS
 * account, Export names must be unique within a Region"). Two baselines that export the same name, deployed to one
 * account in one Region, make the second stack fail there. Within one template, template-structure refuses it.
 */
function exportNameCollisions(
  templates: Iterable<LoadedTemplate>,
  instances: ReadonlyMap<string, readonly { account: string; region: string }[]>,
): Diagnostic[] {
  const exporters = new Map<string, { template: LoadedTemplate; output: string }[]>();
  for (const template of templates) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    const outputs = (template.template as { Outputs?: unknown }).Outputs;
    if (!isMapping(outputs)) continue;
    for (const [output, declaration] of Object.entries(outputs)) {
      // An output under a Condition may not exist in a stack: left to CloudFormation.
      if (!isMapping(declaration) || declaration.Condition !== undefined || !isMapping(declaration.Export)) continue;
      const name = fixedName(declaration.Export.Name);
      if (name !== undefined) exporters.set(name, [...(exporters.get(name) ?? []), { template, output }]);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const [name, found] of exporters)
    found.forEach(({ template, output }, index) => {
      const mine = new Set(
        (instances.get(template.baseline) ?? []).map(({ account, region }) => `${account}/${region}`),
      );
      const earlier = found
        .slice(0, index)
        .filter((other) => other.template.baseline !== template.baseline)
        .map((other) => ({
          other,
          shared: (instances.get(other.template.baseline) ?? []).find(({ account, region }) =>
            mine.has(`${account}/${region}`),
          ),
        }))
        .find(({ shared }) => shared !== undefined);
      if (!earlier) return;
      diagnostics.push(
        template.source.diagnostic(
          RULES.templateResource,
          `export '${name}' is also exported by output '${earlier.other.output}' of baseline ${earlier.other.template.baseline} (${earlier.other.template.file}), and account ${earlier.shared!.account} receives both in ${earlier.shared!.region}; export names are unique in an account's Region, so the second stack fails there. Give one of them another name (!Sub '\${AWS::StackName}-…' makes it the stack's own).`,
          ['Outputs', output, 'Export', 'Name'],
        ),
      );
    });
  return diagnostics;
}
