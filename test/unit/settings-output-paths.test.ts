import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireOutsideRepositoryFiles, UsageError } from '../../src/settings/settings.js';

const scratch = mkdtempSync(join(tmpdir(), 'vend-output-paths-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** --out and the action's plan-file never land among the files vend reads as the repository, however spelt. */
describe('a file vend writes is refused inside accounts/, baselines/ or .git/', () => {
  const repository = join(scratch, 'repo');
  for (const directory of ['accounts', 'baselines/scps', '.git'])
    mkdirSync(join(repository, directory), { recursive: true });
  symlinkSync(join(repository, 'baselines'), join(scratch, 'baselines-link'));
  symlinkSync(repository, join(scratch, 'repo-link'));

  test.each([
    ['a name starting with two dots', join(repository, 'accounts', '..plan.yaml'), 'accounts/'],
    ['a path through a link to baselines/', join(scratch, 'baselines-link', 'scps', 'x.json'), 'baselines/'],
    ['git’s own directory', join(repository, '.git', 'HEAD'), '.git/'],
  ])('%s', (_case, path, directory) => {
    expect(() => requireOutsideRepositoryFiles('--out', path, repository)).toThrow(
      new UsageError(
        `Invalid --out '${path}': it is inside ${directory}, which vend reads as the repository, and writing there would replace its files. Write it elsewhere, outside accounts/, baselines/ and .git/.`,
      ),
    );
  });

  test('a repository named through a link is the same repository', () => {
    expect(() =>
      requireOutsideRepositoryFiles('--out', join(repository, 'accounts', 'zz.yaml'), join(scratch, 'repo-link')),
    ).toThrow(/inside accounts\//);
  });

  test('beside the repository, or in its root, is fine', () => {
    for (const path of [join(repository, 'plan.json'), join(scratch, 'plan.json'), join(repository, '..plan.json')])
      expect(requireOutsideRepositoryFiles('--out', path, repository)).toBe(path);
  });
});
