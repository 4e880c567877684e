import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTargets, writeRepository } from '../../src/import/write-repository.js';
import { EnvironmentError } from '../../src/settings/settings.js';

/** vend import writes all its files or none: every target is checked before the first is written. */
const FILES = ['accounts/app.yaml', 'baselines/organization.yaml', 'baselines/scps/guard.json'];
const directories: string[] = [];
const directory = () => {
  const path = mkdtempSync(join(tmpdir(), 'vend-import-write-'));
  directories.push(path);
  return path;
};
afterAll(() => directories.forEach((path) => rmSync(path, { recursive: true, force: true })));

test('a fresh or empty repository has nothing in the way, and every file is written', () => {
  const root = directory();
  expect(checkTargets(join(root, 'new'), FILES)).toEqual([]);
  expect(checkTargets(root, FILES)).toEqual([]);
  writeRepository(root, new Map(FILES.map((file) => [file, 'x'])), { replace: false });
  expect(readdirSync(join(root, 'baselines')).sort()).toEqual(['organization.yaml', 'scps']);
  expect(checkTargets(root, FILES)).toEqual(FILES);
});

test('a symbolic link anywhere on the way is refused, in import’s own words, before anything is written', () => {
  const root = directory();
  const outside = directory();
  mkdirSync(join(root, 'accounts'));
  writeFileSync(join(root, 'accounts', 'app.yaml'), 'kept');
  symlinkSync(outside, join(root, 'baselines'));
  expect(() => checkTargets(root, FILES)).toThrow(
    new EnvironmentError(
      `Refusing to write baselines/organization.yaml in ${root}: baselines is a symbolic link (to ${outside}), and vend import never writes through a link, which could lead out of the repository. Nothing was written. Move it out of the way, or import into another --repo.`,
    ),
  );
  // The command line was right, so the CLI does not point to vend --help.
  expect(() => checkTargets(root, FILES)).toThrow(EnvironmentError);
  expect(readdirSync(outside)).toEqual([]);
});

test('a file where a directory must be, or a directory where a file must be, is refused', () => {
  const root = directory();
  writeFileSync(join(root, 'baselines'), '');
  expect(() => checkTargets(root, FILES)).toThrow(
    `Cannot write baselines/organization.yaml in ${root}: baselines is a file, not a directory.`,
  );
  const other = directory();
  mkdirSync(join(other, 'accounts', 'app.yaml'), { recursive: true });
  expect(() => checkTargets(other, FILES)).toThrow(
    'Cannot write accounts/app.yaml in ' + `${other}: it is a directory`,
  );
});
