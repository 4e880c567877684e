import { AWS_REGIONS, AWS_REGIONS_SOURCE } from '../aws-regions.js';
import { RULES } from '../diagnostics.js';
import { REGIONS_ENABLED_BY_DEFAULT } from '../opt-in-regions.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import type { Rule } from './rule-context.js';

/** Whether `code` is a Region AWS has opened (in any partition), per the generated list in aws-regions.ts. */
export function isAwsRegion(code: string): boolean {
  return Object.hasOwn(AWS_REGIONS, code);
}

/**
 * Every region vend names reaches AWS: StackSets deploy to account and baseline regions, and the SCP that limits
 * regions is written from allowedRegions. A code that only looks like a Region (eu-west-9) passes the schema but
 * fails CreateStackInstances after accounts exist, so each is checked against the Regions AWS has. A Region of
 * another partition than homeRegion's is refused too: one organization and its StackSets live in one partition.
 */
export const checkRegionCodes: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const { homeRegion, allowedRegions, defaultRegions, baselines } = organization.value;
  const homePartition = AWS_REGIONS[homeRegion]?.partition;
  const diagnostics: Diagnostic[] = [];
  const check = (source: SourceFile, region: string, path: YamlPath, deploysThere = true) => {
    const known = isAwsRegion(region) ? AWS_REGIONS[region] : undefined;
    if (!known) {
      diagnostics.push(
        source.diagnostic(
          RULES.awsRegion,
          `'${region}' is not an AWS Region${similarRegions(region)}. Fix the code. Vend's list of Regions comes from ${AWS_REGIONS_SOURCE}; if AWS has opened this Region since, update the SDK and run npm run generate:regions.`,
          path,
        ),
      );
    } else if (homePartition && known.partition !== homePartition) {
      diagnostics.push(
        source.diagnostic(
          RULES.awsRegion,
          `'${region}' (${known.description}) is in the ${known.partition} partition, but homeRegion ${homeRegion} is in ${homePartition}; an organization and its StackSets live in one partition. Remove it.`,
          path,
        ),
      );
    } else if (deploysThere && known.partition === 'aws' && !REGIONS_ENABLED_BY_DEFAULT.has(region)) {
      // CloudFormation User Guide, "Prepare to perform StackSet operations in AWS Regions that are disabled by
      // default" (stacksets-opt-in-regions.html): the Region must be enabled in the target account and in the
      // account that administers the StackSet.
      diagnostics.push({
        ...source.diagnostic(
          RULES.awsRegion,
          `'${region}' (${known.description}) is an opt-in Region, disabled by default in every account, the ones vend creates included: a stack instance there fails unless the Region is enabled in its account and in the management account. Vend does not enable Regions; enable it in each account first (aws account enable-region --region-name ${region} --account-id …), or remove it.`,
          path,
        ),
        severity: 'warning' as const,
      });
    }
  };
  const checkList = (source: SourceFile, regions: string[] | undefined, path: YamlPath, deploysThere = true) =>
    (regions ?? []).forEach((region, index) => check(source, region, [...path, index], deploysThere));

  // homeRegion and allowedRegions deploy nothing themselves: the one is where vend calls AWS, the other feeds an SCP.
  check(organization.source, homeRegion, ['homeRegion'], false);
  checkList(organization.source, allowedRegions, ['allowedRegions'], false);
  checkList(organization.source, defaultRegions, ['defaultRegions']);
  for (const [name, baseline] of Object.entries(baselines ?? {}))
    checkList(organization.source, baseline.regions, ['baselines', name, 'regions']);
  for (const { source, value } of repository.accounts) checkList(source, value.regions, ['regions']);
  return diagnostics;
};

/**
 * " (Regions like it: eu-west-1, eu-west-2, eu-west-3)" for eu-west-9: those that differ only in the number, or
 * else those of the same geography.
 */
function similarRegions(region: string): string {
  const codes = Object.keys(AWS_REGIONS);
  const family = codes.filter((code) => code.startsWith(region.replace(/\d+$/, '')));
  const similar = family.length > 0 ? family : codes.filter((code) => code.startsWith(`${region.split('-')[0]}-`));
  if (similar.length === 0) return '';
  return ` (Regions like it: ${similar.slice(0, 6).join(', ')}${similar.length > 6 ? ', …' : ''})`;
}
