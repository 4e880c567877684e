import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/action/default-branch.ts
function defaultBranchRefusal(event, allowNonDefaultBranch, guard) {
  const { command, does } = guard;
  if (!event.ref.startsWith("refs/heads/")) {
    return [`${command} ${does} only from a branch, not from '${event.ref}'.`, guard.insteadOfOtherRef].filter(Boolean).join(" ");
  }
  if (allowNonDefaultBranch) return void 0;
  const defaultBranch = event.defaultBranch ?? (event.eventName === "schedule" ? event.ref.slice("refs/heads/".length) : void 0);
  if (!defaultBranch) {
    return `${command} cannot tell the repository's default branch from the '${event.eventName}' event, so it refuses to ${guard.refusesTo} from ${event.ref}.`;
  }
  if (event.ref !== `refs/heads/${defaultBranch}`) {
    return `${command} ${does} only from the default branch 'refs/heads/${defaultBranch}', not '${event.ref}'. ${guard.insteadOfOtherBranch}`;
  }
  return void 0;
}

export {
  defaultBranchRefusal
};
