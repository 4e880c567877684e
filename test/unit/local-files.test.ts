import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWritable } from '../../src/local-files.js';

const scratch = mkdtempSync(join(tmpdir(), 'vend-local-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Where --out may go, checked before the organization is read: the same rules writeLocalFile keeps. */
describe('checkWritable', () => {
  const repository = join(scratch, 'repo');
  const elsewhere = join(scratch, 'elsewhere');
  mkdirSync(repository);
  mkdirSync(elsewhere);
  writeFileSync(join(scratch, 'a-file'), 'x');
  // As macOS's /tmp is a link to /private/tmp: a way to a directory outside anything a pull request controls.
  symlinkSync(elsewhere, join(scratch, 'tmp-link'));
  symlinkSync(elsewhere, join(repository, 'committed-link'));
  const options = { untrustedRoots: [repository] };

  test('a directory reached through a link outside the repository is fine', () => {
    expect(() => checkWritable(join(scratch, 'tmp-link', 'plan.json'), options)).not.toThrow();
  });

  test('a link inside the repository, which a pull request could have committed, is refused', () => {
    expect(() => checkWritable(join(repository, 'committed-link', 'plan.json'), options)).toThrow(
      /symbolic link inside/,
    );
  });

  test('a missing directory, or a file where a directory should be, is named', () => {
    expect(() => checkWritable(join(scratch, 'missing', 'plan.json'), options)).toThrow(
      `there is no directory ${join(scratch, 'missing')} to write it in.`,
    );
    expect(() => checkWritable(join(scratch, 'a-file', 'plan.json'), options)).toThrow(
      `${join(scratch, 'a-file')} is a file, not a directory.`,
    );
  });
});
