import { parse } from 'yaml';
import { describeOrganization } from '../../src/import/describe-organization.js';
import { renderRepository } from '../../src/import/render-repository.js';
import { loadImported } from '../support/imported-files.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { liveOrganization, observedStateOf, REGIONAL_TEMPLATE, stackSet } from '../support/live-organization.js';

/**
 * The files vend import writes read the same to vend (YAML 1.2) and to the YAML 1.1 readers a repository meets
 * (CloudFormation, many linters and scripts): a string that either would read as a boolean, number, date or null
 * is quoted.
 */
const A = '200000000001';
const B = '200000000002';
const live = liveOrganization({
  organizationalUnits: ['Apps'],
  accounts: [
    { id: A, name: 'app', ou: 'Apps', tags: { Owner: 'yes', Window: '1:2', Since: '2001-01-01', on: 'off' } },
    { id: B, name: 'other', ou: 'Apps', tags: { Owner: 'team', Code: '0755', Flag: 'Y', Value: '=' } },
  ],
  stackSets: [
    stackSet(
      'levels',
      { [A]: ['us-east-1'], [B]: ['us-east-1'] },
      {
        // The template declares Level, which the StackSet and B's instance set.
        template: REGIONAL_TEMPLATE.replace('Parameters:\n', 'Parameters:\n  Level:\n    Type: String\n'),
        parameters: { Level: 'yes', Tier: 'standard' },
        overrides: { [B]: { Level: '12:30:00' } },
      },
    ),
  ],
});
const files = renderRepository(describeOrganization(live, { organizationalUnits: [] }), live.organization.id);

test('strings YAML 1.1 reads as something else are quoted; others stay plain', () => {
  const app = files.get('accounts/app.yaml')!;
  expect(app).toContain("owner: 'yes'\n");
  expect(app).toContain("  Since: '2001-01-01'\n");
  expect(app).toContain("  Window: '1:2'\n");
  expect(app).toContain("  'on': 'off'\n");
  expect(files.get('accounts/other.yaml')).toContain("  Flag: 'Y'\n");
  // YAML 1.1's value key, which AWS allows in a tag value: PyYAML refuses a plain `=` (tag:yaml.org,2002:value).
  expect(files.get('accounts/other.yaml')).toContain("  Value: '='\n");
  expect(files.get('accounts/other.yaml')).toContain("    Level: '12:30:00'\n");
  const organization = files.get('baselines/organization.yaml')!;
  expect(organization).toContain("    parameters:\n      Level: 'yes'\n      Tier: standard\n");
  expect(organization).toContain('homeRegion: us-east-1\n');
});

test('every YAML file import writes reads the same under YAML 1.1 as under YAML 1.2', () => {
  const yamlFiles = [...files].filter(([file]) => file.endsWith('.yaml') && !file.startsWith('baselines/stacksets/'));
  expect(yamlFiles.length).toBeGreaterThan(2);
  for (const [file, text] of yamlFiles)
    expect({ file, value: parse(text, { version: '1.1' }) }).toEqual({ file, value: parse(text, { version: '1.2' }) });
});

test('an SCP is pretty-printed unless that would change a number it holds; then it is written as AWS holds it', () => {
  const content = (value: string) =>
    `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":${value}}}}]}`;
  const render = (policies: { name: string; content: string }[]) =>
    renderRepository(
      {
        accounts: [],
        findings: [],
        templates: [],
        scps: policies.map(({ name, content: text }) => ({ name, file: `baselines/scps/${name}.json`, content: text })),
      },
      'o-test',
    );
  const rendered = render([
    { name: 'plain', content: content('1000') },
    { name: 'huge', content: content('12345678901234567890') },
    { name: 'decimal', content: content('3600.0') },
  ]);
  expect(rendered.get('baselines/scps/plain.json')).toContain('"s3:max-keys": 1000\n');
  expect(rendered.get('baselines/scps/huge.json')).toBe(`${content('12345678901234567890')}\n`);
  expect(rendered.get('baselines/scps/decimal.json')).toBe(`${content('3600.0')}\n`);
});

test('an Owner tag of only spaces names no one: import writes the placeholder, which validate warns of', () => {
  const blank = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: A, name: 'app', ou: 'Apps', tags: { Owner: '  ' } }],
  });
  const written = renderRepository(describeOrganization(blank, { organizationalUnits: [] }), blank.organization.id);
  expect(written.get('accounts/app.yaml')).toContain(
    'owner: vend:unassigned # the Owner tag in AWS is only whitespace, which names no team: name the owning team\n',
  );
  const untagged = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: A, name: 'app', ou: 'Apps', tags: {} }],
  });
  expect(
    renderRepository(describeOrganization(untagged, { organizationalUnits: [] }), untagged.organization.id).get(
      'accounts/app.yaml',
    ),
  ).toContain('owner: vend:unassigned # no Owner tag in AWS: name the owning team\n');
});

test('an Owner tag that is the placeholder itself is not called missing, and validate’s warning is true of it too', () => {
  const placeholder = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: A, name: 'app', ou: 'Apps', tags: { Owner: 'vend:unassigned' } }],
  });
  const imported = describeOrganization(placeholder, { organizationalUnits: [] });
  expect(renderRepository(imported, placeholder.organization.id).get('accounts/app.yaml')).toContain(
    'owner: vend:unassigned # the Owner tag in AWS is this placeholder itself, which names no team: name the owning team\n',
  );
  expect(loadImported(imported, placeholder).diagnostics).toEqual([
    expect.objectContaining({
      rule: 'owner-unassigned',
      severity: 'warning',
      message: expect.stringContaining(
        "owner is 'vend:unassigned', the placeholder vend import writes for an account whose Owner tag names no team (none, an empty one, this placeholder, or one validate refuses as the owner)",
      ),
    }),
  ]);
});

// Organizations tag quota: 50 per account. The placeholder owner leaves the Owner tag in AWS, so it cannot make room
// for ManagedBy: an account holding 50 tags with Owner is left out, as one holding 50 without Owner is.
test('an account holding 50 tags with a valid Owner is left out, not written with the placeholder owner', () => {
  const tags = Object.fromEntries(Array.from({ length: 49 }, (_, index) => [`k${index}`, 'v']));
  const full = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: A, name: 'app', ou: 'Apps', tags: { Owner: 'team-a', ...tags } }],
  });
  const imported = describeOrganization(full, { organizationalUnits: [] });
  expect(renderRepository(imported, full.organization.id).has('accounts/app.yaml')).toBe(false);
  expect(imported.findings).toContainEqual(
    expect.objectContaining({
      subject: expect.stringContaining(A),
      message: expect.stringContaining('51 tags including the ones vend sets (Owner, ManagedBy)'),
    }),
  );
});

test('an Owner tag validate refuses as the owner gives the placeholder, with why; the plan keeps the tag as it is', () => {
  const refused = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: A, name: 'app', ou: 'Apps', tags: { Owner: 'team payments!!', CostCenter: '4711' } }],
  });
  const imported = describeOrganization(refused, { organizationalUnits: [] });
  const manifest = renderRepository(imported, refused.organization.id).get('accounts/app.yaml');
  expect(manifest).toContain(
    'owner: vend:unassigned # the Owner tag in AWS is one validate refuses as the owner (rule tag-characters): name the owning team\n',
  );
  expect(manifest).toContain("tags:\n  CostCenter: '4711'\n");
  expect(imported.findings).toContainEqual({
    kind: 'note',
    subject: `account ${A} (app)`,
    message:
      "Written with owner vend:unassigned; its Owner tag stays as it is in AWS until the manifest names the owning team. Validate would refuse the tag as the owner: tag-characters: owner 'team payments!!', which becomes the tag Owner, has '!' (U+0021), which AWS Organizations refuses in tags: keys and values may contain only letters, numbers, spaces and _ . : / = + - @ (the Organizations TagValue shape). CreateAccount refuses a new account with it, and TagResource an existing account's tags; remove or replace it.",
  });
  const verdict = loadImported(imported, refused);
  expect(verdict.diagnostics).toEqual([expect.objectContaining({ rule: 'owner-unassigned', severity: 'warning' })]);
  const plan = computePlan(verdict.desired!, observedStateOf(refused));
  // Adoption alone: no change sets or removes the Owner tag.
  expect(plan.changes.map((change) => change.description)).toEqual([
    `Adopt existing account app (${A}) with email aws+${A}@example.com`,
  ]);
});
