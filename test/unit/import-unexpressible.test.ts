import { loadImported } from '../support/imported-files.js';
import { describeOrganization } from '../../src/import/describe-organization.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { renderImportText } from '../../src/report/import-text.js';
import { liveOrganization, observedStateOf, ouId, scp, stackSet } from '../support/live-organization.js';

/**
 * What AWS accepts but a repository file cannot hold as it is: keys the loader refuses (`constructor`, `prototype`,
 * `__proto__`), hidden characters, an SCP with a key twice. Import leaves each out, says why, and the repository it
 * writes still validates and plans to adopt only.
 */

const A = '200000000001';
const B = '200000000002';
const C = '200000000003';
const D = '200000000004';
const ZERO_WIDTH = '\u200b';
const RIGHT_TO_LEFT = '\u202e';

function organization(): LiveOrganization {
  const live = liveOrganization({
    organizationalUnits: ['Apps', 'constructor/Deep', 'prototype'],
    accounts: [
      { id: A, name: 'app', ou: 'Apps', tags: { Owner: 'team' } },
      { id: B, name: 'hidden', ou: 'constructor/Deep', tags: { Owner: 'team' } },
      { id: C, name: 'tagged', ou: 'Apps', tags: { Owner: 'team', Note: `left${RIGHT_TO_LEFT}right` } },
      { id: D, name: 'keyed', ou: 'Apps', tags: { Owner: 'team', constructor: 'x' } },
    ],
    policies: [
      scp('prototype', [ouId('Apps')]),
      scp('bidi-description', [ouId('Apps')], { description: `Deny ${RIGHT_TO_LEFT}all` }),
      scp('zero-width', [ouId('Apps')], {
        content: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:Leave${ZERO_WIDTH}Organization","Resource":"*"}]}`,
      }),
      scp('twice', [ouId('Apps')], {
        content:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"s3:*","Resource":"*"}]}',
      }),
      scp('huge', [ouId('Apps')], {
        content:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":12345678901234567890}}}]}',
      }),
      scp('guard', [ouId('Apps')]),
    ],
    stackSets: [
      { ...stackSet('constructor', { [A]: ['us-east-1'] }), managedByVend: false },
      { ...stackSet('hidden-parameter', {}, { parameters: { Tier: `gold${ZERO_WIDTH}` } }), managedByVend: false },
      stackSet('hidden-template', {}, { template: `# ${RIGHT_TO_LEFT}\n${stackSet('x', {}).templateBody}` }),
      stackSet('roles', { [A]: ['us-east-1'] }),
    ],
  });
  return live;
}

describe('import leaves out what a repository file cannot hold, and the rest validates and only adopts', () => {
  const live = organization();
  const imported = describeOrganization(live, { organizationalUnits: [] });
  const subjects = (kind: string) =>
    imported.findings.filter((finding) => finding.kind === kind).map((finding) => finding.subject);

  test('OUs named constructor or prototype are left out with everything beneath them', () => {
    expect(Object.keys(imported.organization!.organizationalUnits)).toEqual(['Apps']);
    expect(imported.findings).toContainEqual(
      expect.objectContaining({
        kind: 'left-out',
        subject: `OU constructor (${ouId('constructor')})`,
        message: expect.stringMatching(/nor the 1 OU and 1 account beneath it: its name.*yaml-forbidden-key/),
      }),
    );
    expect(subjects('left-out')).toContain(`OU prototype (${ouId('prototype')})`);
    expect(imported.accounts.map((account) => account.document.name)).not.toContain('hidden');
  });

  test('SCPs named prototype, with a hidden character in their description or content, a key twice or a number JavaScript cannot hold, are left out', () => {
    expect(Object.keys(imported.organization!.scps!)).toEqual(['guard']);
    const reasons = Object.fromEntries(
      imported.findings
        .filter((finding) => finding.subject.startsWith('SCP '))
        .map((finding) => [finding.subject.split(' ')[1], finding.message]),
    );
    expect(reasons).toEqual({
      prototype: expect.stringContaining('yaml-forbidden-key'),
      'bidi-description': expect.stringContaining('its description has the hidden character U+202E'),
      'zero-width': expect.stringContaining('hidden-character'),
      twice: expect.stringContaining('a key twice in one object; a file written from it would keep only the last'),
      huge: expect.stringContaining(
        'scp-syntax: its content has the number 12345678901234567890, which vend would read, write and send as 12345678901234567000 (JavaScript numbers keep about 17 digits), so the file would say another policy than the one AWS enforces. To manage it with vend, quote it in AWS ("12345678901234567890", with aws organizations update-policy --content; IAM compares condition values as strings), then import again',
      ),
    });
    expect(imported.findings.filter((finding) => finding.subject.startsWith('SCP ')).map((f) => f.kind)).toEqual([
      'left-out',
      'left-out',
      'left-out',
      'left-out',
      'left-out',
    ]);
  });

  test('an SCP left out but attached to a declared OU warns that the first drift run reports it, and how to accept it', () => {
    const prototype = imported.findings.find((finding) => finding.subject.startsWith('SCP prototype '));
    expect(prototype?.message).toContain(
      'vend drift reports the attachment as high (scp-foreign, Foreign SCP attached) from its first run: detach it by hand if it should not be there, or add an ignore: entry for that finding to baselines/organization.yaml, with the reason it stays and an expiry.',
    );
  });

  test('StackSets named vend-constructor, or with a hidden character in a parameter or the template, are left out', () => {
    expect(Object.keys(imported.organization!.baselines!)).toEqual(['roles']);
    expect(imported.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'left-out',
          subject: 'StackSet vend-constructor',
          message: expect.stringContaining('yaml-forbidden-key'),
        }),
        expect.objectContaining({
          kind: 'left-out',
          subject: 'StackSet vend-hidden-parameter',
          message: expect.stringContaining('its parameter "Tier" (or its value) has the hidden character U+200B'),
        }),
        // Tagged, so vend owns it, and the first plan would delete it: that is for the person to decide.
        expect.objectContaining({
          kind: 'check',
          subject: 'StackSet vend-hidden-template',
          message: expect.stringContaining('would delete it'),
        }),
      ]),
    );
  });

  test('accounts whose tags hold a hidden character or a refused key are left out', () => {
    expect(imported.accounts.map((account) => account.document.name)).toEqual(['app']);
    expect(subjects('left-out')).toEqual(expect.arrayContaining([`account ${C} (tagged)`, `account ${D} (keyed)`]));
  });

  test('validate passes; the plan adopts, and deletes only the vend-tagged StackSet import reported', () => {
    const verdict = loadImported(imported, live);
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const plan = computePlan(verdict.desired!, observedStateOf(live));
    expect(plan.problems).toEqual([]);
    expect(plan.summary.create).toBe(0);
    expect(plan.changes.filter((change) => change.kind.startsWith('delete')).map((change) => change.target)).toEqual([
      expect.stringContaining('vend-hidden-template'),
    ]);
  });

  test('the report shows hidden characters as code points, never as themselves', () => {
    const text = renderImportText(
      {
        status: 'written',
        report: {
          organizationId: 'o-example',
          managementAccountId: '111111111111',
          mode: 'organization',
          written: [],
          refused: [],
          findings: [
            ...imported.findings,
            { kind: 'left-out', subject: `SCP deny${RIGHT_TO_LEFT}all (p-1)`, message: 'Not in the catalogue.' },
            // AWS allows a line break in a policy name and in a tag value: it must not start a line of its own.
            {
              kind: 'left-out',
              subject: 'SCP deny\n  - account 222222222222 (fake) (p-2)',
              message: "owner 'x\nmalicious: true'",
            },
          ],
        },
        validation: { diagnostics: [], fileCount: 1, exitCode: 0, exceptions: [], driftIgnore: [] },
      },
      '/repo',
    );
    expect(text).not.toMatch(/[\u200b\u202e]/);
    expect(text).toContain('  - SCP deny<U+202E>all (p-1): Not in the catalogue.');
    expect(text).toContain(
      "  - SCP deny<U+000A>  - account 222222222222 (fake) (p-2): owner 'x<U+000A>malicious: true'",
    );
    expect(text).not.toMatch(/^\s+- account 222222222222/m);
  });
});

test('sibling OUs whose names differ only in case are left out, so the repository import writes still validates', () => {
  const live = liveOrganization({
    organizationalUnits: ['Workloads', 'workloads', 'Shared'],
    accounts: [
      { id: A, name: 'upper', ou: 'Workloads', tags: { Owner: 'team' } },
      { id: B, name: 'lower', ou: 'workloads', tags: { Owner: 'team' } },
      { id: C, name: 'shared', ou: 'Shared', tags: { Owner: 'team' } },
    ],
  });
  const imported = describeOrganization(live, { organizationalUnits: [] });
  expect(Object.keys(imported.organization!.organizationalUnits)).toEqual(['Shared']);
  for (const name of ['Workloads', 'workloads'])
    expect(imported.findings).toContainEqual(
      expect.objectContaining({
        kind: 'left-out',
        subject: `OU ${name} (${ouId(name)})`,
        message: expect.stringContaining("are named 'Workloads' and 'workloads', so a path cannot tell them apart"),
      }),
    );
  const verdict = loadImported(imported, live);
  expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
});

test('an SCP whose AWS name has spaces is left out with the rename that would let vend manage it', () => {
  const live = organization();
  live.serviceControlPolicies.push(
    { ...scp('Deny all (legacy)', [ouId('Apps')]), awsManaged: false },
    { ...scp('Deny-all', [ouId('Apps')]), awsManaged: false },
    { ...scp('Deny all', [ouId('Apps')]), id: 'p-denyall2', awsManaged: false },
    { ...scp('42 ???', [ouId('Apps')]), awsManaged: false },
    { ...scp('constructor!', [ouId('Apps')]), awsManaged: false },
  );
  const messages = Object.fromEntries(
    describeOrganization(live, { organizationalUnits: [] }).findings.map((finding) => [
      finding.subject,
      finding.message,
    ]),
  );
  const rename = (id: string, name: string) =>
    `Not in the catalogue (its name is no catalogue name (1-64 letters, digits, _ and -, starting with a letter), and the catalogue names an SCP by its name in AWS, where spaces and other characters are allowed. To manage it with vend, rename it in AWS, which keeps its id, content and attachments, if nothing else refers to it by name: aws organizations update-policy --policy-id ${id} --name ${name}, then import again), so its attachment stays as it is, unmanaged.`;
  expect(messages['SCP Deny all (legacy) (p-denyalllegacy)']).toContain(
    `${rename('p-denyalllegacy', 'Deny-all-legacy')} vend drift reports the attachment as high`,
  );
  // Deny-all is taken by another policy, and nothing of 42 ??? starts with a letter: the policy id makes them unique.
  expect(messages['SCP Deny all (p-denyall2)']).toContain('--name Deny-all-p-denyall2,');
  expect(messages['SCP 42 ??? (p-42)']).toContain('--name scp-p-42,');
  // `constructor` fits the pattern but validate refuses it as a key: the suggestion must not send the person round.
  expect(messages['SCP constructor! (p-constructor)']).toContain('--name constructor-p-constructor,');
});
