import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { appProd, lineOf, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

// Constraints: the IAM API model (botocore/data/iam/2010-05-08/service-2.json): roleNameType, pathType,
// policyPathType, policyNameType, roleDescriptionType, roleMaxSessionDurationType.
const REGIONAL = 'baselines/stacksets/regional.yaml';
const role = (properties: string) =>
  [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  DeployRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
    ...properties.split('\n').map((line) => `      ${line}`),
  ].join('\n');
/** The template-resource findings for the regional template, as line:column and message. */
const findings = (text: string) =>
  validate({ [REGIONAL]: text })
    .filter((diagnostic) => diagnostic.rule === 'template-resource')
    .map(({ line, column, message, severity }) => ({ at: `${line}:${column}`, message, severity }));
const at = (text: string, needle: string) => {
  const line = lineOf(text, needle);
  return `${line}:${text.split('\n')[line - 1]!.indexOf(needle) + 1}`;
};

describe('an IAM name a template takes from a parameter is checked in every value the repository gives it', () => {
  // CloudFormation passes a parameter's value on unchecked (no AllowedPattern here): IAM refuses it per instance.
  const template = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  TopicName: { Type: String, Default: "bad default" }',
    'Resources:',
    '  Pol:',
    '    Type: AWS::IAM::ManagedPolicy',
    '    Properties:',
    '      ManagedPolicyName: !Ref TopicName',
    '      PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }] }',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      RoleName: !Ref TopicName',
    '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
  ].join('\n');

  test('organization.yaml, a manifest, or the Default where nothing sets it, each at its value, once for all properties', () => {
    const organization = withOrganization(
      '    template: stacksets/regional.yaml',
      '    template: stacksets/regional.yaml\n    parameters: { TopicName: "bad name!" }',
    );
    const manifest = appProd('baselines: [regional]\nparameters:\n  regional: { TopicName: ok-name }');
    const found = validate({ [REGIONAL]: template, ...organization, 'accounts/app-prod.yaml': manifest })
      .filter((diagnostic) => diagnostic.rule === 'template-resource')
      .map(({ file, line, message }) => ({ file, line, message }));
    const organizationText = organization['baselines/organization.yaml'];
    // The Default deploys nowhere while organization.yaml sets the parameter: only that value is refused.
    expect(found).toEqual([
      {
        file: 'baselines/organization.yaml',
        line: lineOf(organizationText, 'TopicName: "bad name!"'),
        message: expect.stringMatching(
          /^"bad name!" holds U\+0020, '!' \(U\+0021\); IAM takes only letters, digits and _ \+ = , \. @ - \(CreatePolicy .*\): parameter TopicName of baselines\/stacksets\/regional\.yaml sets Pol\.ManagedPolicyName\. IAM would refuse it when a stack instance deploys; fix the value\.$/,
        ),
      },
    ]);
    const badOverride = validate({
      [REGIONAL]: template.replace('"bad default"', 'good-default'),
      'accounts/app-prod.yaml': appProd('baselines: [regional]\nparameters:\n  regional: { TopicName: "x/y" }'),
    }).filter((diagnostic) => diagnostic.rule === 'template-resource');
    // An account that does not get the baseline never sends its overrides: parameter-reference warns, no error.
    const unsent = validate({
      [REGIONAL]: template.replace('"bad default"', 'good-default'),
      'accounts/app-prod.yaml': appProd('parameters:\n  regional: { TopicName: "x/y" }'),
    });
    expect(unsent.filter((diagnostic) => diagnostic.rule === 'template-resource')).toEqual([]);
    expect(unsent.map((diagnostic) => diagnostic.rule)).toContain('parameter-reference');
    expect(badOverride).toEqual([
      expect.objectContaining({
        file: 'accounts/app-prod.yaml',
        line: 8,
        column: 26,
        message: expect.stringContaining('"x/y"'),
      }),
    ]);
    // A name too long for a role but not for a policy is refused where the role takes it.
    const long = 'r'.repeat(100);
    const longName = validate({
      [REGIONAL]: template.replace('"bad default"', long),
    }).filter((diagnostic) => diagnostic.rule === 'template-resource');
    expect(longName.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('sets Role.RoleName')]);
  });
});

test("a role's tags, a policy's Roles, and policy ARNs a parameter gives are checked in the values the repository gives", () => {
  const template = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  TeamTag: { Type: String, Default: platform }',
    '  TagKey: { Type: String, Default: team }',
    '  ExtraRole: { Type: String, Default: ok-role }',
    '  PolicyArn: { Type: String, Default: "arn:aws:iam::aws:policy/ReadOnlyAccess" }',
    'Resources:',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
    '      ManagedPolicyArns: [!Ref PolicyArn]',
    '      Tags:',
    '        - { Key: Team, Value: !Ref TeamTag }',
    "        - { Key: Sub, Value: !Sub '${TeamTag}-x' }",
    '        - { Key: !Ref TagKey, Value: v }',
    '  Extra:',
    '    Type: AWS::IAM::ManagedPolicy',
    '    Properties:',
    '      PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }] }',
    '      Roles: [!Ref ExtraRole]',
  ].join('\n');
  const values =
    '{ TeamTag: "#team-alerts?&", TagKey: "aws:team", ExtraRole: "bad role name!", PolicyArn: "arn:aws-cn:iam::aws:policy/ReadOnlyAccess" }';
  const organization = withOrganization(
    '    template: stacksets/regional.yaml',
    `    template: stacksets/regional.yaml\n    parameters: ${values}`,
  );
  const found = validate({ [REGIONAL]: template, ...organization })
    .filter((diagnostic) => diagnostic.rule === 'template-resource')
    .map(({ file, message }) => [file, message.split(' (')[0]!.split('; ')[0]!.split(': ')[0]!]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['baselines/organization.yaml', `"#team-alerts?&" holds '#'`],
      ['baselines/stacksets/regional.yaml', `"#team-alerts?&-x" holds '#'`],
      ['baselines/organization.yaml', '"aws:team" starts with aws:, which AWS reserves for its own tags'],
      ['baselines/organization.yaml', `"bad role name!" holds U+0020, '!'`],
      [
        'baselines/organization.yaml',
        `"arn:aws-cn:iam::aws:policy/ReadOnlyAccess" names the partition 'aws-cn', but the organization is in 'aws'`,
      ],
    ]),
  );
  expect(found).toHaveLength(5);
});

describe('IAM names, paths and durations in a template are what IAM takes', () => {
  test.each([
    [
      'RoleName',
      `RoleName: ${'r'.repeat(65)}`,
      'is 65 characters; at most 64 fit (CreateRole and AttachRolePolicy RoleName',
    ],
    ['RoleName', 'RoleName: vend pipeline deploy', 'holds U+0020; IAM takes only letters, digits and _ + = , . @ -'],
    ['Path', 'Path: platform', 'is not an IAM path: it starts and ends with /'],
    ['MaxSessionDuration', 'MaxSessionDuration: 360000', '360000 is outside 3600 to 43200 seconds'],
    ['MaxSessionDuration', 'MaxSessionDuration: 1800', '1800 is outside 3600 to 43200 seconds'],
    ['MaxSessionDuration', 'MaxSessionDuration: 7200.5', '7200.5 is not a whole number of seconds'],
    ['Description', 'Description: "Deploys — everything"', "holds '—' (U+2014)"],
  ])('%s: %s is an error at the value', (_property, line, message) => {
    const text = role(line);
    const value = line.slice(line.indexOf(': ') + 2);
    expect(findings(text)).toEqual([
      { at: at(text, value), message: expect.stringContaining(message), severity: 'error' },
    ]);
    expect(findings(text)[0]!.message).toContain('IAM would refuse it when a stack instance deploys, in every account');
  });

  test('an inline policy name and a managed policy path are checked at their values', () => {
    const text = [
      role(
        'Policies:\n  - PolicyName: deploy workloads\n    PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }] }',
      ),
      '  Boundary:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      Path: /platform',
      '      PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }] }',
    ].join('\n');
    expect(findings(text).map((finding) => finding.at)).toEqual([at(text, 'deploy workloads'), at(text, '/platform')]);
  });

  test('values IAM takes, and values given by a function, pass', () => {
    const text = role(
      [
        `RoleName: ${'r'.repeat(64)}`,
        'Path: /platform/deploy/',
        'MaxSessionDuration: 43200',
        'Description: "Deploys workloads, café"',
      ].join('\n'),
    );
    expect(findings(text)).toEqual([]);
    expect(findings(role('RoleName: !Sub "${AWS::StackName}-deploy"\nMaxSessionDuration: !Ref AWS::NoValue'))).toEqual(
      [],
    );
  });

  test('a name built by Fn::If, Fn::Sub, Fn::Join, Fn::FindInMap or Fn::Select is checked in each text it can give', () => {
    // What the stack's pseudo parameters and attributes hold is AWS's; the rest is the template's and the repository's.
    const built = (expression: string) =>
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Parameters:',
        `  Long: { Type: String, Default: ${'a'.repeat(60)} }`,
        "  Names: { Type: CommaDelimitedList, Default: 'ok,has space' }",
        'Conditions: { InHome: !Equals [!Ref "AWS::Region", us-east-1] }',
        'Mappings: { Names: { Role: { Name: ops role } } }',
        'Resources:',
        '  DeployRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
        `      RoleName: ${expression}`,
      ].join('\n');
    const refused = (expression: string) =>
      findings(built(expression)).map((finding) => finding.message.split(': RoleName can be')[0]);
    expect(refused("!If [InHome, fallback, 'with space']")).toEqual([
      expect.stringContaining('"with space" holds U+0020'),
    ]);
    expect(refused("!Sub '${Long}-deployer'")).toEqual([expect.stringContaining('is 69 characters; at most 64 fit')]);
    expect(findings(built("!Sub '${Long}-deployer'"))[0]!.message).toContain('(Long from its Default in');
    expect(refused('!FindInMap [Names, Role, Name]')).toEqual([expect.stringContaining('"ops role" holds U+0020')]);
    expect(refused('!Select [1, !Ref Names]')).toEqual([expect.stringContaining('"has space" holds U+0020')]);
    expect(refused("!Join ['-', [!Ref 'AWS::Region', 'bad name']]")).toEqual([
      expect.stringContaining('"xx-xxxx-1-bad name" holds U+0020'),
    ]);
    // An account id is twelve digits wherever it deploys: too long a name with one is refused.
    expect(refused("!Sub '${AWS::AccountId}-${AWS::Region}-pipeline-deployment-role-for-the-application-x'")).toEqual([
      expect.stringContaining('at most 64 fit'),
    ]);
    // A guarded parameter's value may never deploy (vend does not evaluate conditions); a literal branch may.
    expect(refused("!If [InHome, !Ref Long, !Ref 'AWS::NoValue']")).toEqual([]);
    // A CommaDelimitedList's members are trimmed.
    expect(findings(built('!Select [1, !Ref Names]').replace("'ok,has space'", "'deployer, reader'"))).toEqual([]);
    // An SSM parameter type's Default names a parameter in Systems Manager, not the name the stack gets.
    const ssm = built('!Sub "${FromSsm}-role"').replace(
      'Parameters:\n',
      'Parameters:\n  FromSsm: { Type: "AWS::SSM::Parameter::Value<String>", Default: /platform/role-name }\n',
    );
    expect(findings(ssm)).toEqual([]);
    // Combinations multiply: nested Fn::If under Fn::FindInMap and Fn::Join give up past a bound, rather than
    // enumerate millions of texts on every pull request.
    const branch = (depth: number): string =>
      depth === 0
        ? `{ "Fn::Join": ["", [${Array.from({ length: 6 }, () => '{ "Fn::If": ["InHome", "a", "b"] }').join(', ')}]] }`
        : `{ "Fn::If": ["InHome", ${branch(depth - 1)}, ${branch(depth - 1)}] }`;
    const key = branch(5);
    expect(findings(built(`{ "Fn::FindInMap": [${key}, ${key}, ${key}] }`))).toEqual([]);
    // What AWS alone decides passes: a Sub of the stack name, an attribute.
    expect(refused("!Join ['-', [!Ref 'AWS::StackName', !GetAtt Other.Arn]]")).toEqual([]);
  });
});

/** The template-policy findings for the regional template, as line:column and message. */
const policyFindings = (text: string) =>
  validate({ [REGIONAL]: text })
    .filter((diagnostic) => diagnostic.rule === 'template-policy')
    .map(({ line, column, message }) => ({ at: `${line}:${column}`, message }));

// IAM policy grammar: IAM User Guide, "IAM JSON policy elements reference"; identity policies name no Principal
// ("Policy document should not specify a principal"), trust policies no Resource ("Has prohibited field Resource").
describe('trust and identity policies in a template follow the grammar IAM applies', () => {
  const withPolicies = (trust: string, identity: string) =>
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  DeployRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [${trust}] }`,
      '      Policies:',
      '        - PolicyName: deploy',
      `          PolicyDocument: { Version: "2012-10-17", Statement: [${identity}] }`,
    ].join('\n');
  const TRUST = '{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }';
  const IDENTITY = '{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }';

  test('a well-formed pair, and values functions give, pass', () => {
    expect(policyFindings(withPolicies(TRUST, IDENTITY))).toEqual([]);
    expect(
      policyFindings(
        withPolicies(
          '{ Effect: Allow, Principal: { AWS: !Ref Trusted }, Action: "sts:AssumeRole", Condition: { StringEquals: { "sts:ExternalId": !Ref ExternalId } } }',
          '{ Effect: Allow, Action: "s3:GetObject", Resource: !Sub "arn:${AWS::Partition}:s3:::b/*" }, !If [Extra, { Effect: Allow, Action: "s3:*", Resource: "*" }, !Ref AWS::NoValue]',
        ),
      ),
    ).toEqual([]);
  });

  test('every form of AWS principal IAM takes passes: account id, root, role with a path, unique id, CloudFront OAI', () => {
    const principals = [
      '"111122223333"',
      '"arn:aws:iam::111122223333:root"',
      '"arn:aws:iam::111122223333:role/ci/deploy+app@x"',
      '"arn:aws:sts::111122223333:assumed-role/deploy/session"',
      '"AROA1234567890EXAMPLE"',
      '"arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2EXAMPLE"',
    ].join(', ');
    const trust = TRUST.replace('Service: ec2.amazonaws.com', `AWS: [${principals}]`);
    expect(policyFindings(withPolicies(trust, IDENTITY))).toEqual([]);
  });

  test.each([
    ['an Effect misspelt', TRUST, IDENTITY.replace('Allow', 'Allowe'), 'Effect must be "Allow" or "Deny"'],
    ['an action with a space', TRUST, IDENTITY.replace('"s3:GetObject"', '"s3 GetObject"'), 'is not an action'],
    [
      'a wildcard in the service prefix',
      TRUST,
      IDENTITY.replace('"s3:GetObject"', '"*:Untag*"'),
      'has a wildcard in its service prefix',
    ],
    [
      'a Sid with a hyphen',
      TRUST,
      IDENTITY.replace('{ Effect', '{ Sid: Read-Objects, Effect'),
      'may contain only ASCII letters and digits',
    ],
    ['another partition', TRUST, IDENTITY.replace('"*"', '"arn:aws-cn:s3:::b/*"'), "names the partition 'aws-cn'"],
    [
      'a Principal in an identity policy',
      TRUST,
      IDENTITY.replace('Effect: Allow', 'Effect: Allow, Principal: "*"'),
      'an identity policy has no Principal',
    ],
    [
      'a Resource in a trust policy',
      TRUST.replace('Effect: Allow', 'Effect: Allow, Resource: "*"'),
      IDENTITY,
      'a trust policy has no Resource',
    ],
    ['an unknown kind of principal', TRUST.replace('Service:', 'Foo:'), IDENTITY, "'Foo' is not a kind of principal"],
    // IAM User Guide, "AWS JSON policy elements: Principal": an account id, an ARN or "*"; CreateRole answers
    // MalformedPolicyDocument "Invalid principal in policy" otherwise.
    [
      'an AWS principal that is no account id or ARN',
      TRUST.replace('Service: ec2.amazonaws.com', 'AWS: "not an arn at all"'),
      IDENTITY,
      '"not an arn at all" is not an AWS principal',
    ],
    [
      'a wildcard inside a principal ARN',
      TRUST.replace('Service: ec2.amazonaws.com', 'AWS: ["111122223333", "arn:aws:iam::111122223333:role/ci-*"]'),
      IDENTITY,
      'has a wildcard in a principal ARN',
    ],
    [
      'a role ARN whose name IAM cannot hold',
      TRUST.replace(
        'Service: ec2.amazonaws.com',
        'AWS: "arn:aws:iam::222233334444:role/ci/<img src=x>@octocat[l](https://evil.example)"',
      ),
      IDENTITY,
      'is not a role ARN IAM can match',
    ],
    [
      'a trust statement without a principal',
      TRUST.replace('Principal: { Service: ec2.amazonaws.com }, ', ''),
      IDENTITY,
      'names whom it trusts',
    ],
    [
      'NotPrincipal in a trust policy',
      TRUST.replace('Effect: Allow, Principal:', 'Effect: Deny, NotPrincipal:'),
      IDENTITY,
      'a trust policy takes no NotPrincipal',
    ],
  ])('%s is refused at its line', (_what, trust, identity, message) => {
    expect(policyFindings(withPolicies(trust, identity))).toEqual([
      { at: expect.stringMatching(/^(6|9):\d+$/), message: expect.stringContaining(message) },
    ]);
  });
});

// Resource policies follow the same grammar with a Principal (IAM User Guide, "Principal": "Use the Principal element
// in a resource-based JSON policy"): S3 PutBucketPolicy refuses one otherwise ("MalformedPolicy"), KMS PutKeyPolicy
// too ("MalformedPolicyDocumentException").
describe('resource policies in a template follow the grammar their service applies', () => {
  const withResourcePolicies = (key: string, bucket: string) =>
    [
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      `      KeyPolicy: { Version: "2012-10-17", Statement: [${key}] }`,
      '  BucketPolicy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: logs',
      `      PolicyDocument: { Version: "2012-10-17", Statement: [${bucket}] }`,
    ].join('\n');
  const KEY =
    '{ Effect: Allow, Principal: { AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root" }, Action: "kms:*", Resource: "*" }';
  const BUCKET =
    '{ Effect: Deny, Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::logs/*", Condition: { Bool: { "aws:SecureTransport": "false" } } }';

  test('a service’s own Sid and an ECR policy without Resource pass, as KMS’s and ECR’s own examples have them', () => {
    // KMS Developer Guide, "Default key policy": Sid "Enable IAM User Permissions"; ECR SetRepositoryPolicy example.
    expect(
      policyFindings(
        withResourcePolicies(KEY.replace('{ Effect', '{ Sid: Enable IAM User Permissions, Effect'), BUCKET),
      ),
    ).toEqual([]);
    const ecr = [
      'Resources:',
      '  Repository:',
      '    Type: AWS::ECR::Repository',
      '    Properties:',
      '      RepositoryPolicyText: { Version: "2012-10-17", Statement: [{ Sid: allow public pull, Effect: Allow, Principal: "*", Action: ["ecr:BatchGetImage"] }] }',
    ].join('\n');
    expect(policyFindings(ecr)).toEqual([]);
  });

  test('an aws: key under a custom resource’s Tags goes to its handler, not a service: not refused', () => {
    const text = [
      'Resources:',
      '  Tagger:',
      '    Type: Custom::AccountTagger',
      '    Properties:',
      '      ServiceToken: arn:aws:lambda:us-east-1:111111111111:function:tagger',
      '      Tags: [{ Key: "aws:cloudformation:stack-name", Value: x }]',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  test('well-formed key and bucket policies pass, NotPrincipal too', () => {
    expect(policyFindings(withResourcePolicies(KEY, BUCKET))).toEqual([]);
    expect(
      policyFindings(
        withResourcePolicies(
          KEY,
          BUCKET.replace('Principal: "*"', 'NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }'),
        ),
      ),
    ).toEqual([]);
  });

  test.each([
    [
      'an Effect misspelt in a key policy',
      KEY.replace('Allow', 'Allowed'),
      BUCKET,
      5,
      'Effect must be "Allow" or "Deny"',
    ],
    [
      'a bucket policy statement without a principal',
      KEY,
      BUCKET.replace('Principal: "*", ', ''),
      10,
      'a resource policy statement names whom it concerns',
    ],
    [
      'a bucket policy statement without a resource',
      KEY,
      BUCKET.replace(', Resource: "arn:aws:s3:::logs/*"', ''),
      10,
      'neither Resource nor NotResource',
    ],
  ])('%s is refused at its line', (_what, key, bucket, line, message) => {
    expect(policyFindings(withResourcePolicies(key, bucket))).toEqual([
      { at: expect.stringMatching(new RegExp(`^${line}:\\d+$`)), message: expect.stringContaining(message) },
    ]);
  });
});

describe('managed policy ARNs, permissions boundaries and tags are what IAM takes', () => {
  test.each([
    ['ManagedPolicyArns: [short]', 'is not a policy ARN (shape arnType'],
    ['ManagedPolicyArns: ["arn:aws-cn:iam::aws:policy/ReadOnlyAccess"]', "names the partition 'aws-cn'"],
    ['PermissionsBoundary: "arn:aws-cn:iam::111111111111:policy/platform/x"', "names the partition 'aws-cn'"],
    ['Tags: [{ Key: ManagedBy, Value: "vend#1 ?&" }]', "holds '#'"],
    ['Tags: [{ Key: "aws:owner", Value: x }]', 'starts with aws:'],
  ])('%s is an error', (line, message) => {
    expect(findings(role(line))).toEqual([
      expect.objectContaining({ message: expect.stringContaining(message), severity: 'error' }),
    ]);
  });

  test('an aws: tag key is refused on any resource, as a list or a map of tags', () => {
    const text = [
      'Resources:',
      '  Logs:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Tags: [{ Key: "AWS:owner", Value: x }, { Key: team, Value: y }]',
      '  Marker:',
      '    Type: AWS::SSM::Parameter',
      '    Properties:',
      '      Type: String',
      '      Value: x',
      '      Tags: { "aws:cost": x, team: y }',
    ].join('\n');
    expect(findings(text).map(({ at, message }) => `${at} ${message.slice(0, message.indexOf(';'))}`)).toEqual([
      `${at(text, '"AWS:owner"')} "AWS:owner" starts with aws:, which AWS reserves for its own tags`,
      `${at(text, '"aws:cost"')} "aws:cost" starts with aws:, which AWS reserves for its own tags`,
    ]);
  });

  test('a group policy is an identity policy too', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Readers:',
      '    Type: AWS::IAM::GroupPolicy',
      '    Properties:',
      '      GroupName: readers',
      '      PolicyName: read',
      '      PolicyDocument: { Statement: [{ Effect: Denyy, Action: "s3:GetObject", Resource: "*" }] }',
    ].join('\n');
    expect(policyFindings(text)).toEqual([
      { at: expect.stringMatching(/^8:/), message: expect.stringContaining('Effect must be "Allow" or "Deny"') },
    ]);
  });

  test('an ARN a function builds passes', () => {
    expect(findings(role('ManagedPolicyArns: [!Sub "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess"]'))).toEqual(
      [],
    );
  });
});

// IAM User Guide, "IAM object quotas and name requirements": IAM names are unique within an account.
describe('a literal IAM name is set once per account', () => {
  const ROLES = 'baselines/stacksets/roles.yaml';
  const reader = (logicalId: string, roleName: string) =>
    [
      `  ${logicalId}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${roleName}`,
      '      PermissionsBoundary: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/workload-boundary',
      '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: !Ref AWS::AccountId }, Action: sts:AssumeRole }] }',
    ].join('\n');
  const collisions = (edits: Record<string, string>) =>
    validate(edits)
      .filter((diagnostic) => diagnostic.rule === 'template-resource' && diagnostic.message.includes('already exists'))
      .map(({ file, line, message }) => ({ file, line, message }));

  test('twice in one template: the second is refused', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${reader('Reader', 'reader')}\n${reader('Auditor', 'reader')}\n`;
    expect(collisions({ [ROLES]: text })).toEqual([
      {
        file: ROLES,
        line: lineOf(text, 'RoleName: reader\n      PermissionsBoundary') + 6,
        message: expect.stringMatching(/^RoleName 'reader' is also the name of 'Reader' in this template/),
      },
    ]);
  });

  test('names differing only in case collide, as IAM compares them; resources under a Condition are left alone', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${reader('Reader', 'Reader2')}\n${reader('Auditor', 'reader2')}\n`;
    expect(collisions({ [ROLES]: text })).toHaveLength(1);
    // One variant or the other, never both: IsDev is the negation of IsProd.
    const variants = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  Stage: { Type: String }',
      'Conditions:',
      '  IsProd: !Equals [!Ref Stage, prod]',
      '  IsDev: !Not [!Condition IsProd]',
      'Resources:',
      `${reader('ProdOps', 'ops')}\n    Condition: IsProd`,
      `${reader('DevOps', 'ops')}\n    Condition: IsDev`,
    ].join('\n');
    expect(collisions({ [ROLES]: variants })).toEqual([]);
    // Under the same Condition, or one under none, both exist when it holds.
    const alike = variants.replace('Condition: IsDev', 'Condition: IsProd');
    expect(collisions({ [ROLES]: alike })).toHaveLength(1);
    const oneOnly = variants.replace('\n    Condition: IsDev', '');
    expect(collisions({ [ROLES]: oneOnly })).toHaveLength(1);
  });

  test('a role named as the StackSet execution role, which every account has, is refused', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${reader('Access', 'OrganizationAccountAccessRole')}\n`;
    expect(collisions({ [ROLES]: text })).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^RoleName 'OrganizationAccountAccessRole' is stackSets\.executionRoleName/),
      }),
    ]);
  });

  test('in two baselines an account receives: refused, naming the account; in baselines no account shares, not', () => {
    // regional goes to sandbox-one, roles to the Workloads accounts: no account has both.
    const regional = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${reader('Copy', 'reader')}\n`;
    expect(collisions({ [REGIONAL]: regional })).toEqual([]);
    const both = collisions({
      [REGIONAL]: regional,
      'accounts/app-prod.yaml':
        'name: app-prod\nemail: aws+app-prod@example.com\nou: Workloads/Prod\nowner: team-app\ntags: { CostCenter: "100" }\nbaselines: [regional]\nregions: [us-east-1]\n',
    });
    expect(both).toHaveLength(1);
    expect(both[0]!.message).toMatch(/account app-prod receives both baselines/);
  });
});

describe('what round-trips through YAML and IAM as written', () => {
  test('an unquoted Null: condition operator, which YAML reads as null, is the Null operator in a template', () => {
    const text = role(
      [
        'Policies:',
        '  - PolicyName: tagged',
        '    PolicyDocument:',
        '      Statement:',
        '        - Effect: Deny',
        '          Action: "s3:*"',
        '          Resource: "*"',
        '          Condition:',
        '            Null:',
        '              aws:PrincipalTag/team: true',
      ].join('\n'),
    );
    expect(policyFindings(text)).toEqual([]);
  });

  test("a managed policy's Roles, Groups and Users are IAM names too", () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Read:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      "      Roles: ['bad role!']",
      '      PolicyDocument: { Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] }',
    ].join('\n');
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: '6:14', message: expect.stringContaining("holds U+0020, '!' (U+0021)") }),
    ]);
  });
});
