import { describe, expect, test } from '@jest/globals';
import { summarizeTemplateChange } from '../../src/plan/template-summary.js';
import { templateSummaryLines } from '../../src/report/template-summary-lines.js';

/** A template with one bucket policy whose statement is `statement` (YAML flow mapping). */
function bucketPolicy(statement: string): string {
  return [
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '  BucketPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref Bucket',
    '      PolicyDocument:',
    '        Statement:',
    `          - ${statement}`,
  ].join('\n');
}

const DENY_INSECURE =
  '{ Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { aws:SecureTransport: false } } }';

// Policy grammar: IAM User Guide, "IAM JSON policy element reference" (Effect, Principal, NotPrincipal, Action,
// Condition); RAM's Principals: CloudFormation User Guide, AWS::RAM::ResourceShare.
describe('the template summary names whom a change lets in, by what the policies allow', () => {
  test('a Deny statement trusts no one: adding one names no principal', () => {
    const summary = summarizeTemplateChange(
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      bucketPolicy(DENY_INSECURE),
    );
    expect(summary.newPrincipals).toEqual([]);
    expect(summary.widenedPrincipals).toEqual([]);
  });

  test('a Deny turned into an Allow without its condition opens the bucket to everyone, and says so', () => {
    const summary = summarizeTemplateChange(
      bucketPolicy(DENY_INSECURE),
      bucketPolicy('{ Effect: Allow, Principal: "*", Action: "s3:*", Resource: "*" }'),
    );
    expect(summary.newPrincipals).toEqual(['*']);
  });

  test('an Allow that loses its condition or gains an action widens a principal already trusted', () => {
    const allow = (action: string, condition: string) =>
      bucketPolicy(
        `{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123412341234:root" }, Action: ${action}, Resource: "*"${condition} }`,
      );
    const condition = ', Condition: { StringEquals: { aws:PrincipalOrgID: o-abc } }';
    expect(
      summarizeTemplateChange(allow('s3:GetObject', condition), allow('s3:GetObject', '')).widenedPrincipals,
    ).toEqual(['AWS: arn:aws:iam::123412341234:root (through BucketPolicy)']);
    expect(
      summarizeTemplateChange(allow('s3:GetObject', condition), allow('[s3:GetObject, s3:PutObject]', condition))
        .widenedPrincipals,
    ).toEqual(['AWS: arn:aws:iam::123412341234:root (through BucketPolicy)']);
    expect(summarizeTemplateChange(allow('[s3:GetObject, s3:PutObject]', ''), allow('s3:GetObject', ''))).toMatchObject(
      {
        newPrincipals: [],
        widenedPrincipals: [],
      },
    );
  });

  // IAM User Guide, "Condition element": conditions are ANDed, so one added only narrows a statement.
  test('an Allow that gains a condition, its old ones kept, allows no more: it neither widens nor newly allows', () => {
    const trust = (condition: string) =>
      bucketPolicy(
        `{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123412341234:root" }, Action: s3:GetObject, Resource: "*"${condition} }`,
      );
    const org = 'StringEquals: { aws:PrincipalOrgID: o-abc }';
    expect(summarizeTemplateChange(trust(''), trust(`, Condition: { ${org} }`)).widenedPrincipals).toEqual([]);
    expect(
      summarizeTemplateChange(
        trust(`, Condition: { ${org} }`),
        trust(`, Condition: { ${org}, Bool: { aws:SecureTransport: "true" } }`),
      ).widenedPrincipals,
    ).toEqual([]);
    // A condition's values are ORed: one more organization id lets more principals in.
    expect(
      summarizeTemplateChange(
        trust(`, Condition: { ${org} }`),
        trust(', Condition: { StringEquals: { aws:PrincipalOrgID: [o-abc, o-other] } }'),
      ).widenedPrincipals,
    ).toEqual(['AWS: arn:aws:iam::123412341234:root (through BucketPolicy)']);
    const role = (condition: string) =>
      [
        'Resources:',
        '  ReadRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
        `      Policies: [{ PolicyName: p, PolicyDocument: { Statement: [{ Effect: Allow, Action: iam:PassRole, Resource: "*"${condition} }] } }]`,
      ].join('\n');
    expect(
      summarizeTemplateChange(
        role(''),
        role(', Condition: { StringEquals: { iam:PassedToService: ec2.amazonaws.com } }'),
      ).newlyAllowed,
    ).toEqual([]);
    expect(
      summarizeTemplateChange(
        role(', Condition: { StringEquals: { iam:PassedToService: ec2.amazonaws.com } }'),
        role(''),
      ).newlyAllowed,
    ).toEqual([{ resource: 'ReadRole (AWS::IAM::Role)', actions: ['iam:PassRole'] }]);
  });

  test('a grant another resource already had is new on the resource that gains it: admin on the read-only role', () => {
    const roles = (readOnly: { policies: string; trust: string }) =>
      [
        'Resources:',
        '  AdminRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
        '      AssumeRolePolicyDocument:',
        '        Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::666666666666:root" }, Action: sts:AssumeRole }]',
        '  ReadOnlyRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        `      ManagedPolicyArns: [${readOnly.policies}]`,
        '      AssumeRolePolicyDocument:',
        `        Statement: [{ Effect: Allow, Principal: { AWS: "${readOnly.trust}" }, Action: sts:AssumeRole }]`,
        '',
      ].join('\n');
    const before = roles({
      policies: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      trust: 'arn:aws:iam::222233334444:root',
    });
    const summary = summarizeTemplateChange(
      before,
      roles({
        policies: 'arn:aws:iam::aws:policy/ReadOnlyAccess, arn:aws:iam::aws:policy/AdministratorAccess',
        trust: 'arn:aws:iam::666666666666:root',
      }),
    );
    expect(summary.newManagedPolicies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess (ReadOnlyRole)']);
    expect(summary.widenedPrincipals).toEqual(['AWS: arn:aws:iam::666666666666:root (through ReadOnlyRole)']);
  });

  test('NotPrincipal with Allow grants everyone except the principals it names', () => {
    const summary = summarizeTemplateChange(
      undefined,
      [
        'Resources:',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '  TopicPolicy:',
        '    Type: AWS::SNS::TopicPolicy',
        '    Properties:',
        '      Topics: [!Ref Topic]',
        '      PolicyDocument:',
        '        Statement:',
        '          - { Effect: Allow, NotPrincipal: { AWS: "arn:aws:iam::123412341234:root" }, Action: "sns:Publish", Resource: "*" }',
      ].join('\n'),
    );
    expect(summary.newPrincipals).toEqual(['everyone except AWS: arn:aws:iam::123412341234:root']);
  });

  test('policies written as JSON strings, RAM share principals and both branches of Fn::If are read', () => {
    const policy = (account: string) =>
      JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: '*' }],
      });
    const summary = summarizeTemplateChange(
      undefined,
      [
        'Conditions:',
        '  Shared: !Equals [!Ref AWS::Region, us-east-1]',
        'Resources:',
        '  LogPolicy:',
        '    Type: AWS::Logs::ResourcePolicy',
        '    Properties:',
        '      PolicyName: shared',
        `      PolicyDocument: '${policy('666666666666')}'`,
        '  Repository:',
        '    Type: AWS::ECR::Repository',
        '    Properties:',
        `      RepositoryPolicyText: !Sub '${policy('777777777777')}'`,
        '  Share:',
        '    Type: AWS::RAM::ResourceShare',
        '    Properties:',
        '      Name: share',
        "      Principals: ['888888888888']",
        '  Role:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument:',
        '        Statement:',
        '          - !If',
        '            - Shared',
        '            - { Effect: Allow, Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: sts:AssumeRole }',
        '            - !Ref AWS::NoValue',
      ].join('\n'),
    );
    expect(summary.newPrincipals).toEqual([
      '888888888888',
      'AWS: arn:aws:iam::666666666666:root',
      'AWS: arn:aws:iam::777777777777:root',
      'AWS: arn:aws:iam::999999999999:root',
    ]);
  });
});

test('intrinsic functions are named as the template writes them, not as JSON', () => {
  const summary = summarizeTemplateChange(
    undefined,
    [
      'Parameters:',
      '  Auditor: { Type: String }',
      'Resources:',
      '  AdminRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - { Effect: Allow, Principal: { AWS: !Ref Auditor }, Action: sts:AssumeRole }',
      '      ManagedPolicyArns:',
      '        - !Sub arn:${AWS::Partition}:iam::aws:policy/IAMFullAccess',
      "        - { 'Fn::Join': ['', [arn:aws:iam::aws:policy/, ReadOnlyAccess]] }",
      '  AuditorRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: sts:AssumeRole',
      '            Principal:',
      '              AWS:',
      "                - !Join ['', ['arn:aws:iam::', '999988887777', ':root']]",
      "                - !Sub ['arn:aws:iam::${Acct}:role/audit', { Acct: '444455556666' }]",
      '                - !GetAtt AdminRole.Arn',
    ].join('\n'),
  );
  // An account id split up by !Join or passed as a !Sub variable is shown as written, not as JSON to decode.
  expect(summary.newPrincipals).toEqual([
    'AWS: !GetAtt AdminRole.Arn',
    "AWS: !Join ['', ['arn:aws:iam::', '999988887777', ':root']]",
    'AWS: !Ref Auditor',
    "AWS: !Sub ['arn:aws:iam::${Acct}:role/audit', {Acct: '444455556666'}]",
  ]);
  expect(summary.newManagedPolicies).toEqual([
    "!Join ['', [arn:aws:iam::aws:policy/, ReadOnlyAccess]] (AdminRole)",
    '!Sub arn:${AWS::Partition}:iam::aws:policy/IAMFullAccess (AdminRole)',
  ]);
});

// Identity policies: IAM User Guide, "Identity-based policies and resource-based policies" (no Principal element).
describe('the template summary names what identity policies newly allow, the telling actions first', () => {
  const role = (actions: string[]) =>
    [
      'Resources:',
      '  DeveloperRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }] }',
      '      Policies:',
      '        - PolicyName: developer',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Resource: "*"',
      '                Action:',
      ...actions.map((action) => `                  - ${action}`),
      '              - { Effect: Deny, Action: "iam:DeleteRole", Resource: "*" }',
    ].join('\n');

  test('1,200 harmless actions added before iam:* cannot push it out of the summary', () => {
    const padding = Array.from({ length: 1200 }, (_, index) => `ec2:D${String(index).padStart(4, '0')}`);
    const summary = summarizeTemplateChange(
      role(['iam:SimulatePrincipalPolicy']),
      role(['iam:SimulatePrincipalPolicy', ...padding, 'iam:*']),
    );
    expect(summary.newlyAllowed).toHaveLength(1);
    expect(summary.newlyAllowed[0]!.resource).toBe('DeveloperRole (AWS::IAM::Role)');
    expect(summary.newlyAllowed[0]!.actions.slice(0, 2)).toEqual(['iam:*', 'ec2:D0000']);
    expect(summary.newlyAllowed[0]!.actions).toHaveLength(1201);
    expect(templateSummaryLines(summary, 8)).toContainEqual(
      'template newly allows DeveloperRole (AWS::IAM::Role): iam:*, ec2:D0000, ec2:D0001, ec2:D0002, ec2:D0003, ec2:D0004 and 1,195 more',
    );
    // The trust policy is grantsOf's, and a Deny allows nothing.
    expect(summary.newPrincipals).toEqual([]);
  });

  test('an action already allowed is not new; one allowed on more resources is', () => {
    expect(summarizeTemplateChange(role(['s3:GetObject']), role(['s3:GetObject'])).newlyAllowed).toEqual([]);
    const widened = summarizeTemplateChange(role(['s3:GetObject']), role(['s3:GetObject']).replace('"*"', '"arn:*"'));
    expect(widened.newlyAllowed).toEqual([{ resource: 'DeveloperRole (AWS::IAM::Role)', actions: ['s3:GetObject'] }]);
  });

  // NotAction allows every action but those listed (IAM User Guide, "IAM JSON policy elements: NotAction").
  const boundary = (excepted: string[]) =>
    [
      'Resources:',
      '  WorkloadBoundary:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Resource: "*"',
      '            NotAction:',
      ...excepted.map((action) => `              - ${action}`),
    ].join('\n');

  test('an action taken off a NotAction list is named as newly allowed; one added to it allows nothing new', () => {
    const loosened = summarizeTemplateChange(
      boundary(['iam:*', 'organizations:*', 'sso:*']),
      boundary(['organizations:*', 'sso:*']),
    );
    expect(loosened.newlyAllowed).toEqual([
      { resource: 'WorkloadBoundary (AWS::IAM::ManagedPolicy)', actions: ['iam:* (no longer excepted by NotAction)'] },
    ]);
    expect(
      summarizeTemplateChange(
        boundary(['organizations:*', 'sso:*']),
        boundary(['organizations:*', 'sso:*', 's3:DeleteBucket']),
      ).newlyAllowed,
    ).toEqual([]);
  });
});

test('a brief summary that shortens its lists still names every resource that grants or controls access', () => {
  const params = Array.from(
    { length: 20 },
    (_, index) => `  Param${index}: { Type: AWS::SSM::Parameter, Properties: { Type: String, Value: v } }`,
  );
  const summary = summarizeTemplateChange(
    'Resources: {}\n',
    [
      'Resources:',
      ...params,
      "  ZShare: { Type: AWS::RAM::ResourceShare, Properties: { Name: s, Principals: ['999999999999'] } }",
      '  ZRunner: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::111111111111:role/admin, Code: {} } }',
    ].join('\n'),
  );
  const added = templateSummaryLines(summary, 8).find((line) => line.startsWith('template adds'))!;
  expect(added).toContain('ZShare (AWS::RAM::ResourceShare)');
  expect(added).toContain('ZRunner (AWS::Lambda::Function)');
  expect(added).toMatch(/and 14 more$/);
});

// Two templates of 200 IAM groups with long ids made the brief summaries so long that a shortened comment fell to
// counts and lost the one template that newly trusted another account: access resources are capped in brief too,
// roles first, and the trust stays whole above them.
test('a brief summary names roles before padding groups, counts the rest by type, and keeps the new trust', () => {
  const groups = Array.from(
    { length: 200 },
    (_, index) => `  Group${String(index).padStart(3, '0')}${'x'.repeat(150)}: { Type: AWS::IAM::Group }`,
  );
  const summary = summarizeTemplateChange(
    'Resources: {}\n',
    [
      'Resources:',
      ...groups,
      "  ZAdmin: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::666666666666:root' }, Action: 'sts:AssumeRole' }] } } }",
    ].join('\n'),
  );
  const brief = templateSummaryLines(summary, 8, 20);
  expect(brief[0]).toContain('666666666666');
  const added = brief.find((line) => line.startsWith('template adds'))!;
  expect(added).toMatch(/^template adds 201 resources: ZAdmin \(AWS::IAM::Role\), Group000x+ \(AWS::IAM::Group\)/);
  expect(added).toMatch(/, and 181 more \(181 AWS::IAM::Group among them\)$/);
  expect(added.length).toBeLessThan(4_000);
  // The full summary keeps every access resource named.
  expect(templateSummaryLines(summary, 40).find((line) => line.startsWith('template adds'))).toContain('Group199');
});
