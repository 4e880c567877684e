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
  'AWS::S3::BucketPolicy',
  'AWS::SNS::Topic',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::Queue',
  'AWS::SQS::QueuePolicy',
  'AWS::SSM::Parameter',
]);

/**
 * Per baseline, the resources of its template that resource drift detection does not cover: one "not checked"
 * entry for each baseline that has any. Pure; the repository's template is the one main deploys.
 */
export function detectionCoverageGaps(baselines: readonly DesiredBaseline[], namePrefix: string): NotChecked[] {
  return baselines.flatMap((baseline) => {
    const { source } = parseRepositoryFile(baseline.templateFile, new TextEncoder().encode(baseline.templateBody), {
      allowCustomTags: true,
    });
    if (!source) return [];
    const uncovered = resourcesOf(templateToJson(source.document)).filter(
      (resource) => !DRIFT_DETECTION_SUPPORTED.has(resource.type),
    );
    if (uncovered.length === 0) return [];
    return [
      {
        target: `stackset:${namePrefix}${baseline.name}`,
        what: `resource drift of ${listNames(uncovered.map((resource) => `${resource.logicalId} (${resource.type})`))}`,
        reason: `not among the resource types drift detection supports (${DRIFT_SUPPORT_SOURCE})`,
      },
    ];
  });
}
