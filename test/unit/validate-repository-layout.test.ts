import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepository } from '../../src/config/load-repository.js';
import { fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';
import { appProd, lineOf, NOW, ORGANIZATION, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const manifest = (name: string) =>
  appProd().replace('name: app-prod', `name: ${name}`).replace('aws+app-prod@', `aws+${name}@`);

describe('a manifest vend would not read is reported, not silently left unmanaged', () => {
  test.each([
    ['accounts/team/app-two.yaml', 'accounts/app-two.yaml'],
    ['accounts/team/prod/app-two.yml', 'accounts/app-two.yaml'],
    ['accounts/app-two.yml', 'accounts/app-two.yaml'],
    ['accounts/app-two.YAML', 'accounts/app-two.yaml'],
  ])('%s is refused at the file, told to move it to %s', (file, where) => {
    expect(validate({ [file]: manifest('app-two') })).toEqual([
      expect.objectContaining({
        file,
        line: 1,
        column: 1,
        rule: 'repository-layout',
        severity: 'error',
        message: expect.stringContaining(`is not read, so the account it describes would not be managed`),
      }),
    ]);
    expect(validate({ [file]: manifest('app-two') })[0]!.message).toContain(`Move it to ${where}`);
  });

  test('other files and empty directories under accounts/ are left alone', () => {
    const root = fixtureRepository({ 'accounts/README.md': '# Accounts\n', 'accounts/.gitkeep': '' });
    mkdirSync(join(root, 'accounts/archive'));
    expect(loadRepository(root, { now: NOW }).diagnostics).toEqual([]);
  });
});

describe('a path that is a directory is called a directory', () => {
  test('a template path naming a directory is refused at the reference, saying so', () => {
    const edits = withOrganization('template: stacksets/regional.yaml', 'template: stacksets');
    expect(validate(edits)).toEqual([
      expect.objectContaining({
        file: 'baselines/organization.yaml',
        line: lineOf(ORGANIZATION, 'template: stacksets/regional.yaml'),
        rule: 'file-reference',
        message:
          "'baselines/stacksets' is a directory, not a file; point template at the file itself (such as one inside it).",
      }),
    ]);
  });
});

describe('a path that is not the file or directory vend reads is called what it is', () => {
  test.each([
    [
      'organization.yaml as a directory',
      (root: string) => {
        rmSync(join(root, 'baselines/organization.yaml'));
        mkdirSync(join(root, 'baselines/organization.yaml'));
      },
      'baselines/organization.yaml',
      "'baselines/organization.yaml' is a directory",
    ],
    [
      // Nothing blocks on the pipe: it is refused before it is opened.
      'a named pipe as a manifest',
      (root: string) => execFileSync('mkfifo', [join(root, 'accounts/fifo.yaml')]),
      'accounts/fifo.yaml',
      "'accounts/fifo.yaml' is not a regular file (a pipe, socket or device)",
    ],
    [
      'accounts as a file',
      (root: string) => {
        rmSync(join(root, 'accounts'), { recursive: true });
        writeFileSync(join(root, 'accounts'), 'not a directory\n');
      },
      'accounts',
      "'accounts' is a file, not a directory",
    ],
  ])('%s is refused as such, not reported missing', (_case, arrange, file, message) => {
    const root = fixtureRepository({});
    arrange(root);
    expect(loadRepository(root, { now: NOW }).diagnostics).toEqual([
      expect.objectContaining({ file, rule: 'repository-layout', message: expect.stringContaining(message) }),
    ]);
  });
});
