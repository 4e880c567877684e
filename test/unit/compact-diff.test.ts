import { accessResourceLines } from '../../src/plan/template-change.js';
import { compactDiff, diffLinesWithin, prettyPolicy, unifiedDiff } from '../../src/report/unified-diff.js';

/** A template diff cut to 120 lines, what its access-control resources grant marked as such (as the plan does). */
function cut(before: string, after: string): string[] {
  const diff = unifiedDiff(before, after);
  return compactDiff(
    diff.lines,
    120,
    diffLinesWithin(diff.lines, accessResourceLines(before), accessResourceLines(after)),
  );
}

const lines = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix} ${index}`);

describe('a diff cut for a short rendering', () => {
  test('narrows a whole-file SCP diff to its change, wherever in the policy it is', () => {
    const statements = Array.from({ length: 60 }, (_, index) => ({
      Sid: `S${index}`,
      Effect: 'Deny',
      Action: `service${index}:*`,
      Resource: '*',
    }));
    const before = prettyPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    statements[59]!.Effect = 'Allow';
    const after = prettyPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    const whole = unifiedDiff(before, after, Infinity).lines;
    expect(whole.length).toBeGreaterThan(300);
    const compact = compactDiff(whole, 120);
    expect(compact).toContain('-      "Effect": "Deny",');
    expect(compact).toContain('+      "Effect": "Allow",');
    expect(compact.length).toBeLessThan(12);
  });

  test('gives each hunk its share, small hunks whole, so a long hunk cannot push another out', () => {
    const before = [...lines(400, 'same'), 'quiet: 1', ...lines(20, 'tail')].join('\n');
    const after = [
      ...lines(400, 'same').map((line, index) => (index < 300 ? `${line} x` : line)),
      'quiet: 2',
      ...lines(20, 'tail'),
    ].join('\n');
    const compact = compactDiff(unifiedDiff(before, after).lines, 120);
    expect(compact).toContain('-quiet: 1');
    expect(compact).toContain('+quiet: 2');
    expect(compact.length).toBeLessThanOrEqual(121);
    expect(compact.some((line) => /^… [\d,]+ more lines not shown$/.test(line))).toBe(true);
  });

  test('a diff of nothing but added comments says so, not that the lines it left out were unchanged', () => {
    const body = lines(20, 'line:');
    const after = [...body.slice(0, 10), ...lines(200, '# pad'), ...body.slice(10)].join('\n');
    expect(compactDiff(unifiedDiff(body.join('\n'), after).lines, 120)).toEqual([
      '@@ -8,6 +8,206 @@',
      ' line: 7',
      ' line: 8',
      ' line: 9',
      '… 200 added or removed comment or blank lines not shown',
      ' line: 10',
      ' line: 11',
      ' line: 12',
    ]);
  });

  test('a very long line is cut, saying how much it leaves out, so a few lines of padding cannot fill it', () => {
    const padding = `# ${'x'.repeat(22_000)}`;
    const compact = compactDiff(unifiedDiff('a: 1\n', `${padding}\na: 1\n`).lines, 120);
    expect(compact).toContain(`+${padding.slice(0, 399)} … (21,603 more characters not shown)`);
    expect(Math.max(...compact.map((line) => line.length))).toBeLessThan(460);
  });

  test('is the diff itself when it already fits', () => {
    const diff = unifiedDiff('a: 1\n', 'a: 2\n').lines;
    expect(compactDiff(diff, 120)).toEqual(diff);
  });
});

test('padding added before a removed line cannot cut that line out of the hunk', () => {
  // The loosening the reviewer must see: iam:* taken out of a NotAction list, after 1,400 harmless actions added.
  const before = ['NotAction:', '  - account:*', '  - iam:*', '  - organizations:*'].join('\n');
  const after = [
    'NotAction:',
    ...Array.from({ length: 1400 }, (_, index) => `  - s${String(index).padStart(4, '0')}:A`),
    '  - account:*',
    '  - organizations:*',
  ].join('\n');
  const compact = compactDiff(unifiedDiff(before, after).lines, 120);
  expect(compact.length).toBeLessThanOrEqual(125);
  expect(compact).toContain('-  - iam:*');
  expect(compact).toContain('… further down, the lines it removes:');
  expect(compact.at(-1)).toMatch(/^… [\d,]+ more lines not shown$/);
});

test('an SCP diff shows a number JavaScript cannot hold as AWS holds it, so the line that differs is not hidden', () => {
  const policy = (number: string) =>
    `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":${number}}}}]}`;
  const diff = unifiedDiff(
    prettyPolicy(policy('12345678901234567000')),
    prettyPolicy(policy('12345678901234567890')),
    Infinity,
  );
  expect(diff.lines).toContain(`+${policy('12345678901234567890')}`);
});

test('padding placed before a new role cannot cut the role out of a template diff', () => {
  // The reviewer's case: 900 harmless Metadata keys, then a role that trusts another account with AdministratorAccess,
  // all in one hunk. The whole diff is 900 lines of padding before the role.
  const before = ['Resources:', '  Topic:', '    Type: AWS::SNS::Topic', ''].join('\n');
  const padding = Array.from({ length: 900 }, (_, index) => `      Pad${String(index).padStart(4, '0')}: harmless`);
  const after = [
    'Resources:',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Metadata:',
    '      Notes:',
    ...padding,
    '  BackdoorRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    "            Principal: { AWS: 'arn:aws:iam::666666666666:root' }",
    '            Action: sts:AssumeRole',
    '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
    '',
  ].join('\n');
  const diff = unifiedDiff(before, after);
  const compact = cut(before, after);
  expect(compact.length).toBeLessThanOrEqual(125);
  expect(compact).toContain('… further down, the lines of resources that grant or control access:');
  expect(compact).toContain('+  BackdoorRole:');
  expect(compact).toContain("+            Principal: { AWS: 'arn:aws:iam::666666666666:root' }");
  expect(compact).toContain('+      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]');
  // Without knowing which lines are the role's, the same cut shows padding only.
  expect(compactDiff(diff.lines, 120)).not.toContain('+  BackdoorRole:');
});

test('diff lines are matched to the lines of the text before and after they stand for', () => {
  const diff = unifiedDiff('a\nb\nc\n', 'a\nB\nc\nd\n', 0).lines;
  expect(diff).toEqual(['@@ -2,1 +2,1 @@', '-b', '+B', '@@ -3,0 +4,1 @@', '+d']);
  expect(diffLinesWithin(diff, new Set([2]), new Set([4]))).toEqual([false, true, false, false, true]);
});

describe('a cut template diff keeps what access-control resources grant in view, however the padding is laid out', () => {
  const role = (name: string, extra: string[] = []) => [
    `  ${name}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    ...extra,
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    "            Principal: { AWS: 'arn:aws:iam::666666666666:root' }",
    '            Action: sts:AssumeRole',
    '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
  ];
  const buckets = (count: number, value: string) =>
    Array.from({ length: count }, (_, index) => [
      `  Bucket${index}:`,
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      `      Tags: [{ Key: k, Value: ${value}${'x'.repeat(300)} }]`,
      ...Array.from({ length: 8 }, () => '      # unchanged'),
    ]).flat();

  test('among 150 changed hunks, the one with the role is shown and the diff stays within its budget', () => {
    const before = ['Resources:', ...buckets(150, 'a')].join('\n');
    const after = ['Resources:', ...buckets(75, 'b'), ...role('Evil'), ...buckets(150, 'b').slice(75 * 12)].join('\n');
    const compact = cut(before, after);
    expect(compact.length).toBeLessThanOrEqual(125);
    expect(compact).toContain("+            Principal: { AWS: 'arn:aws:iam::666666666666:root' }");
    expect(compact.some((line) => /^… \d+ more parts of the diff not shown \(\d+ lines\)$/.test(line))).toBe(true);
  });

  test('tags padding the role itself do not push its trust policy out', () => {
    const tags = [
      '      Tags:',
      ...Array.from({ length: 400 }, (_, index) => `        - { Key: t${index}, Value: v }`),
    ];
    const compact = cut('Resources: {}\n', ['Resources:', ...role('Evil', tags)].join('\n'));
    expect(compact).toContain("+            Principal: { AWS: 'arn:aws:iam::666666666666:root' }");
    expect(compact).toContain('+      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]');
  });

  test('a role written on one long line is not cut before its principal', () => {
    const line = `  Evil: { Type: AWS::IAM::Role, Properties: { Description: ${'d'.repeat(600)}, AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::666666666666:root' }, Action: sts:AssumeRole }] } } }`;
    const padding = Array.from({ length: 300 }, (_, index) => `  Topic${index}: { Type: AWS::SNS::Topic }`);
    const compact = cut(
      'Resources:\n  Keep: { Type: AWS::SNS::Topic }\n',
      ['Resources:', '  Keep: { Type: AWS::SNS::Topic }', ...padding, line].join('\n'),
    );
    expect(compact.some((shown) => shown.includes('arn:aws:iam::666666666666:root'))).toBe(true);
  });
});

describe('what counts as a grant in a cut template diff', () => {
  const padded = (resource: string[], count: number, value: string) =>
    [
      'Resources:',
      ...resource,
      ...Array.from({ length: count }, (_, index) => [
        `  Param${index}:`,
        '    Type: AWS::SSM::Parameter',
        `    Properties: { Type: String, Value: ${value}${index} }`,
        ...Array.from({ length: 7 }, () => '    # unchanged'),
      ]).flat(),
    ].join('\n');

  test('who a managed policy is attached to, and an ingress rule opened to the world, stay in view', () => {
    const resource = (roles: string[], cidr: string) => [
      '  AdminPolicy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      "      PolicyDocument: { Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }",
      '      Roles:',
      ...roles.map((role) => `        - ${role}`),
      '  SgIn:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      `    Properties: { GroupId: sg-1, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${cidr} }`,
    ];
    const compact = cut(
      padded(resource(['BreakGlassRole'], '10.0.0.0/8'), 150, 'old'),
      padded(resource(['BreakGlassRole', 'DeveloperRole'], '0.0.0.0/0'), 150, 'new'),
    );
    expect(compact).toContain('+        - DeveloperRole');
    expect(compact.some((line) => line.startsWith('+') && line.includes('CidrIp: 0.0.0.0/0'))).toBe(true);
  });

  test("a role's tags and description are padding, not grants", () => {
    const lines = accessResourceLines(
      [
        'Resources:',
        '  Role:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      Description: padding',
        '      Tags:',
        '        - { Key: a, Value: b }',
        '      AssumeRolePolicyDocument: { Statement: [] }',
      ].join('\n'),
    );
    expect([...lines].sort((a, b) => a - b)).toEqual([2, 3, 4, 8]);
  });
});
