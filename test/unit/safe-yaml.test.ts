import { MAX_FILE_BYTES, parseRepositoryFile } from '../../src/config/safe-yaml.js';

const parse = (text: string | Uint8Array, options?: Parameters<typeof parseRepositoryFile>[2]) =>
  parseRepositoryFile('accounts/x.yaml', typeof text === 'string' ? new TextEncoder().encode(text) : text, options);

describe('loading repository YAML refuses dangerous or malformed input with its own diagnostic', () => {
  test('a file over 1 MiB is refused before it is parsed', () => {
    const { diagnostics, source } = parse(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-file-too-large',
        line: 1,
        column: 1,
        message: expect.stringContaining('1 MiB'),
      }),
    ]);
  });

  test('invalid UTF-8 is refused', () => {
    const { diagnostics } = parse(Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe]));
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-encoding', message: expect.stringContaining('UTF-8') }),
    ]);
  });

  test('binary content (a NUL byte) is refused', () => {
    const { diagnostics } = parse('name: a\u0000b\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-encoding', message: expect.stringContaining('binary') }),
    ]);
  });

  test('a UTF-8 byte order mark is accepted', () => {
    const { diagnostics, source } = parse('\ufeffname: app\n');
    expect(diagnostics).toEqual([]);
    expect(source?.document.toJS()).toEqual({ name: 'app' });
  });

  // YAML 1.2 (section 5.4, b-break) and JSON (RFC 8259, ws) both take a lone CR as a line break: files saved with
  // classic Mac line endings are valid, and their errors are on their own lines.
  test('lone carriage returns are line breaks, in YAML and in JSON, and errors are placed by them', () => {
    const manifest = parse('name: app\rowner: team\r');
    expect(manifest.diagnostics).toEqual([]);
    expect(manifest.source?.document.toJS()).toEqual({ name: 'app', owner: 'team' });
    const scp =
      '{\r  "Version": "2012-10-17",\r  "Statement": [\r    {"Effect":"Deny","Action":"*","Resource":"*"}\r  ]\r}\r';
    const json = parse(scp, { json: true });
    expect(json.diagnostics).toEqual([]);
    expect(json.source?.text).toBe(scp);
    expect(json.source?.positionOf(['Statement', 0, 'Effect'])).toEqual({ line: 4, column: 15 });
    expect(parse('{\r  "Version": "2012-10-17",\r}\r', { json: true }).diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 26, message: expect.stringContaining('trailing comma') }),
    ]);
    expect(parse('name: a\rowner: x\rname: b\r').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-duplicate-key', line: 3, column: 1 }),
    ]);
  });

  test('a second YAML document is refused where it starts, saying each file holds one', () => {
    expect(parse('name: app\nowner: team\n---\nname: other\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        line: 3,
        column: 1,
        message:
          "a second YAML document starts here: each file holds one. Remove this '---' and what follows it, or move that into a file of its own.",
      }),
    ]);
  });

  test('duplicate keys point at the second occurrence', () => {
    expect(parse('name: a\nowner: x\nname: b\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-duplicate-key', line: 3, column: 1 }),
    ]);
  });

  test('ten aliases are fine, the eleventh is refused', () => {
    const anchors = 'base: &t { a: b }\n';
    const uses = (count: number) => Array.from({ length: count }, (_, index) => `k${index}: *t`).join('\n');
    expect(parse(anchors + uses(10)).diagnostics).toEqual([]);
    expect(parse(anchors + uses(11)).diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-alias-limit', line: 12 }),
    ]);
  });

  test('lists nested 100 levels deep are read; 101 are refused at the level too deep, in manifests and templates', () => {
    const nested = (levels: number) => `name: app\ntags: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`;
    expect(parse(nested(100)).diagnostics).toEqual([]);
    const refused = {
      rule: 'yaml-nesting',
      line: 2,
      column: 106,
      message:
        'lists and mappings nest more than 100 levels deep here; no vend file needs that many. Flatten the structure.',
    };
    expect(parse(nested(101)).diagnostics).toEqual([expect.objectContaining(refused)]);
    expect(parse(nested(101), { allowCustomTags: true }).diagnostics).toEqual([expect.objectContaining(refused)]);
  });

  test('nesting so deep that the parser runs out of stack is the same refusal, never a stack overflow message', () => {
    const { diagnostics } = parse(`name: app\ntags: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-nesting', line: 2, message: expect.stringContaining('Flatten') }),
    ]);
    expect(JSON.stringify(diagnostics)).not.toContain('call stack');
  });

  test.each(['__proto__', 'constructor', 'prototype'])('the key %s is refused', (key) => {
    expect(parse(`tags:\n  ${key}: x\n`).diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-forbidden-key', line: 2, column: 3 }),
    ]);
  });

  test.each([
    ['a list', '- a\n- b\n'],
    ['a scalar', 'just text\n'],
    ['an empty file', ''],
  ])('a top level that is %s is refused', (_kind, text) => {
    expect(parse(text).diagnostics).toEqual([expect.objectContaining({ rule: 'yaml-not-mapping' })]);
  });

  test('an SCP file whose top level is a JSON array is told so in JSON terms', () => {
    expect(parse('[]', { json: true }).diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-not-mapping',
        message: expect.stringContaining('the top level must be a JSON object ({ ... }); an SCP is one'),
      }),
    ]);
  });

  test('CloudFormation short-form tags are an error in manifests but accepted in templates', () => {
    expect(parse('a: !Ref B\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 1, column: 4 }),
    ]);
    expect(parse('a: !Ref B\n', { allowCustomTags: true }).diagnostics).toEqual([]);
  });

  test.each([
    ['%YAML 1.1', '%YAML 1.1\n---\nclosed: yes\n'],
    ['%TAG', 'name: a\n%TAG !e! tag:example.com,2000:\n---\nb: 1\n'],
  ])('a %s directive is refused at its line', (directive, text) => {
    expect(parse(text).diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-directive',
        line: text.split('\n').findIndex((line) => line.startsWith('%')) + 1,
        column: 1,
        message: expect.stringContaining(`the ${directive.split(' ')[0]} directive is not supported`),
      }),
    ]);
  });

  test('YAML 1.1 booleans stay text', () => {
    expect(parse('closed: yes\nfullAWSAccess: off\n').source?.document.toJS()).toEqual({
      closed: 'yes',
      fullAWSAccess: 'off',
    });
  });

  test.each([
    ['an alias', 'a: &k __proto__\ntags:\n  *k : x\n', 3, 3],
    ['an escape', 'tags:\n  "\\x5f_proto__": x\n', 2, 3],
  ])('__proto__ spelled as %s is refused', (_how, text, line, column) => {
    expect(parse(text).diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-forbidden-key',
        line,
        column,
        message: "key '__proto__' is not allowed; rename it.",
      }),
    ]);
  });

  test.each([
    [
      '007',
      "the key 007 is read as the number 7, not as the text written (YAML 1.2 reads unquoted numbers and true/false so); quote it ('007') to keep it as written.",
    ],
    ['0x10', 'the key 0x10 is read as the number 16'],
    ['1e3', 'the key 1e3 is read as the number 1000'],
    ['True', 'the key True is read as the boolean true'],
    ['~', "the key '~' is read as null, which names nothing"],
  ])('a key YAML 1.2 reads as other than the text written, %s, is refused at its place', (key, message) => {
    expect(parse(`organizationalUnits:\n  ${key}: {}\n`).diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-key-text', line: 2, column: 3, message: expect.stringContaining(message) }),
    ]);
  });

  test('a key that reads as the text written, quoted or a plain number, is accepted; a template keeps its own reading', () => {
    expect(parse("organizationalUnits:\n  '007': {}\n  2024: {}\n  true: {}\n").diagnostics).toEqual([]);
    expect(parse('Mappings:\n  M:\n    0x10: { A: b }\n', { allowCustomTags: true }).diagnostics).toEqual([]);
  });

  test.each([
    [
      '!!binary',
      'owner: !!binary aGVsbG8=\n',
      17,
      'the YAML tag !!binary makes this value other than the text written',
    ],
    [
      '!!timestamp',
      'owner: !!timestamp 2001-12-14\n',
      20,
      'the YAML tag !!timestamp makes this value other than the text written',
    ],
    ['!Ref', 'owner: !Ref Team\n', 8, "the YAML tag !Ref means nothing in vend's own files"],
  ])('a %s value in a manifest is refused at its place, saying what to write', (_tag, text, column, message) => {
    expect(parse(text).diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 1, column, message: expect.stringContaining(message) }),
    ]);
  });

  // YAML 1.1's !!omap, !!set and !!pairs: the mapping would read as empty, and its SCPs, tags or overrides be gone.
  // Each is refused where its collection starts.
  test.each([
    ['!!omap on a mapping', 'root: !!omap\n  - scps: [deny-leave]\n', 2, 3, '!!omap makes this list'],
    ['!!omap on a flow list', 'tags: !!omap [ CostCenter: "4711" ]\n', 1, 14, '!!omap makes this list'],
    ['!!set', 'tags: !!set { CostCenter, Environment }\n', 1, 13, '!!set makes this mapping'],
    ['!!pairs', 'parameters: !!pairs\n  - roles: { A: b }\n', 2, 3, '!!pairs makes this list'],
  ])('a collection tagged %s in a manifest is refused at its place', (_tag, text, line, column, message) => {
    expect(parse(text).diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line, column, message: expect.stringContaining(message) }),
    ]);
  });

  test('a plain << key, an OU name included, is refused as the merge YAML 1.2 does not make; quoted, it is a name', () => {
    expect(parse('organizationalUnits:\n  <<: { scps: [deny-leave] }\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-forbidden-key',
        line: 2,
        column: 3,
        message: expect.stringContaining("quote it, '<<'"),
      }),
    ]);
    expect(parse("organizationalUnits:\n  '<<': {}\n").diagnostics).toEqual([]);
    // A template's own reading is CloudFormation's (templateCollectionProblems), not this.
    expect(parse('Mappings:\n  M:\n    <<: { A: b }\n', { allowCustomTags: true }).diagnostics).not.toContainEqual(
      expect.objectContaining({ rule: 'yaml-forbidden-key' }),
    );
  });

  test('a core tag on a node of another kind is refused for what it is, in a template too', () => {
    expect(parse('scps: !!map [s9]\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        message:
          'the YAML tag !!map does not fit the value it is on (a mapping tag on something else): remove the tag.',
      }),
    ]);
    expect(
      parse('Resources:\n  P:\n    Type: AWS::SSM::Parameter\n    Properties: { Value: !!map [a] }\n', {
        allowCustomTags: true,
      }).diagnostics,
    ).toEqual([
      expect.objectContaining({ rule: 'template-parse', message: expect.stringContaining('!!map does not fit') }),
    ]);
  });

  // "!!str" is text in YAML 1.1 as in 1.2: CloudFormation reads `!!str yes` as the text yes.
  test('a template value tagged !!str is text to CloudFormation too, and not refused as YAML 1.1 would read it plain', () => {
    expect(
      parse('Parameters:\n  Label: { Type: String, Default: !!str yes }\n', { allowCustomTags: true }).diagnostics,
    ).toEqual([]);
    expect(
      parse('Parameters:\n  Label: { Type: String, Default: yes }\n', { allowCustomTags: true }).diagnostics,
    ).toEqual([expect.objectContaining({ rule: 'template-parse' })]);
  });

  test('a collection tagged as what it is, !!map or !!seq, is accepted', () => {
    expect(parse('tags: !!map { CostCenter: "4711" }\nregions: !!seq [us-east-1]\n').diagnostics).toEqual([]);
  });

  test('a key tagged as a number or null is refused as other than its text: !!int 0o10 is 8', () => {
    expect(parse('tags:\n  !!int 0o10: b\n  !!int 12: d\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-key-text', line: 2, message: expect.stringContaining('the number 8') }),
    ]);
  });

  test('a tagged key is refused once, for its tag', () => {
    expect(parse('tags:\n  !!binary aGVsbG8=: h\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        line: 2,
        message: expect.stringContaining('the YAML tag !!binary'),
      }),
    ]);
  });

  test('!!str keeps a value as text, and templates keep their own tags', () => {
    expect(parse('owner: !!str 007\n').diagnostics).toEqual([]);
    expect(parse('Resources: { A: { Type: !Ref T } }\n', { allowCustomTags: true }).diagnostics).toEqual([]);
  });

  test.each([
    ['7 and a quoted 7', "organizationalUnits:\n  7: { scps: [quarantine] }\n  '7': {}\n", 3],
    ['true and a quoted true', "tags:\n  true: a\n  'true': b\n", 3],
    ['2024 and a quoted 2024', 'tags: { 2024: a, "2024": b }\n', 1],
  ])(
    'two keys that are one text, %s, are refused at the second: one would silently replace the other',
    (_case, text, line) => {
      expect(parse(text).diagnostics).toEqual([
        expect.objectContaining({
          rule: 'yaml-duplicate-key',
          line,
          message: expect.stringContaining('keys are text'),
        }),
      ]);
    },
  );

  test('a key that is a mapping is refused', () => {
    expect(parse('? { a: b }\n: x\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-forbidden-key', line: 1, column: 3 }),
    ]);
  });

  test('an unpaired surrogate escape is refused; a real emoji is text', () => {
    expect(parse('owner: "team-\\ud800"\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'yaml-encoding', line: 1, column: 8 }),
    ]);
    expect(parse('owner: "team-\\ud83d\\ude80"\n').diagnostics).toEqual([]);
  });

  test('hidden characters are refused where they are, written raw or as escapes; emoji sequences are text', () => {
    expect(parse('owner: team\u202eytiruces\n# \u001b[8m hides what follows\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'hidden-character',
        line: 1,
        column: 12,
        message: expect.stringContaining('U+202E (right-to-left override)'),
      }),
      expect.objectContaining({
        rule: 'hidden-character',
        line: 2,
        column: 3,
        message: expect.stringContaining('U+001B'),
      }),
    ]);
    expect(parse('owner: "Leave\\u200bOrganization"\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'hidden-character', line: 1, column: 8 }),
    ]);
    // AWS tag patterns allow a line separator (\p{Z}); vend refuses it as a break some viewers show and others hide.
    expect(parse('owner: "team\\u2028x"\n').diagnostics).toEqual([
      expect.objectContaining({
        rule: 'hidden-character',
        message: expect.stringContaining('U+2028 (line separator)'),
      }),
    ]);
    expect(parse('owner: "team 👩‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿"\n').diagnostics).toEqual([]);
    // After an emoji, but joining it to nothing that shows: a letter after the joiner, tags with no cancel tag.
    expect(parse('owner: "team 😀\\u200dadmin"\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'hidden-character', message: expect.stringContaining('U+200D') }),
    ]);
    expect(parse('owner: "team 🏴\\U000E0067x"\n').diagnostics).toEqual([
      expect.objectContaining({ rule: 'hidden-character', message: expect.stringContaining('U+E0067') }),
    ]);
  });

  test('aliases of a large anchor are refused at the largest alias, before they are expanded', () => {
    const big = `big: &b [${Array.from({ length: 2000 }, (_, index) => index).join(', ')}]\n`;
    const copies = Array.from({ length: 6 }, (_, index) => `c${index}: *b`).join('\n');
    const { diagnostics, source } = parse(big + copies);
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'yaml-alias-limit',
        line: 2,
        column: 5,
        message: expect.stringContaining('YAML aliases expand this file by 12000 nodes; at most 10000 are allowed.'),
      }),
    ]);
    expect(parse(big + 'c0: *b\n').diagnostics).toEqual([]);
  });
});

describe('templates are read as CloudFormation reads them', () => {
  test('a YAML alias, a hash merge or a tag CloudFormation does not read is refused where it is, before any expansion', () => {
    const template = (extra: string) =>
      `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags: &tags [{ Key: a, Value: b }]\n${extra}`;
    expect(parse(template(''), { allowCustomTags: true }).diagnostics).toEqual([]);
    const aliased = template('  Other:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags: *tags\n');
    expect(parse(aliased, { allowCustomTags: true })).toEqual({
      diagnostics: [
        expect.objectContaining({
          rule: 'template-parse',
          line: 9,
          column: 13,
          message: expect.stringContaining('"YAML aliases are not allowed in CloudFormation templates"'),
        }),
      ],
    });
    // The same alias in vend's own files is only a shorthand.
    expect(parse(aliased).diagnostics).toEqual([]);
    const merged = template('  Other:\n    Type: AWS::SNS::Topic\n    Properties:\n      <<: { TopicName: x }\n');
    expect(parse(merged, { allowCustomTags: true }).diagnostics).toEqual([
      expect.objectContaining({
        rule: 'template-parse',
        line: 9,
        column: 7,
        message: expect.stringContaining('merges'),
      }),
    ]);
    expect(parse(merged.replace('<<:', "'<<':"), { allowCustomTags: true }).diagnostics).toEqual([]);
    for (const [value, tag] of [
      ['!!binary aGVsbG8=', '!!binary'],
      ['!!set { a, b }', '!!set'],
      ['!!omap [a: 1]', '!!omap'],
      ['!!pairs [a: 1]', '!!pairs'],
      ['!!timestamp 2020-01-01', '!!timestamp'],
    ])
      expect(parse(template(`Metadata:\n  Note: ${value}\n`), { allowCustomTags: true }).diagnostics).toEqual([
        expect.objectContaining({
          rule: 'template-parse',
          line: 7,
          message: expect.stringContaining(`the YAML tag ${tag} in a template`),
        }),
      ]);
  });

  test('a one-letter Y or N is text, as the common YAML 1.1 parsers and AWS samples (AllowedPattern [YN]) read it', () => {
    const text = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: y\n      B: N\n';
    expect(parse(text, { allowCustomTags: true }).diagnostics).toEqual([]);
  });

  test.each(['yes', 'No', 'on', 'OFF'])(
    "an unquoted '%s', a boolean to CloudFormation (YAML 1.1) and text to vend, is refused at its line",
    (word) => {
      const text = `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Enabled: ${word}\n`;
      expect(parse(text, { allowCustomTags: true }).diagnostics).toEqual([
        expect.objectContaining({
          rule: 'template-parse',
          line: 5,
          column: 16,
          message: expect.stringContaining('YAML 1.1'),
        }),
      ]);
      expect(parse(text.replace(`: ${word}`, `: "${word}"`), { allowCustomTags: true }).diagnostics).toEqual([]);
    },
  );

  test.each([
    ['010', 'octal 8 to CloudFormation, 10 to vend', 'but 10 to vend'],
    ['1:20', 'base 60: 80 to CloudFormation, text to vend', 'but text to vend'],
    ['1_000', '1000 to CloudFormation, text to vend', 'but text to vend'],
    ['0b101', '5 to CloudFormation, text to vend', 'but text to vend'],
    // YAML 1.1 hex takes a sign and '_' (PyYAML's int resolver: [-+]?0x[0-9a-fA-F_]+); YAML 1.2's core hex neither.
    ['-0x10', '-16 to CloudFormation, text to vend', 'but text to vend'],
    ['+0x1F', '31 to CloudFormation, text to vend', 'but text to vend'],
    ['0x1_F', '31 to CloudFormation, text to vend', 'but text to vend'],
  ])('an unquoted %s (%s) is refused at its line', (number, _, says) => {
    const text = `Resources:
  Rule:
    Type: AWS::S3::Bucket
    Properties:
      Days: ${number}
`;
    expect(parse(text, { allowCustomTags: true }).diagnostics).toEqual([
      expect.objectContaining({
        rule: 'template-parse',
        line: 5,
        column: 13,
        message: expect.stringContaining(
          `'${number}' is a number to CloudFormation, which reads templates as YAML 1.1`,
        ),
      }),
    ]);
    expect(parse(text, { allowCustomTags: true }).diagnostics[0]!.message).toContain(says);
    expect(parse(text.replace(`: ${number}`, `: "${number}"`), { allowCustomTags: true }).diagnostics).toEqual([]);
  });

  test.each([
    ['0o17', 'the number 15'],
    ['1e3', 'the number 1000'],
    // An account id with a leading zero: no octal to YAML 1.1 (8 and 9 are no octal digits), so text there.
    ['012345678901', 'the number 12345678901'],
  ])(
    'an unquoted %s, text to CloudFormation (YAML 1.1) but a number to vend, is refused at its line',
    (value, says) => {
      const text = `Resources:\n  Rule:\n    Type: AWS::S3::Bucket\n    Properties:\n      Days: ${value}\n`;
      expect(parse(text, { allowCustomTags: true }).diagnostics).toEqual([
        expect.objectContaining({
          rule: 'template-parse',
          line: 5,
          message: expect.stringContaining(
            `'${value}' is text to CloudFormation, which reads templates as YAML 1.1, but ${says}`,
          ),
        }),
      ]);
    },
  );

  test.each(['10', '0', '1.5', '0.5', '-3', '1.0e+3', 'v1_2', '10:00 UTC'])(
    'a number both versions read alike, or text neither reads as a number, passes: %s',
    (value) => {
      const text = `Resources:
  Rule:
    Type: AWS::S3::Bucket
    Properties:
      Days: ${value}
`;
      expect(parse(text, { allowCustomTags: true }).diagnostics).toEqual([]);
    },
  );
});
