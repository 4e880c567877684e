import { execFileSync } from 'node:child_process';

/**
 * `git rev-parse HEAD` of the repository at `root`: the commit a plan is computed from and a saved plan must be
 * applied to. Null outside a git checkout, or where git is missing or refuses the directory (unsafe ownership), so
 * a plan made there can only be applied there. Arguments go to git directly, never through a shell.
 */
export function repositoryCommit(root: string): string | null {
  try {
    const output = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(output) ? output : null;
  } catch {
    return null;
  }
}

/**
 * Whether accounts/ or baselines/ differ from HEAD (edited, added or removed files, untracked ones too): then what
 * was compared is not the commit `repositoryCommit` names. Files git is told to overlook count too: ignored ones
 * (.gitignore, .git/info/exclude), which vend reads all the same, and tracked ones marked skip-worktree or
 * assume-unchanged, whose edits `git status` does not show (`git ls-files -v` tags them S or in lower case).
 * False outside git, or where git cannot say.
 */
export function hasUncommittedChanges(root: string): boolean {
  const git = (args: string[]) =>
    execFileSync('git', [...args, '--', 'accounts', 'baselines'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    if (git(['status', '--porcelain', '--untracked-files=all', '--ignored=matching']).trim() !== '') return true;
    return git(['ls-files', '-v'])
      .split('\n')
      .some((line) => /^(S|[a-z]) /.test(line));
  } catch {
    return false;
  }
}

/**
 * How many commits reachable from `commit` (the base branch's tip) that HEAD of the repository at `root` lacks touch
 * what vend reads, accounts/ or baselines/: `git rev-list --count HEAD..commit -- accounts baselines`. A branch
 * behind main only by commits elsewhere (docs, workflows) plans what merging makes. 0 when HEAD lacks none such;
 * undefined outside git, or where the commit is not in the repository's history (a shallow clone, another clone),
 * so that nothing can be told.
 */
export function commitsMissingFrom(root: string, commit: string): number | undefined {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return undefined;
  try {
    const output = execFileSync('git', ['rev-list', '--count', `HEAD..${commit}`, '--', 'accounts', 'baselines'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    return /^\d+$/.test(output) ? Number(output) : undefined;
  } catch {
    return undefined;
  }
}
