import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate } from '../support/validate-fixtures.js';

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

describe('IAM names, paths and durations in a template are what IAM takes', () => {
  test.each([
    ['RoleName', `RoleName: ${'r'.repeat(65)}`, 'is 65 characters; at most 64 fit (CreateRole RoleName'],
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
    expect(findings(role('RoleName: !Sub "${AWS::StackName} deploy"\nMaxSessionDuration: !Ref AWS::NoValue'))).toEqual(
      [],
    );
  });
});
