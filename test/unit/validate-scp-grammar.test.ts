import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const SCP = 'baselines/scps/deny-leave.json';
const statement = (fields: string) => `{ "Sid": "DenyLeave", ${fields} }`;
const policy = (...statements: string[]) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statements.join(',\n    ')}\n  ]\n}\n`;
const DENY_LEAVE = '"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"';

/** The scp-syntax findings for an SCP file, as "line:column message". */
const findings = (text: string) =>
  validate({ [SCP]: text })
    .filter((diagnostic) => diagnostic.file === SCP)
    .map((diagnostic) => ({ ...diagnostic, at: `${diagnostic.line}:${diagnostic.column}` }));
/** Where `needle` is in `text`, as "line:column". */
const at = (text: string, needle: string) => {
  const line = lineOf(text, needle);
  return `${line}:${text.split('\n')[line - 1]!.indexOf(needle) + 1}`;
};

describe('SCPs are checked against the IAM policy grammar SCPs accept', () => {
  test('"Effect": "Denyy" is refused at the value', () => {
    const text = policy(statement(DENY_LEAVE.replace('"Deny"', '"Denyy"')));
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-syntax',
        at: at(text, '"Denyy"'),
        message: expect.stringContaining('"Allow" or "Deny"'),
      }),
    ]);
  });

  test.each([
    ['Principal', '"Principal": { "AWS": "*" }'],
    ['NotPrincipal', '"NotPrincipal": { "AWS": "arn:aws:iam::111111111111:root" }'],
    ['an unknown element', '"Resources": "*"'],
  ])('%s is refused at its key', (_what, element) => {
    const text = policy(statement(`${DENY_LEAVE}, ${element}`));
    const key = element.slice(0, element.indexOf(':'));
    expect(findings(text)).toEqual([expect.objectContaining({ rule: 'scp-syntax', at: at(text, key) })]);
  });

  test('Id is refused at the top level: the SCP elements are Version and Statement', () => {
    const text = policy(statement(DENY_LEAVE)).replace('"Version"', '"Id": "guardrail",\n  "Version"');
    expect(findings(text)).toEqual([expect.objectContaining({ at: '2:3', message: expect.stringContaining("'Id'") })]);
  });

  test('a statement needs exactly one of Action and NotAction, and one of Resource and NotResource', () => {
    const both = policy(statement(`${DENY_LEAVE}, "NotAction": "s3:*"`));
    expect(findings(both)).toEqual([expect.objectContaining({ at: at(both, '"NotAction"') })]);
    const neither = policy(statement('"Effect": "Deny", "Resource": "*"'));
    expect(findings(neither)).toEqual([
      expect.objectContaining({ at: '4:5', message: expect.stringContaining('neither Action nor NotAction') }),
    ]);
    const noResource = policy(statement('"Effect": "Deny", "Action": "s3:*"'));
    expect(findings(noResource)).toEqual([expect.objectContaining({ message: expect.stringContaining('Resource') })]);
  });

  test('actions and resources are checked one by one, at the entry', () => {
    const text = policy(
      statement('"Effect": "Deny", "Action": ["s3:*", "ec2 RunInstances"], "Resource": ["*", "my-bucket"]'),
    );
    expect(findings(text).map((finding) => finding.at)).toEqual([
      at(text, '"ec2 RunInstances"'),
      at(text, '"my-bucket"'),
    ]);
  });

  // AWS refuses a wildcard before the colon: "MalformedPolicyDocument: Action vendors (e.g., aws, ec2, etc.) must not
  // contain wildcards" (the IAM error CloudFormation reports, theserverlessway/aws-baseline#1); after it, since the
  // 2025-09 SCP change, wildcards may stand anywhere.
  test("a wildcard in an action's service prefix is refused; one anywhere in the action name is not", () => {
    const text = policy(
      statement(
        '"Effect": "Deny", "Action": ["*:GetObject", "s3*:Get?", "iam:*AccessKey*", "s3:Get?bject"], "Resource": "*"',
      ),
    );
    expect(findings(text).map((finding) => [finding.at, finding.message.split(',')[0]])).toEqual([
      [at(text, '"*:GetObject"'), '"*:GetObject" has a wildcard in its service prefix'],
      [at(text, '"s3*:Get?"'), '"s3*:Get?" has a wildcard in its service prefix'],
    ]);
  });

  // IAM refuses another partition's ARN ('Partition "aws-cn" is not valid for resource …'); the fixture's homeRegion,
  // us-east-1, is in aws.
  test.each([
    ['arn:aws-cn:s3:::bucket', "names the partition 'aws-cn', but the organization is in 'aws'"],
    ['arn:banana:s3:::bucket', "names the partition 'banana'"],
    ['arn:aws:s3 :::bucket', 'holds whitespace'],
    ['arn:aws:iam::*:role/platform/vend-apply ', 'holds whitespace'],
    ['arn:aws:iam::*:role/vend apply', 'holds whitespace'],
    ['arn:aws:s3:::my bucket', 'holds whitespace'],
    ['arn:aws:s3:::bucket/key ', 'holds whitespace'],
    ['arn::ec2:*:*:*', 'names no partition; write arn:aws:…'],
  ])('the resource %j is refused at the entry', (resource, message) => {
    const text = policy(
      statement(`"Effect": "Deny", "Action": "s3:*", "Resource": ["*", ${JSON.stringify(resource)}]`),
    );
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-syntax',
        at: at(text, JSON.stringify(resource)),
        message: expect.stringContaining(message),
      }),
    ]);
  });

  test('an ARN of the organization’s partition, or with a wildcard or variable for it, or a space in an S3 key, is accepted', () => {
    for (const resource of [
      'arn:aws:s3:::bucket/*',
      'arn:*:s3:::bucket',
      'arn:${aws:partition}:s3:::bucket',
      // S3 object keys may hold spaces (Amazon S3 User Guide, "Naming Amazon S3 objects").
      'arn:aws:s3:::bucket/Monthly reports/*',
    ])
      expect(
        findings(policy(statement(`"Effect": "Deny", "Action": "s3:*", "Resource": ${JSON.stringify(resource)}`))),
      ).toEqual([]);
  });

  test('what reads as a CloudFormation function in a template is only a wrong value in an SCP, sent as it is', () => {
    const text = policy(statement('"Effect": "Deny", "Action": "s3:*", "Resource": { "Ref": "Bucket" }'));
    expect(findings(text)).toEqual([
      expect.objectContaining({ rule: 'scp-syntax', message: 'each Resource entry must be a string.' }),
    ]);
  });

  test('an empty Sid is accepted, as IAM accepts it; a Sid with other characters is not', () => {
    expect(
      findings(
        policy(statement(DENY_LEAVE).replace('"DenyLeave"', '""'), statement(DENY_LEAVE).replace('"DenyLeave"', '""')),
      ),
    ).toEqual([]);
  });

  test('Sids are alphanumeric and unique', () => {
    const text = policy(
      statement(DENY_LEAVE).replace('DenyLeave', 'Deny-Leave'),
      statement(DENY_LEAVE),
      statement(DENY_LEAVE),
    );
    expect(findings(text).map((finding) => finding.at)).toEqual([at(text, '"Deny-Leave"'), '6:14']);
  });

  test.each([
    ['StringEqualsIfExists', '"x"'],
    ['ForAllValues:StringLike', '"x"'],
    ['ForAnyValue:ArnNotLikeIfExists', '"arn:aws:iam::*:role/x"'],
    ['Null', '"true"'],
    ['Bool', '"false"'],
  ])('the condition operator %s is accepted', (operator, value) => {
    expect(
      findings(
        policy(statement(`${DENY_LEAVE}, "Condition": { "${operator}": { "aws:PrincipalTag/team": ${value} } }`)),
      ),
    ).toEqual([]);
  });

  test.each(['StringEqual', 'NullIfExists', 'ForAllValue:StringLike', 'stringequals'])(
    'the condition operator %s is refused at its key',
    (operator) => {
      const text = policy(statement(`${DENY_LEAVE}, "Condition": { "${operator}": { "aws:PrincipalTag/team": "x" } }`));
      expect(findings(text)).toEqual([expect.objectContaining({ at: at(text, `"${operator}"`) })]);
    },
  );

  test('a single statement object, NotAction with Allow and NotResource are accepted, as since 2025-09', () => {
    const text = `{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::logs/*" } }`;
    expect(findings(text)).toEqual([]);
  });
});

describe('a JSON syntax error is reported where it is, in JSON terms', () => {
  test('a trailing comma is reported at the comma', () => {
    const text = policy(statement(DENY_LEAVE)).replace('"Resource": "*" }', '"Resource": "*", }');
    expect(findings(text)).toEqual([
      {
        file: SCP,
        line: 4,
        column: text.split('\n')[3]!.indexOf('*",') + 3,
        at: expect.any(String),
        rule: 'scp-syntax',
        severity: 'error',
        message: expect.stringMatching(/^JSON syntax error: a comma before \} \(JSON allows no trailing comma\)/),
      },
    ]);
  });

  test('a key given twice is an SCP syntax error at the second one', () => {
    const text = policy(statement(DENY_LEAVE)).replace('"Resource": "*" }', '"Resource": "*", "Effect": "Allow" }');
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-syntax',
        line: 4,
        message: expect.stringMatching(/^"Effect" appears twice in one JSON object; /),
      }),
    ]);
  });

  test('a YAML policy is told to be JSON', () => {
    expect(findings('Version: "2012-10-17"\nStatement: []\n')).toEqual([
      expect.objectContaining({ at: '1:1', message: expect.stringContaining('must be JSON (AWS accepts no YAML)') }),
    ]);
  });

  test('a comment is told JSON has none, not that the file is YAML', () => {
    const [finding] = findings('// deny leaving\n{ "Version": "2012-10-17", "Statement": [] }\n');
    expect(finding).toMatchObject({ at: '1:1', message: expect.stringContaining('JSON has no comments') });
    expect(finding!.message).not.toContain('YAML');
  });

  test('an unclosed string is reported where it starts', () => {
    const text = '{\n  "Version": "2012-10-17,\n  "Statement": []\n}\n';
    expect(findings(text)).toEqual([expect.objectContaining({ at: '2:14' })]);
  });
});

describe('the SCP size quota is checked in UTF-8 bytes of the minified policy', () => {
  const sized = (character: string, count: number) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          ...JSON.parse(statement(DENY_LEAVE)),
          Condition: { StringEquals: { 'aws:PrincipalTag/team': character.repeat(count) } },
        },
      ],
    });
  const overhead = sized('', 0).length;

  test('10,240 bytes fit, one more does not', () => {
    expect(findings(sized('x', 10_240 - overhead))).toEqual([]);
    expect(findings(sized('x', 10_241 - overhead))).toEqual([
      expect.objectContaining({
        rule: 'scp-size',
        message: expect.stringContaining('10,241 bytes minified; AWS allows 10,240'),
      }),
    ]);
  });

  test('non-ASCII text counts by bytes, the conservative reading of the quota', () => {
    const count = Math.ceil((10_240 - overhead) / 2) + 1;
    expect(findings(sized('é', count))).toEqual([expect.objectContaining({ rule: 'scp-size' })]);
  });
});

describe('SCP numbers are sent to AWS as written, or refused', () => {
  const withValue = (value: string) =>
    policy(statement(`${DENY_LEAVE}, "Condition": { "NumericLessThan": { "s3:max-keys": ${value} } }`));

  test.each([
    ['12345678901234567890', '12345678901234567000'],
    ['1e400', 'null'],
    ['3.14159265358979323846', '3.141592653589793'],
    ['1e-400', '0'],
    ['9007199254740993.0e-1', '900719925474099.2'],
  ])('%s would be sent as %s, so it is refused at the number, told to quote it', (value, sent) => {
    const text = withValue(value);
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-syntax',
        at: at(text, value),
        message: expect.stringContaining(`the number ${value} would be sent to AWS as ${sent}`),
      }),
    ]);
    expect(findings(text)[0]!.message).toContain(`Quote it as a string ("${value}")`);
  });

  test.each(['10', '-0', '1.0', '1E2', '0.1', '25e-2', '"12345678901234567890"'])(
    '%s keeps its value through the round trip, so it is accepted',
    (value) => {
      expect(findings(withValue(value))).toEqual([]);
    },
  );

  test('a number in a list is found at its entry', () => {
    const text = withValue('[1, 18446744073709551615]');
    expect(findings(text)).toEqual([expect.objectContaining({ at: at(text, '18446744073709551615') })]);
  });
});

describe('what IAM policy validation calls an error is refused; what it only suggests is accepted', () => {
  test('an empty Statement list is refused at the list', () => {
    const text = policy();
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: at(text, '['), message: expect.stringContaining('at least one statement') }),
    ]);
  });

  test.each(['', 'PrincipalArn', ':x'])('the condition key %j is refused at the key', (key) => {
    const text = policy(statement(`${DENY_LEAVE}, "Condition": { "StringEquals": { "${key}": "x" } }`));
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: at(text, `"${key}":`), message: expect.stringContaining('service:keyname') }),
    ]);
  });

  test('an empty condition block is accepted, as AWS accepts it', () => {
    expect(findings(policy(statement(`${DENY_LEAVE}, "Condition": { "StringEquals": {} }`)))).toEqual([]);
  });
});

// IAM User Guide, "Condition operators": each operator compares one type of value; a value of another type never
// matches, which IAM Access Analyzer reports as a type mismatch. AWS may accept the policy all the same.
describe('condition values an operator can never match are warned of at the value', () => {
  test.each([
    ['Bool', '"aws:SecureTransport": "maybe"', '"maybe"', 'can never hold'],
    ['NumericLessThan', '"s3:max-keys": "abc"', '"abc"', 'can never hold'],
    ['DateGreaterThan', '"aws:CurrentTime": "yesterday"', '"yesterday"', 'can never hold'],
    ['IpAddress', '"aws:SourceIp": "999.1.1.1/99"', '"999.1.1.1/99"', 'can never hold'],
    ['Null', '"aws:TokenIssueTime": "maybe"', '"maybe"', 'can never hold'],
    ['BinaryEquals', '"aws:x": "not base64!!"', '"not base64!!"', 'can never hold'],
    ['ArnNotLike', '"aws:PrincipalArn": "notanarn"', '"notanarn"', 'always holds'],
  ])('%s', (operator, entry, value, consequence) => {
    const text = policy(statement(`${DENY_LEAVE}, "Condition": { "${operator}": { ${entry} } }`));
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-condition-value',
        severity: 'warning',
        at: at(text, value),
        message: expect.stringContaining(consequence),
      }),
    ]);
  });

  test.each([
    ['Bool', '"aws:SecureTransport": false'],
    ['BoolIfExists', '"aws:MultiFactorAuthPresent": "True"'],
    ['NumericLessThan', '"s3:max-keys": 10'],
    ['DateGreaterThan', '"aws:CurrentTime": "2026-12-31T23:59:59Z"'],
    ['DateLessThan', '"aws:EpochTime": "1767225599"'],
    ['NotIpAddress', '"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", "198.51.100.7"]'],
    ['ArnNotLike', '"aws:PrincipalArn": "arn:aws:iam::*:role/Admin"'],
    ['ArnEquals', '"aws:SourceArn": "${aws:PrincipalArn}"'],
    ['BinaryEquals', '"aws:x": "QmluYXJ5"'],
  ])('%s with a value of its type passes', (operator, entry) => {
    const text = policy(statement(`${DENY_LEAVE}, "Condition": { "${operator}": { ${entry} } }`));
    expect(findings(text)).toEqual([]);
  });
});

describe('what a value that never matches does, said as the operator has it', () => {
  test.each([
    [
      'one bad value among good ones',
      '"NotIpAddress": { "aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/33"] }',
      '"198.51.100.0/33"',
      "this value never matches, though the others listed for 'aws:SourceIp' still do",
    ],
    [
      'ForAnyValue:',
      '"ForAnyValue:NumericLessThan": { "aws:MultiFactorAuthAge": "soon" }',
      '"soon"',
      'ForAnyValue:NumericLessThan compares numbers, and "soon" is none: the condition on \'aws:MultiFactorAuthAge\' can never hold',
    ],
    [
      'ForAllValues:',
      '"ForAllValues:ArnLike": { "aws:PrincipalArn": "notanarn" }',
      '"notanarn"',
      "the condition on 'aws:PrincipalArn' holds only where the request has no 'aws:PrincipalArn'",
    ],
    [
      'IfExists',
      '"BoolIfExists": { "aws:MultiFactorAuthPresent": "maybe" }',
      '"maybe"',
      "BoolIfExists compares with true or false, not \"maybe\": the condition on 'aws:MultiFactorAuthPresent' holds only where the request has no 'aws:MultiFactorAuthPresent'",
    ],
  ])('%s', (_what, condition, value, message) => {
    const text = policy(statement(`${DENY_LEAVE}, "Condition": { ${condition} }`));
    expect(findings(text)).toEqual([
      expect.objectContaining({
        rule: 'scp-condition-value',
        at: at(text, value),
        message: expect.stringContaining(message),
      }),
    ]);
  });
});
