import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

/*
 * CloudFormation refuses these only in apply, after accounts were created and moved: an attribute Fn::GetAtt names
 * that the type lacks ("Template error: resource K does not support attribute type Nope in Fn::GetAtt"), a property
 * the type lacks ("Encountered unsupported property BucketNam") and a required one left out ("required key
 * [TopicArn] not found"). Each type's attributes and properties are its CloudFormation resource schema's.
 */
const REGIONAL = 'baselines/stacksets/regional.yaml';
const findings = (body: string) =>
  validate({ [REGIONAL]: `AWSTemplateFormatVersion: "2010-09-09"\n${body}` })
    .filter((diagnostic) => diagnostic.rule === 'template-resource' || diagnostic.rule === 'template-structure')
    .map(({ line, column, rule, message }) => ({ at: `${line}:${column}`, rule, message }));

test('an attribute the resource type lacks is refused at its Fn::GetAtt, with the one meant', () => {
  expect(
    findings('Resources:\n  Key:\n    Type: AWS::KMS::Key\nOutputs:\n  Out:\n    Value: !GetAtt Key.Arnn\n'),
  ).toEqual([
    {
      at: '7:20',
      rule: 'template-structure',
      message:
        "resource 'Key' (AWS::KMS::Key) has no attribute 'Arnn' for Fn::GetAtt; CloudFormation would refuse the template. Did you mean 'Arn'?",
    },
  ]);
});

test('attributes the type has pass, nested ones and a nested stack’s outputs too, and a custom resource’s any', () => {
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
        '  Ping:',
        '    Type: Custom::Ping',
        '    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111111111111:function:ping, Anything: 1 }',
        'Outputs:',
        '  A: { Value: !GetAtt Db.Endpoint.Address }',
        '  B: { Value: !GetAtt [Nested, Outputs.VpcId] }',
        '  C: { Value: !GetAtt Ping.Whatever }',
        '',
      ].join('\n'),
    ),
  ).toEqual([]);
});

test('a property the type lacks is refused at its key, and a required one left out at the resource', () => {
  expect(
    findings(
      [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties: { BucketNam: logs }',
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
      message: expect.stringMatching(
        /^AWS::S3::Bucket has no property 'BucketNam'; CloudFormation would refuse it when a stack instance deploys \("Encountered unsupported property"\)\. Did you mean 'BucketName'\?/,
      ),
    },
    {
      at: '8:5',
      rule: 'template-resource',
      message:
        "AWS::SNS::Subscription requires 'TopicArn', which 'Subscription' does not set; CloudFormation would refuse it when a stack instance deploys. Add it under Properties.",
    },
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
