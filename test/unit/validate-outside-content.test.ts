import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/regional.yaml';
const findings = (body: string) =>
  validate({ [FILE]: body })
    .filter((diagnostic) => diagnostic.rule === 'template-structure')
    .map(({ file, line, column, message }) => ({ file, line, column, message }));

// A nested stack's TemplateURL, a Service Catalog product and a custom resource's ServiceToken name content
// CloudFormation fetches or runs when the StackSet operation runs (CloudFormation User Guide, "Nested stacks",
// "Custom resources"): approving the plan does not approve it, and validate says so where it is named.
test('content kept outside the repository (a nested stack, a product, a custom resource elsewhere) is warned of where it is named', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Nested:',
    '    Type: AWS::CloudFormation::Stack',
    '    Properties:',
    '      TemplateURL: https://s3.amazonaws.com/some-bucket/nested.yaml',
    '  Product:',
    '    Type: AWS::ServiceCatalog::CloudFormationProvisionedProduct',
    '    Properties: { ProductName: p, ProvisioningArtifactName: v1 }',
    '  Elsewhere:',
    '    Type: Custom::Lookup',
    '    Properties:',
    '      ServiceToken: arn:aws:lambda:us-east-1:222233334444:function:lookup',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    expect.objectContaining({
      line: 6,
      column: 7,
      message: expect.stringMatching(
        /^'Nested' deploys a template kept outside this repository \(TemplateURL\): CloudFormation fetches or runs it when a StackSet operation runs, so what it does is decided then by whoever can write it, not by the plan a person approved/,
      ),
    }),
    expect.objectContaining({
      line: 8,
      message: expect.stringMatching(/^'Product' provisions a Service Catalog product/),
    }),
    expect.objectContaining({
      line: 13,
      column: 7,
      message: expect.stringMatching(/^'Elsewhere' is a custom resource whose code is kept outside this repository/),
    }),
  ]);
  expect(validate({ [FILE]: body }).filter((diagnostic) => diagnostic.rule === 'template-structure')).toEqual(
    Array.from({ length: 3 }, () => expect.objectContaining({ severity: 'warning' })),
  );
});

test('a custom resource backed by a function the template writes inline is not warned of', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Fn:',
    '    Type: AWS::Lambda::Function',
    '    Properties:',
    '      Runtime: python3.12',
    '      Handler: index.handler',
    '      Role: !GetAtt FnRole.Arn',
    '      Code: { ZipFile: "def handler(event, context): pass" }',
    '  FnRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] }',
    '      PermissionsBoundary: !Sub arn:aws:iam::${AWS::AccountId}:policy/boundary',
    '  Lookup:',
    '    Type: Custom::Lookup',
    '    Properties:',
    '      ServiceToken: !GetAtt Fn.Arn',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([]);
  // The same function with its code in S3 is code kept elsewhere, for the function and the resource it backs.
  expect(
    findings(body.replace('Code: { ZipFile: "def handler(event, context): pass" }', 'Code: { S3Bucket: b, S3Key: k }')),
  ).toEqual([
    expect.objectContaining({
      line: 9,
      message: expect.stringMatching(/^'Fn' deploys code or a definition kept outside/),
    }),
    expect.objectContaining({ line: 18, message: expect.stringMatching(/^'Lookup' is a custom resource/) }),
  ]);
});

// Lambda's Code (S3Bucket, ImageUri), a layer's Content and a state machine's DefinitionS3Location are fetched when
// the stack deploys (CloudFormation User Guide, the resource types' properties): the same as a nested template.
test('code or a definition fetched from S3 or a registry is warned of; inline code is not', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  FromS3:',
    '    Type: AWS::Lambda::Function',
    '    Properties: { Role: arn:aws:iam::111111111111:role/r, Runtime: python3.12, Handler: a.b, Code: { S3Bucket: b, S3Key: k } }',
    '  FromImage:',
    '    Type: AWS::Lambda::Function',
    '    Properties: { Role: arn:aws:iam::111111111111:role/r, PackageType: Image, Code: { ImageUri: 111111111111.dkr.ecr.us-east-1.amazonaws.com/x:latest } }',
    '  Layer:',
    '    Type: AWS::Lambda::LayerVersion',
    '    Properties: { Content: { S3Bucket: b, S3Key: k } }',
    '  Machine:',
    '    Type: AWS::StepFunctions::StateMachine',
    '    Properties: { RoleArn: arn:aws:iam::111111111111:role/r, DefinitionS3Location: { Bucket: b, Key: k } }',
    '  Inline:',
    '    Type: AWS::Lambda::Function',
    '    Properties: { Role: arn:aws:iam::111111111111:role/r, Runtime: python3.12, Handler: index.h, Code: { ZipFile: x } }',
    '',
  ].join('\n');
  expect(
    findings(body)
      .filter(({ message }) => message.includes('outside this repository'))
      .map(({ line, message }) => [line, message.slice(0, message.indexOf(':'))]),
  ).toEqual([
    [5, "'FromS3' deploys code or a definition kept outside this repository (Code names an S3 object or an image)"],
    [8, "'FromImage' deploys code or a definition kept outside this repository (Code names an S3 object or an image)"],
    [11, "'Layer' deploys code or a definition kept outside this repository (Content names an S3 object or an image)"],
    [
      14,
      "'Machine' deploys code or a definition kept outside this repository (DefinitionS3Location names an S3 object or an image)",
    ],
  ]);
});
