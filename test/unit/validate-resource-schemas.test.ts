import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

/*
 * CloudFormation refuses these only in apply, after accounts were created and moved: an attribute Fn::GetAtt names
 * that the type lacks ("Template error: resource K does not support attribute type Nope in Fn::GetAtt"), a property
 * the type lacks ("Encountered unsupported property BucketNam") and a required one left out ("required key
 * [TopicArn] not found"). Each type's attributes and properties are its CloudFormation resource schema's; where the
 * schema may lag AWS (no near miss to name), the finding is a warning, as cfn-lint 1.51 accepts more than the schemas.
 */
const REGIONAL = 'baselines/stacksets/regional.yaml';
const findings = (body: string) =>
  validate({ [REGIONAL]: `AWSTemplateFormatVersion: "2010-09-09"\n${body}` })
    .filter((diagnostic) => diagnostic.rule === 'template-resource' || diagnostic.rule === 'template-structure')
    .map(({ line, column, rule, severity, message }) => ({ at: `${line}:${column}`, rule, severity, message }));

test('a near miss of an attribute the type has is refused at its Fn::GetAtt, and in a Fn::Sub', () => {
  expect(
    findings(
      [
        'Resources:',
        '  Key:',
        '    Type: AWS::KMS::Key',
        'Outputs:',
        '  Out:',
        '    Value: !GetAtt Key.Arnn',
        "  Sub: { Value: !Sub '${Key.Arnn}/x' }",
        '',
      ].join('\n'),
    ),
  ).toEqual([
    {
      at: '7:20',
      rule: 'template-structure',
      severity: 'error',
      message:
        "resource 'Key' (AWS::KMS::Key) has no attribute 'Arnn'; did you mean 'Arn'? CloudFormation would refuse the template.",
    },
    expect.objectContaining({ at: '8:22', severity: 'error' }),
  ]);
});

test('an attribute the schema lacks with no near miss is a warning: CloudFormation takes some the schemas omit', () => {
  expect(
    findings(
      'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\nOutputs:\n  O: { Value: !GetAtt Search.ShardCountAtLaunch }\n',
    ),
  ).toEqual([
    expect.objectContaining({
      severity: 'warning',
      message: expect.stringContaining("no attribute 'ShardCountAtLaunch'"),
    }),
  ]);
});

test('attributes the type has pass, with writable properties, nested fields, outputs, and a custom resource’s any', () => {
  expect(
    findings(
      [
        'Resources:',
        '  Db:',
        '    Type: AWS::RDS::DBInstance',
        '    Properties: { DBInstanceClass: db.t3.micro }',
        '  Nested:',
        '    Type: AWS::CloudFormation::Stack',
        '    Properties: { TemplateURL: https://example.com/t.yaml }',
        '  Account:',
        '    Type: AWS::ServiceCatalog::CloudFormationProvisionedProduct',
        '    Properties: { ProductName: account-factory, ProvisioningArtifactName: v1 }',
        '  Param:',
        '    Type: AWS::SSM::Parameter',
        '    Properties: { Type: String, Value: x }',
        '  Ping:',
        '    Type: Custom::Ping',
        '    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111111111111:function:ping, Anything: 1 }',
        '  CDKMetadata:',
        '    Type: AWS::CDK::Metadata',
        '    Properties: { Analytics: v2 }',
        'Outputs:',
        '  A: { Value: !GetAtt Db.Endpoint.Address }',
        '  B: { Value: !GetAtt [Nested, Outputs.VpcId] }',
        '  C: { Value: !GetAtt Account.Outputs.AccountId }',
        '  D: { Value: !GetAtt Param.Type }',
        '  E: { Value: !GetAtt Ping.Whatever }',
        "  F: { Value: !Sub '${Db.Endpoint.Port}' }",
        '',
      ].join('\n'),
    ),
    // Only the warnings that the nested stack, the product and the custom resource are kept outside the repository.
  ).toEqual(
    ['8:19', '10:11', '17:19'].map((at) =>
      expect.objectContaining({ at, severity: 'warning', message: expect.stringContaining('outside this repository') }),
    ),
  );
});

test('a near miss of a property is refused at its key; one the schema lacks, and a required one left out, warn', () => {
  expect(
    findings(
      [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { BucketNam: logs }',
        '  Record:',
        '    Type: AWS::Route53::RecordSet',
        '    Properties: { Name: a.example.com, Type: A, HostedZoneName: example.com., SetIdentifier: a, NewFeatureFlag: 1 }',
        '  Subscription:',
        '    Type: AWS::SNS::Subscription',
        '    Properties:',
        '      Protocol: email',
        '',
      ].join('\n'),
    ),
  ).toEqual([
    {
      at: '5:19',
      rule: 'template-resource',
      severity: 'error',
      message:
        "AWS::S3::Bucket has no property 'BucketNam'; did you mean 'BucketName'? CloudFormation would refuse it when a stack instance deploys (\"Encountered unsupported property\").",
    },
    expect.objectContaining({
      at: '8:97',
      severity: 'warning',
      message: expect.stringContaining("no property 'NewFeatureFlag'"),
    }),
    expect.objectContaining({
      at: '11:5',
      severity: 'warning',
      message: expect.stringContaining("AWS::SNS::Subscription requires 'TopicArn'"),
    }),
  ]);
});

test('properties given by a function are left to CloudFormation', () => {
  expect(
    findings(
      [
        'Conditions:',
        '  Always: !Equals [a, a]',
        'Resources:',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties:',
        '      Fn::If: [Always, { TopicName: a }, { TopicName: b }]',
        '',
      ].join('\n'),
    ),
  ).toEqual([]);
});
