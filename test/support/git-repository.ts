import { execFileSync } from 'node:child_process';
import { fixtureRepository } from './fixture-repository.js';

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Vend Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

/** A fixture repository checked in to git, as actions/checkout leaves it: returns the root and its HEAD. */
export function gitRepository(edits: Parameters<typeof fixtureRepository>[0] = {}): { root: string; sha: string } {
  const root = fixtureRepository(edits);
  git(root, ['init', '--quiet', '--initial-branch=main']);
  return { root, sha: commitAll(root, 'Describe the organization') };
}

/** Commits everything in the working tree and returns the new HEAD. */
export function commitAll(root: string, message: string): string {
  git(root, ['add', '--all']);
  git(root, ['commit', '--quiet', '--allow-empty', '--message', message]);
  return git(root, ['rev-parse', 'HEAD']);
}
