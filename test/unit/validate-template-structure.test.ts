import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

// CloudFormation refuses each of these as "Template format error" only when apply creates or updates the StackSet,
// after accounts were created and SCPs attached (AWS CloudFormation User Guide: "Template section structure",
// "Format version", "Parameters", "Outputs", and the intrinsic function and attribute references).
afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/regional.yaml';
const findings = (body: string) =>
  validate({ [FILE]: body })
    .filter((diagnostic) => diagnostic.rule === 'template-structure')
    .map(({ file, line, column, message }) => ({ file, line, column, message }));

test('a DependsOn, a Condition and a Ref naming nothing the template declares are each refused at their line', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    DependsOn: Missing',
    '    Condition: NoSuchCondition',
    '    Properties:',
    '      BucketName: !Ref Nope',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    {
      file: FILE,
      line: 5,
      column: 16,
      message:
        "DependsOn names resource 'Missing', which this template does not declare; declare it under Resources, or fix the name.",
    },
    expect.objectContaining({
      line: 6,
      message: expect.stringContaining("Condition names condition 'NoSuchCondition'"),
    }),
    expect.objectContaining({ line: 8, message: expect.stringContaining("Ref names 'Nope'") }),
  ]);
});

test('a GetAtt without one attribute, a Ref to a list, a resource depending on itself, and a Ref to a resource in Conditions or Rules are refused', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Env: { Type: String }',
    'Rules:',
    '  R1:',
    '    Assertions:',
    '      - Assert: !Equals [!Ref NoSuchP, x]',
    'Conditions:',
    '  IsProd: !Equals [!Ref Bucket, x]',
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    DependsOn: Bucket',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      DisplayName: !GetAtt Bucket',
    '      TopicName: !Ref [Bucket]',
    '      KmsMasterKeyId: !GetAtt [Bucket, Arn, Extra]',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.split(/; |: /)[0]])).toEqual([
    [7, "Ref names 'NoSuchP', which this template does not declare"],
    [9, "Ref names resource 'Bucket' in Conditions, which CloudFormation evaluates before any resource exists"],
    [
      12,
      "resource 'Bucket' depends on itself (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), a circular dependency CloudFormation refuses",
    ],
    [17, 'Fn::GetAtt takes a resource and one attribute'],
    [18, 'Ref takes the name of a parameter or resource, as text'],
    [19, 'Fn::GetAtt takes a resource and one attribute'],
  ]);
  expect(findings(body)[0]!.message).toContain('declare it under Parameters (Conditions and Rules are evaluated');
});

test('a parameter without a Type, with a Type CloudFormation does not know, or an unknown property is refused', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Bad: { Type: Strng, Default: x }',
    '  NoType: { Default: x }',
    '  Weird: { Type: String, Default: x, Colour: blue }',
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic }',
    'Outputs2: { x: 1 }',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.split(',')[0]])).toEqual([
    [3, "parameter 'Bad' has Type 'Strng'"],
    [4, "parameter 'NoType' needs a Type"],
    [5, "parameter 'Weird' has 'Colour'"],
    [8, "'Outputs2' is not a template section; CloudFormation takes AWSTemplateFormatVersion"],
  ]);
});

test('a format version other than 2010-09-09 and an output without a Value are refused', () => {
  const body = [
    'AWSTemplateFormatVersion: "2011-01-01"',
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic }',
    'Outputs:',
    '  X: { Description: no value }',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.split(':')[0]])).toEqual([
    [1, "AWSTemplateFormatVersion '2011-01-01' is not one CloudFormation knows"],
    [5, "output 'X' needs a Value, such as Value"],
  ]);
});

test('references to what the template declares, pseudo parameters, Sub variables and escapes all pass', () => {
  const good = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Env: { Type: String, AllowedValues: [dev, prod], Default: dev, NoEcho: false }',
    '  Subnets: { Type: "List<AWS::EC2::Subnet::Id>", Default: "" }',
    '  Ami: { Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/ami }',
    'Mappings:',
    '  Sizes: { dev: { Days: 7 }, prod: { Days: 365 } }',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    '  NotProd: !Not [{ Condition: IsProd }]',
    'Resources:',
    '  Logs:',
    '    Type: AWS::Logs::LogGroup',
    '    Condition: IsProd',
    '    Properties:',
    '      RetentionInDays: !FindInMap [Sizes, !Ref Env, Days]',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    DependsOn: [Logs]',
    '    Properties:',
    '      TopicName: !Sub ["vend-${AWS::Region}-${Env}-${!Literal}-${Suffix}", { Suffix: x }]',
    '      DisplayName: !If [NotProd, !GetAtt Logs.Arn, !Sub "${Logs.Arn}"]',
    'Outputs:',
    '  TopicArn: { Value: !Ref Topic, Condition: IsProd, Export: { Name: !Sub "${AWS::StackName}-topic" } }',
    '',
  ].join('\n');
  expect(validate({ [FILE]: good }).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  // The same template with one name misspelt is refused: the body above is read, not skipped.
  expect(findings(good.replace('!GetAtt Logs.Arn', '!GetAtt Log.Arn'))).toEqual([
    expect.objectContaining({ line: 22, message: expect.stringContaining("Fn::GetAtt names resource 'Log'") }),
  ]);
  expect(findings(good.replace('-${Suffix}"', '-${Sufix}"'))).toEqual([
    expect.objectContaining({ line: 21, message: expect.stringContaining("Fn::Sub names 'Sufix'") }),
  ]);
  expect(findings(good.replace('!FindInMap [Sizes', '!FindInMap [Size'))).toEqual([
    expect.objectContaining({ line: 16, message: expect.stringContaining("Fn::FindInMap names mapping 'Size'") }),
  ]);
  expect(findings(good.replace('[{ Condition: IsProd }]', '[{ Condition: IsPrd }]'))).toEqual([
    expect.objectContaining({ line: 10, message: expect.stringContaining("Condition names condition 'IsPrd'") }),
  ]);
});

test('under a Transform, references are left to CloudFormation: its macros may declare what they name', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  Fn: { Type: AWS::SNS::Topic, Properties: { TopicName: !Ref FnRole } }',
    '',
  ].join('\n');
  // Not in silence: one warning at the Transform says which checks were left to CloudFormation.
  expect(findings(body)).toEqual([
    expect.objectContaining({
      line: 2,
      column: 1,
      message: expect.stringMatching(
        /^a Transform expands this template when CloudFormation deploys it, so validate does not check its sections, outputs, references and functions/,
      ),
    }),
  ]);
  expect(validate({ [FILE]: body }).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  expect(findings(body.replace('Transform: AWS::Serverless-2016-10-31\n', ''))).toEqual([
    expect.objectContaining({ message: expect.stringContaining("Ref names 'FnRole'") }),
  ]);
});

test('one Fn::Transform anywhere is named where it is, in the warning that references are not checked', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic, Properties: { TopicName: !Ref Nowhere } }',
    '  Other:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      DisplayName: { "Fn::Transform": { Name: X } }',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    expect.objectContaining({
      line: 7,
      column: 22,
      message: expect.stringMatching(/^an Fn::Transform expands this template/),
    }),
  ]);
});

test('a Serverless template may have Globals: the macro takes its own sections', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Transform: AWS::Serverless-2016-10-31',
    'Globals: { Function: { Timeout: 10 } }',
    'Resources:',
    '  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: python3.12, Handler: a.b, InlineCode: x } }',
    '',
  ].join('\n');
  expect(validate({ [FILE]: body }).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
});

test('a name over 255 characters under Resources, Parameters, Mappings or Outputs is refused as CloudFormation does', () => {
  const long = `A${'b'.repeat(255)}`;
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Mappings: { ${long}: { k: { v: x } } }`,
    'Resources:',
    `  ${long}: { Type: AWS::SNS::Topic }`,
    '',
  ].join('\n');
  expect(
    validate({ [FILE]: body })
      .filter((diagnostic) => diagnostic.rule === 'template-limits')
      .map(({ line, message }) => [line, message.slice(message.indexOf('…'))]),
  ).toEqual([
    [2, "…' under Mappings is 256 characters; CloudFormation allows 255. Shorten it, and every reference to it."],
    [4, "…' under Resources is 256 characters; CloudFormation allows 255. Shorten it, and every reference to it."],
  ]);
  // A mapping's attribute names, at either level, have the same limit ("Mapping name and mapping attribute name").
  expect(
    validate({ [FILE]: body.replace(`${long}: { k: { v: x } }`, `Sizes: { k: { ${long}: x }, ${long}: { v: x } }`) })
      .filter((diagnostic) => diagnostic.rule === 'template-limits')
      .map(({ message }) => message.slice(message.indexOf('…'))),
  ).toEqual([
    "…' under mapping Sizes is 256 characters; CloudFormation allows 255. Shorten it, and every reference to it.",
    "…' under mapping Sizes is 256 characters; CloudFormation allows 255. Shorten it, and every reference to it.",
    "…' under Resources is 256 characters; CloudFormation allows 255. Shorten it, and every reference to it.",
  ]);
});

test('AWS samples CloudFormation takes pass: Fn::ForEach outputs, List<String>, a one-letter Default N', () => {
  const forEach = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Transform: AWS::LanguageExtensions',
    'Parameters:',
    "  Names: { Type: CommaDelimitedList, Default: 'a,b' }",
    "  Subnets: { Type: 'List<String>', Default: 'a,b' }",
    "  Enabled: { Type: String, Default: N, AllowedPattern: '[YN]', MaxLength: 1 }",
    'Resources:',
    "  Fn::ForEach::Topics: [TopicName, !Ref Names, { 'Topic${TopicName}': { Type: AWS::SNS::Topic } }]",
    'Outputs:',
    '  Fn::ForEach::TopicOutputs:',
    '    - TopicName',
    '    - !Ref Names',
    "    - 'Topic${TopicName}Arn': { Value: !Ref { Fn::Sub: 'Topic${TopicName}' } }",
    '',
  ].join('\n');
  expect(validate({ [FILE]: forEach }).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
});

test('resources that refer to each other in a circle, through any reference, are refused once, at the first of them', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Conditions:',
    '  C1: !Equals [!GetAtt TopicA.TopicName, x]',
    'Resources:',
    '  TopicA:',
    '    Type: AWS::SNS::Topic',
    '    DependsOn: TopicB',
    '  TopicB:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      DisplayName: !GetAtt TopicA.TopicName',
    '  TopicD:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    "      DisplayName: !Sub '${TopicD.TopicName}-x'",
    '  Fine:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      DisplayName: !Sub ["${Name}", { Name: !GetAtt TopicA.TopicName }]',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.split(' (through')[0]])).toEqual([
    [
      3,
      "Fn::GetAtt names resource 'TopicA' in Conditions, which CloudFormation evaluates before any resource exists: only parameters may be named there. Refer to a parameter instead.",
    ],
    [6, "resources 'TopicA', 'TopicB' depend on each other in a circle"],
    [13, "resource 'TopicD' depends on itself"],
  ]);
});

// A condition that depends on itself, directly or through others, has no value to evaluate to.
test('conditions that name each other in a circle are refused once, at the first of them', () => {
  const body = [
    'Conditions:',
    '  Alone: !Equals [a, b]',
    '  C1: !Not [!Condition C2]',
    '  C2: !And [!Condition Alone, !Condition C1]',
    '  Self: !Or [!Condition Self, !Condition Alone]',
    'Resources:',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Condition: C1',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.slice(0, 60)])).toEqual([
    [3, "conditions 'C1', 'C2' name each other in a circle through Co"],
    [5, "condition 'Self' names itself through Condition, so it has n"],
  ]);
});

// cfn-lint's mappings/configuration.json: keys map to attributes, at least one at each level, attributes hold values.
test('a mapping whose key holds text, or an attribute a mapping, or either level empty, is refused at its line', () => {
  const body = [
    'Mappings:',
    '  Text: { k: x }',
    '  Deep: { k: { a: { deep: x } } }',
    '  Empty: {}',
    '  NoAttributes: { k: {} }',
    '  Fine: { k: { a: x, b: 1, c: [x, y], d: true } }',
    'Resources:',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Properties: { TopicName: !FindInMap [Fine, k, a] }',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => [line, message.slice(0, 48)])).toEqual([
    [2, "key 'k' of mapping 'Text' must map to at least o"],
    [3, "attribute 'a' under key 'k' of mapping 'Deep' mu"],
    [4, "mapping 'Empty' must be a mapping of at least on"],
    [5, "key 'k' of mapping 'NoAttributes' must map to at"],
  ]);
});

test('parameter and output names that are not alphanumeric, and a parameter named like a resource, are refused at their key', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Extra_Param: { Type: String, Default: x }',
    '  Bucket: { Type: String, Default: x }',
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties: { Tags: [{ Key: a, Value: !Ref Extra_Param }] }',
    'Outputs:',
    '  Bucket_Arn: { Value: !GetAtt Bucket.Arn }',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    expect.objectContaining({
      line: 3,
      column: 3,
      message: expect.stringMatching(/^parameter name 'Extra_Param' may contain only letters and digits/),
    }),
    expect.objectContaining({
      line: 4,
      column: 3,
      message: expect.stringMatching(/^parameter 'Bucket' has the name of a resource/),
    }),
    expect.objectContaining({
      line: 10,
      column: 3,
      message: expect.stringMatching(/^output name 'Bucket_Arn' may contain only letters and digits/),
    }),
  ]);
});

test('an output Description over 1,024 bytes is refused (outputs-section-structure.html)', () => {
  const body = (length: number) =>
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Topic: { Type: AWS::SNS::Topic }',
      'Outputs:',
      `  TopicArn: { Value: !Ref Topic, Description: "${'é'.repeat(length / 2)}" }`,
      '',
    ].join('\n');
  const limits = (text: string) =>
    validate({ [FILE]: text }).filter((diagnostic) => diagnostic.rule === 'template-limits');
  expect(limits(body(1024))).toEqual([]);
  expect(limits(body(1026))).toEqual([
    expect.objectContaining({
      line: 5,
      message:
        "the Description of output 'TopicArn' is 1,026 bytes; at most 1,024 fit (a CloudFormation template output Description); shorten it.",
    }),
  ]);
});

test('condition, mapping, mapping key and attribute names CloudFormation refuses are refused at their key', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Conditions:',
    '  Is-Prod: !Equals [!Ref "AWS::Region", us-east-1]',
    '  Is_Dev&Test: !Equals [!Ref "AWS::Region", eu-west-1]',
    'Mappings:',
    '  Bad-Map: { us-east-1: { Name: a } }',
    '  GoodMap:',
    "    'key with space': { Name: a }",
    "    us-east-1: { 'attr!': a }",
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic }',
    '',
  ].join('\n');
  expect(findings(body).map(({ line, message }) => `${line} ${message.split(' may ')[0]}`)).toEqual([
    "3 condition name 'Is-Prod'",
    "6 mapping name 'Bad-Map'",
    "8 key 'key with space' of mapping 'GoodMap'",
    "9 attribute 'attr!' under key 'us-east-1' of mapping 'GoodMap'",
  ]);
});

test('a mapping key over 200 attributes and a template over 60 dynamic references are refused (CloudFormation quotas)', () => {
  const attributes = (count: number) => Array.from({ length: count }, (_, index) => `A${index}: x`).join(', ');
  const references = (count: number) =>
    Array.from({ length: count }, (_, index) => `{ Key: k${index}, Value: '{{resolve:ssm:/p/${index}}}' }`).join(', ');
  const body = (mapped: number, resolved: number) =>
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      `Mappings: { Big: { us-east-1: { ${attributes(mapped)} } } }`,
      `Resources: { Topic: { Type: AWS::SNS::Topic, Properties: { Tags: [${references(resolved)}] } } }`,
      '',
    ].join('\n');
  const limits = (text: string) =>
    validate({ [FILE]: text })
      .filter((diagnostic) => diagnostic.rule === 'template-limits')
      .map((diagnostic) => diagnostic.message.split(';')[0]);
  expect(limits(body(200, 60))).toEqual([]);
  expect(limits(body(201, 61))).toEqual([
    'the template holds 61 dynamic references ({{resolve:…}})',
    "key 'us-east-1' of mapping 'Big' has 201 attributes",
  ]);
});

test('a function CloudFormation does not have is refused, with the one meant', () => {
  const body = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Key: { Type: AWS::KMS::Key, Properties: { KeyPolicy: {} } }',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      Tags: [{ Key: k, Value: { "Fn::GetAttr": [Key, Arn] } }]',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    expect.objectContaining({
      line: 7,
      message:
        'Fn::GetAttr is not a function CloudFormation has (did you mean Fn::GetAtt?); CloudFormation would refuse the template. Fix the name.',
    }),
  ]);
});

// CloudFormation User Guide, "Parameters" and template-description-structure.html; cfn-lint 1.51's parameter schema
// (data/schemas/other/parameters/configuration.json). A number where a string goes is read as its text, as
// CloudFormation and cfn-lint read it.
test('parameter properties and descriptions of a shape CloudFormation refuses are refused at their value', () => {
  const body = [
    "Description: !Sub 'Baseline in ${AWS::Region}'",
    'Parameters:',
    '  A: { Type: String, Default: [a, b] }',
    "  B: { Type: String, Default: !Sub 'x' }",
    '  C: { Type: String, Description: [x], ConstraintDescription: { a: 1 } }',
    '  D: { Type: String, NoEcho: maybe, MaxLength: abc }',
    '  E: { Type: String, MaxLength: 5000, AllowedPattern: [x] }',
    '  F: { Type: String, AllowedValues: hello }',
    '  G: { Type: Number, MinValue: ten }',
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic }',
    'Outputs:',
    '  Arn: { Value: !Ref Topic, Description: { a: 1 } }',
    '',
  ].join('\n');
  const found = findings(body).map(
    ({ line, column, message }) => `${line}:${column} ${message.slice(0, message.indexOf(','))}`,
  );
  expect(found).toEqual([
    '1:19 the template Description is the function Fn::Sub',
    "3:31 parameter 'A' has Default a list",
    "4:36 parameter 'B' has Default the function Fn::Sub",
    "5:35 parameter 'C' has Description a list",
    "5:63 parameter 'C' has ConstraintDescription a mapping",
    '6:30 parameter \'D\' has NoEcho "maybe"',
    '6:48 parameter \'D\' has MaxLength "abc"',
    "7:33 parameter 'E' has MaxLength 5000",
    "7:55 parameter 'E' has AllowedPattern a list",
    '8:37 parameter \'F\' has AllowedValues "hello"',
    '9:32 parameter \'G\' has MinValue "ten"',
    "13:42 the Description of output 'Arn' is a mapping",
  ]);
});

test('numbers and booleans where strings go, and numeric strings where numbers go, pass as CloudFormation reads them', () => {
  const body = [
    'Description: 42',
    'Parameters:',
    '  A: { Type: String, Default: 5, Description: 7, NoEcho: "true", MaxLength: "5", AllowedValues: [5, x, true] }',
    '  B: { Type: Number, Default: 5, MinValue: "1", MaxValue: 10 }',
    'Resources:',
    '  Topic: { Type: AWS::SNS::Topic }',
    '',
  ].join('\n');
  expect(findings(body)).toEqual([]);
});
