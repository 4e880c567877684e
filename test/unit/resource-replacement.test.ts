import type { TemplateResource } from '../../src/config/cloudformation-template.js';
import { replacedResources } from '../../src/plan/resource-replacement.js';
import type { DeployedTemplate } from '../../src/plan/resource-replacement.js';
import { compareTemplates, overrideDeletions } from '../../src/plan/update-deletions.js';

/**
 * Which resources a StackSet update replaces or deletes, per the CloudFormation User Guide's "Update requires" of
 * each property (and field of one), as the CDK's service specification records it
 * (src/plan/cloudformation-replacement.ts), and the AWS::CloudFormation "Conditions" and "Fn::If" references.
 */
const resource = (logicalId: string, type: string, properties: Record<string, unknown>): TemplateResource => ({
  logicalId,
  type,
  properties,
  definition: { Type: type, Properties: properties },
});
const deployed = (
  resources: TemplateResource[],
  parameters: Record<string, string> = {},
  conditions: Record<string, unknown> = {},
  mappings: Record<string, unknown> = {},
): DeployedTemplate => ({ resources, parameters, conditions, mappings });

test('a bucket whose name comes from a changed parameter through Fn::Sub is replaced; ${!Literal} is text', () => {
  const bucket = resource('Artifacts', 'AWS::S3::Bucket', {
    BucketName: { 'Fn::Sub': 'artifacts-${Stage}-${AWS::Region}' },
  });
  expect(replacedResources(deployed([bucket], { Stage: 'prod' }), deployed([bucket], { Stage: 'live' }))).toEqual([
    {
      logicalId: 'Artifacts',
      type: 'AWS::S3::Bucket',
      because: ['BucketName (parameter Stage)'],
      maybe: false,
      retained: false,
    },
  ]);
  const literal = resource('Artifacts', 'AWS::S3::Bucket', { BucketName: { 'Fn::Sub': 'artifacts-${!Stage}' } });
  expect(replacedResources(deployed([literal], { Stage: 'prod' }), deployed([literal], { Stage: 'live' }))).toEqual([]);
});

test('a field of a property that replaces counts, the other fields of it do not', () => {
  // AWS::EKS::Cluster ResourcesVpcConfig: SubnetIds "Update requires: Replacement", EndpointPublicAccess in place.
  const cluster = (config: Record<string, unknown>) =>
    resource('Cluster', 'AWS::EKS::Cluster', { RoleArn: 'arn:aws:iam::1:role/eks', ResourcesVpcConfig: config });
  const before = cluster({ SubnetIds: ['subnet-a', 'subnet-b'], EndpointPublicAccess: true });
  expect(
    replacedResources(
      deployed([before]),
      deployed([cluster({ SubnetIds: ['subnet-a', 'subnet-b'], EndpointPublicAccess: false })]),
    ),
  ).toEqual([]);
  expect(
    replacedResources(
      deployed([before]),
      deployed([cluster({ SubnetIds: ['subnet-a', 'subnet-c'], EndpointPublicAccess: true })]),
    ),
  ).toEqual([expect.objectContaining({ logicalId: 'Cluster', because: ['ResourcesVpcConfig.SubnetIds'] })]);
});

test('a parameter that reaches a create-only property through Fn::If and its condition replaces the resource', () => {
  const logs = resource('Logs', 'AWS::Logs::LogGroup', {
    LogGroupName: { 'Fn::If': ['IsProd', 'prod-logs', 'dev-logs'] },
  });
  const conditions = { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } };
  expect(
    replacedResources(deployed([logs], { Env: 'prod' }, conditions), deployed([logs], { Env: 'dev' }, conditions)),
  ).toEqual([expect.objectContaining({ logicalId: 'Logs', because: ['LogGroupName (parameter Env)'] })]);
});

// Fn::FindInMap and Fn::If resolve when the stack is updated: a property written the same way in both templates
// still takes a new value when the mapping or the condition's definition is edited (User Guide, "Fn::FindInMap",
// "Condition functions").
test('an edited mapping that a create-only property reads through Fn::FindInMap replaces the resource', () => {
  const logs = resource('MappedLog', 'AWS::Logs::LogGroup', {
    LogGroupName: { 'Fn::FindInMap': ['Names', 'Log', 'Name'] },
  });
  const names = (name: string) => ({ Names: { Log: { Name: name } }, Other: { A: { B: 'c' } } });
  expect(
    replacedResources(deployed([logs], {}, {}, names('vend-logs-a')), deployed([logs], {}, {}, names('vend-logs-b'))),
  ).toEqual([expect.objectContaining({ logicalId: 'MappedLog', because: ['LogGroupName (mapping Names)'] })]);
  // Another map edited changes nothing the property reads.
  const other = { ...names('vend-logs-a'), Other: { A: { B: 'd' } } };
  expect(replacedResources(deployed([logs], {}, {}, names('vend-logs-a')), deployed([logs], {}, {}, other))).toEqual(
    [],
  );
});

test('an edited condition that a create-only property reads through Fn::If, directly or through another, replaces it', () => {
  const logs = resource('CondLog', 'AWS::Logs::LogGroup', {
    LogGroupName: { 'Fn::If': ['IsA', 'vend-cond-a', 'vend-cond-b'] },
  });
  const conditions = (second: string) => ({
    IsA: { 'Fn::And': [{ Condition: 'Inner' }, { 'Fn::Equals': ['a', 'a'] }] },
    Inner: { 'Fn::Equals': ['a', second] },
  });
  expect(replacedResources(deployed([logs], {}, conditions('a')), deployed([logs], {}, conditions('b')))).toEqual([
    expect.objectContaining({ logicalId: 'CondLog', because: ['LogGroupName (condition Inner)'] }),
  ]);
});

test('compareTemplates: a template edit that only changes a mapping value deletes the old log group', () => {
  const body = (name: string) =>
    `Mappings:\n  Names:\n    Log:\n      Name: ${name}\nResources:\n  MappedLog:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: !FindInMap [Names, Log, Name]\n`;
  expect(
    compareTemplates(
      { templateBody: body('vend-logs-a'), parameters: {} },
      { templateBody: body('vend-logs-b'), parameters: {} },
    ),
  ).toMatchObject({ deletedResources: ['MappedLog'] });
});

test('a property that replaces for some values only is reported as a possible replacement', () => {
  // AWS::EC2::Instance InstanceType: "Update requires: Some interruptions" or replacement, depending on the type.
  const before = resource('Bastion', 'AWS::EC2::Instance', { ImageId: 'ami-1', InstanceType: 't3.micro' });
  const after = resource('Bastion', 'AWS::EC2::Instance', { ImageId: 'ami-1', InstanceType: 't3.small' });
  expect(replacedResources(deployed([before]), deployed([after]))).toEqual([
    { logicalId: 'Bastion', type: 'AWS::EC2::Instance', because: ['InstanceType'], maybe: true, retained: false },
  ]);
});

test('an added, removed or retyped resource is not a replacement: the template comparison counts those', () => {
  const queue = resource('Queue', 'AWS::SQS::Queue', { QueueName: 'a' });
  const topic = resource('Queue', 'AWS::SNS::Topic', { TopicName: 'b' });
  expect(replacedResources(deployed([queue]), deployed([topic]))).toEqual([]);
  expect(replacedResources(deployed([]), deployed([queue]))).toEqual([]);
});

describe('parameter values on a template whose Conditions decide which resources exist', () => {
  const template = `Parameters:
  EnableTrail: { Type: String, Default: 'true' }
  RetentionDays: { Type: String, Default: '30' }
Conditions:
  TrailOn: !Equals [!Ref EnableTrail, 'true']
Resources:
  Trail:
    Type: AWS::SNS::Topic
    Condition: TrailOn
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { RetentionInDays: !Ref RetentionDays }
`;
  const same = (parameters: Record<string, string>) => ({ templateBody: template, parameters });

  test('a parameter no Condition reads deletes nothing', () => {
    expect(compareTemplates(same({ RetentionDays: '30' }), same({ RetentionDays: '90' }))).toEqual({
      deletedResources: [],
      replaced: [],
    });
  });

  test('a parameter a Condition reads may delete a resource: it cannot be ruled out, for the StackSet or one account', () => {
    expect(compareTemplates(same({ EnableTrail: 'true' }), same({ EnableTrail: 'false' }))).toMatchObject({
      deletedResources: undefined,
      why: expect.stringContaining('parameter EnableTrail, which a Condition reads, changed'),
    });
    expect(overrideDeletions(same({}), {}, { EnableTrail: 'false' })).toMatchObject({ deletedResources: undefined });
    expect(overrideDeletions(same({}), {}, { RetentionDays: '7' })).toMatchObject({ deletedResources: [] });
  });
});
