import { resourcesOf, templateToJson } from '../config/cloudformation-template.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import type { DesiredBaseline } from '../config/desired-state.js';
import { listNames } from '../report/phrasing.js';
import type { NotChecked } from './drift-report.js';

/**
 * Where the table comes from: the AWS CloudFormation User Guide, "Resource type support" (the "Drift detection"
 * column), https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html,
 * as of 2026-11. ListStackInstanceResourceDrifts leaves out, without a word, every resource whose type drift
 * detection does not support, so vend reads the coverage off each template instead.
 */
export const DRIFT_SUPPORT_SOURCE =
  'AWS CloudFormation User Guide, "Resource type support" (drift detection column), as of 2026-11';

/**
 * Resource types drift detection supports, limited to what baselines of account vending deploy: IAM, KMS, logs,
 * storage, messaging, parameters and config rules. A type missing here is reported as not covered, so the table
 * errs towards saying too little is checked, never too much; add a type once the AWS table lists it. Custom
 * resources and nested stacks are left out for good: CloudFormation cannot read back what a custom resource's code
 * made, and it "doesn't detect drift on any nested stacks" (API Reference, DetectStackDrift).
 */
export const DRIFT_DETECTION_SUPPORTED = new Set([
  'AWS::Config::ConfigRule',
  'AWS::Events::Rule',
  'AWS::IAM::InstanceProfile',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::OIDCProvider',
  'AWS::IAM::Role',
  'AWS::IAM::SAMLProvider',
  'AWS::KMS::Alias',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::Logs::LogGroup',
  'AWS::S3::Bucket',
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::SSM::Parameter',
]);

/**
 * Supported types whose drift detection is reported to miss what matters most in them, so a reader must not take
 * IN_SYNC for proof. The policy-only types (AWS::S3::BucketPolicy, AWS::SNS::TopicPolicy, AWS::SQS::QueuePolicy)
 * are not in the table above at all: the AWS table was reported not to list the bucket policy
 * (aws-cloudformation/cloudformation-coverage-roadmap #2169, open), and the other two are alike.
 */
const KNOWN_MISSES: Readonly<Record<string, { property: string; evidence: string }>> = {
  'AWS::IAM::ManagedPolicy': {
    property: 'PolicyDocument',
    evidence:
      'drift detection was reported to read a managed policy IN_SYNC after its PolicyDocument changed (aws-cloudformation/cloudformation-coverage-roadmap #1858, open)',
  },
};

/**
 * The IAM drift CloudFormation misses: "Only resource properties explicitly defined in the stack template are
 * checked for drift" (CloudFormation API Reference, StackResourceDrift). A role whose template leaves out
 * ManagedPolicyArns or Policies reads IN_SYNC after someone attaches AdministratorAccess or adds an inline policy
 * to it by hand (reproduced in aws-cloudformation/cloudformation-coverage-roadmap #2489 and #936). These are the
 * properties that grant permissions, per type that drift detection supports at all.
 */
const PERMISSION_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::IAM::Role': ['ManagedPolicyArns', 'Policies'],
};

/**
 * Per baseline, what resource drift detection cannot see in its template: the resources whose type it does not
 * support, those of a type whose detection is reported to miss what matters in it (KNOWN_MISSES), and the roles
 * that leave a policy property out, so a policy attached to them outside CloudFormation goes unseen. Pure; the
 * repository's template is the one main deploys.
 */
export function detectionCoverageGaps(baselines: readonly DesiredBaseline[], namePrefix: string): NotChecked[] {
  return baselines.flatMap((baseline) => {
    const { source } = parseRepositoryFile(baseline.templateFile, new TextEncoder().encode(baseline.templateBody), {
      allowCustomTags: true,
    });
    if (!source) return [];
    const target = `stackset:${namePrefix}${baseline.name}`;
    const resources = resourcesOf(templateToJson(source.document));
    const gaps: NotChecked[] = [];
    const uncovered = resources.filter((resource) => !DRIFT_DETECTION_SUPPORTED.has(resource.type));
    if (uncovered.length > 0) {
      gaps.push({
        target,
        what: `resource drift of ${listNames(uncovered.map((resource) => `${resource.logicalId} (${resource.type})`))}`,
        reason: `not among the resource types drift detection supports (${DRIFT_SUPPORT_SOURCE})`,
        coverageGap: true,
      });
    }
    const unseen = resources.flatMap((resource) => {
      const missing = (PERMISSION_PROPERTIES[resource.type] ?? []).filter((property) =>
        mayBeAbsent(resource.properties[property]),
      );
      return missing.length === 0 ? [] : [`${resource.logicalId} (no ${missing.join(' or ')})`];
    });
    const missed = resources.filter((resource) => Object.hasOwn(KNOWN_MISSES, resource.type));
    for (const type of [...new Set(missed.map((resource) => resource.type))]) {
      const { property, evidence } = KNOWN_MISSES[type]!;
      const named = missed.filter((resource) => resource.type === type).map((resource) => resource.logicalId);
      gaps.push({
        target,
        what: `changes to the ${property} of ${listNames(named)} (${type})`,
        reason: `${evidence}; compare it by hand, or read the policy version in the account`,
        coverageGap: true,
      });
    }
    if (unseen.length > 0) {
      gaps.push({
        target,
        what: `policies attached outside CloudFormation to ${listNames(unseen)}`,
        reason:
          'drift detection compares only the properties a template declares (CloudFormation API Reference, StackResourceDrift); declare them to have the managed and inline policies compared',
        coverageGap: true,
      });
    }
    return gaps;
  });
}

/**
 * Whether a property's template value can leave the property out of the resource: absent, `!Ref AWS::NoValue`
 * ("removes the corresponding resource property", CloudFormation User Guide, Pseudo parameters), or an `Fn::If`
 * with such a branch. Drift detection then compares nothing there, however the property reads in the template.
 */
function mayBeAbsent(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { Ref: ref, 'Fn::If': branches } = value as { Ref?: unknown; 'Fn::If'?: unknown };
  if (ref === 'AWS::NoValue') return true;
  return Array.isArray(branches) && branches.slice(1).some(mayBeAbsent);
}
