import type { TemplateResource } from '../../src/config/cloudformation-template.js';
import { replacedResources } from '../../src/plan/resource-replacement.js';

/**
 * Which resources a StackSet update replaces, per the CloudFormation User Guide's "Update requires" of each
 * property, as the CDK's service specification records it (src/plan/cloudformation-replacement.ts).
 */
const resource = (logicalId: string, type: string, properties: Record<string, unknown>): TemplateResource => ({
  logicalId,
  type,
  properties,
  definition: { Type: type, Properties: properties },
});

test('a bucket whose name comes from a changed parameter through Fn::Sub is replaced', () => {
  const bucket = resource('Artifacts', 'AWS::S3::Bucket', {
    BucketName: { 'Fn::Sub': 'artifacts-${Stage}-${AWS::Region}' },
  });
  expect(
    replacedResources(
      { resources: [bucket], parameters: { Stage: 'prod' } },
      { resources: [bucket], parameters: { Stage: 'live' } },
    ),
  ).toEqual([
    {
      logicalId: 'Artifacts',
      type: 'AWS::S3::Bucket',
      because: ['BucketName (parameter Stage)'],
      maybe: false,
      retained: false,
    },
  ]);
  // ${!Literal} is text, not a parameter.
  const literal = resource('Artifacts', 'AWS::S3::Bucket', { BucketName: { 'Fn::Sub': 'artifacts-${!Stage}' } });
  expect(
    replacedResources(
      { resources: [literal], parameters: { Stage: 'prod' } },
      { resources: [literal], parameters: { Stage: 'live' } },
    ),
  ).toEqual([]);
});

test('a property that replaces for some values only is reported as a possible replacement', () => {
  // AWS::EC2::Instance InstanceType: "Update requires: Some interruptions" or replacement, depending on the type.
  const before = resource('Bastion', 'AWS::EC2::Instance', { ImageId: 'ami-1', InstanceType: 't3.micro' });
  const after = resource('Bastion', 'AWS::EC2::Instance', { ImageId: 'ami-1', InstanceType: 't3.small' });
  expect(replacedResources({ resources: [before], parameters: {} }, { resources: [after], parameters: {} })).toEqual([
    { logicalId: 'Bastion', type: 'AWS::EC2::Instance', because: ['InstanceType'], maybe: true, retained: false },
  ]);
});

test('an added, removed or retyped resource is not a replacement: the template comparison counts those', () => {
  const queue = resource('Queue', 'AWS::SQS::Queue', { QueueName: 'a' });
  const topic = resource('Queue', 'AWS::SNS::Topic', { TopicName: 'b' });
  expect(replacedResources({ resources: [queue], parameters: {} }, { resources: [topic], parameters: {} })).toEqual([]);
  expect(replacedResources({ resources: [], parameters: {} }, { resources: [queue], parameters: {} })).toEqual([]);
});
