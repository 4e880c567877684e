import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

// IAM User Guide, "IAM and AWS STS quotas": managed policy length 6,144 characters and a role's inline policies
// 10,240 together, white space not counted; policy documents hold only tab, line feed, carriage return and
// U+0020 to U+00FF. IAM refuses the policy when a stack instance creates it, in every account.
afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/regional.yaml';
const findings = (body: string) =>
  validate({ [FILE]: body })
    .filter(
      (diagnostic) => diagnostic.file === FILE && ['template-limits', 'template-policy'].includes(diagnostic.rule),
    )
    .map(({ rule, line, message }) => ({ rule, line, message }));
/** A statement allowing `count` actions of a 20-character name: about 24 characters each in the minified JSON. */
const actions = (count: number) =>
  Array.from({ length: count }, (_, index) => `"s3:GetObjectAct${String(index).padStart(4, '0')}"`).join(', ');
/** The same actions as a list of strings. */
const actionsList = (count: number) =>
  Array.from({ length: count }, (_, index) => `s3:GetObjectAct${String(index).padStart(4, '0')}`);
const managed = (count: number) =>
  `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Resource: "*", Action: [${actions(count)}] }] }\n`;

test('a managed policy over 6,144 characters without white space is refused; one under it passes', () => {
  expect(findings(managed(280))).toEqual([
    {
      rule: 'template-limits',
      line: 5,
      message: expect.stringMatching(
        /^the managed policy is at least 6,\d{3} characters, white space left out; IAM allows 6,144 \(quota managedPolicySize\)/,
      ),
    },
  ]);
  expect(findings(managed(200))).toEqual([]);
});

test('a managed policy written as a JSON string is measured as its text, not as an escaped string', () => {
  const document = JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', Action: actionsList(230) }] },
    null,
    2,
  );
  // About 5,600 characters without white space: under 6,144, though escaping its quotes would put it over.
  const body = `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: |\n${document
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n')}\n`;
  expect(findings(body)).toEqual([]);
});

test("a role's inline policies over 10,240 characters together are refused at its Policies", () => {
  const inline = (name: string) =>
    `        - PolicyName: ${name}\n          PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Resource: "*", Action: [${actions(230)}] }] }`;
  const body = [
    'Resources:',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }',
    '      Policies:',
    inline('one'),
    inline('two'),
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    {
      rule: 'template-limits',
      line: 7,
      message: expect.stringMatching(/^the role's inline policies are together at least 1\d,\d{3} characters/),
    },
  ]);
});

test("a role's, group's or user's inline policies count those that policy resources embed in it, by Ref or name", () => {
  const document = (count: number) =>
    `{ Version: "2012-10-17", Statement: [{ Effect: Allow, Resource: "*", Action: [${actions(count)}] }] }`;
  const body = [
    'Resources:',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      RoleName: monitoring',
    '      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }',
    '  ByRef:',
    '    Type: AWS::IAM::RolePolicy',
    `    Properties: { PolicyName: a, RoleName: !Ref Role, PolicyDocument: ${document(230)} }`,
    '  ByName:',
    '    Type: AWS::IAM::Policy',
    `    Properties: { PolicyName: b, Roles: [monitoring], PolicyDocument: ${document(230)} }`,
    '  Ops:',
    '    Type: AWS::IAM::Group',
    '  OpsPolicy:',
    '    Type: AWS::IAM::Policy',
    `    Properties: { PolicyName: c, Groups: [!Ref Ops], PolicyDocument: ${document(230)} }`,
    '  Elsewhere:',
    '    Type: AWS::IAM::Policy',
    `    Properties: { PolicyName: d, Roles: [another-role], PolicyDocument: ${document(200)} }`,
    '',
  ].join('\n');
  expect(findings(body)).toEqual([
    {
      rule: 'template-limits',
      line: 2,
      message: expect.stringMatching(
        /^the role's inline policies are together at least 1\d,\d{3} characters, white space left out, 2 of them from policy resources that name it; IAM allows 10,240 per role \(quota roleInlinePoliciesSize\)/,
      ),
    },
    {
      rule: 'template-limits',
      line: 13,
      message: expect.stringMatching(
        /^the group's inline policies are together at least 5,\d{3} characters, white space left out, one of them from policy resources that name it; IAM allows 5,120 per group \(quota groupInlinePoliciesSize\)/,
      ),
    },
  ]);
});

test("a trust policy over 2,048 characters, or more than 10 managed policies on a role, warns: each account's quota may differ", () => {
  const orgIds = Array.from({ length: 150 }, (_, index) => `"o-${String(index).padStart(10, '0')}"`).join(', ');
  const arns = (count: number) =>
    Array.from({ length: count }, (_, index) => `"arn:aws:iam::aws:policy/Policy${index}"`).join(', ');
  const body = (ids: string, count: number) =>
    [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "*" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:PrincipalOrgID": [${ids}] } } }] }`,
      `      ManagedPolicyArns: [${arns(count)}]`,
      '',
    ].join('\n');
  const found = validate({ [FILE]: body(orgIds, 11) })
    .filter((diagnostic) => diagnostic.file === FILE && diagnostic.rule === 'template-limits')
    .map(({ severity, line, message }) => [severity, line, message.split(',')[0]]);
  expect(found).toEqual([
    ['warning', 3, 'the role has 11 managed policies attached (ManagedPolicyArns and managed policies that list it)'],
    ['warning', 5, 'the trust policy is at least 2'],
  ]);
  expect(findings(body('"o-0000000001"', 10))).toEqual([]);
});

test('a character IAM refuses in a policy document is refused where it is; Latin-1 passes', () => {
  const body = (text: string) =>
    `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: "*"\n            Condition: { StringEquals: { "aws:PrincipalTag/City": "${text}" } }\n`;
  expect(findings(body('Łódź'))).toEqual([
    { rule: 'template-policy', line: 11, message: expect.stringContaining('holds "Ł" (U+0141)') },
  ]);
  expect(findings(body('Zürich'))).toEqual([]);
});
