import type { GitHubEvent } from './github-event.js';

/** A command's words for its refusals off the default branch. */
export interface BranchGuard {
  /** `vend apply`. */
  command: string;
  /** `runs`, `keeps the drift issue`: what the command does only from the default branch. */
  does: string;
  /** `run`, `keep the drift issue`: after "refuses to". */
  refusesTo: string;
  /** What to do instead, said after a refusal of a ref that is not a branch (a tag, a pull request's merge ref). */
  insteadOfOtherRef: string;
  /** What to do instead, said after a refusal of a branch that is not the default one. */
  insteadOfOtherBranch: string;
}

/**
 * Why a command must not act from this ref, if it must not: only from a branch, and only from the repository's
 * default branch unless `allowNonDefaultBranch` (the `allow-non-default-branch` input) makes a deliberate exception.
 * A scheduled run is on the default branch by definition (GitHub Docs, "Events that trigger workflows", schedule:
 * "Scheduled workflows will only run on the default branch"), so its ref is taken as that branch when the payload
 * does not name it; any other event that does not name it is refused.
 */
export function defaultBranchRefusal(
  event: Pick<GitHubEvent, 'eventName' | 'ref' | 'defaultBranch'>,
  allowNonDefaultBranch: boolean,
  guard: BranchGuard,
): string | undefined {
  const { command, does } = guard;
  if (!event.ref.startsWith('refs/heads/')) {
    return [`${command} ${does} only from a branch, not from '${event.ref}'.`, guard.insteadOfOtherRef]
      .filter(Boolean)
      .join(' ');
  }
  if (allowNonDefaultBranch) return undefined;
  const defaultBranch =
    event.defaultBranch ?? (event.eventName === 'schedule' ? event.ref.slice('refs/heads/'.length) : undefined);
  if (!defaultBranch) {
    return `${command} cannot tell the repository's default branch from the '${event.eventName}' event, so it refuses to ${guard.refusesTo} from ${event.ref}.`;
  }
  if (event.ref !== `refs/heads/${defaultBranch}`) {
    return `${command} ${does} only from the default branch 'refs/heads/${defaultBranch}', not '${event.ref}'. ${guard.insteadOfOtherBranch}`;
  }
  return undefined;
}
