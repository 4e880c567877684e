import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/config/repository-commit.ts
import { execFileSync } from "node:child_process";
function repositoryCommit(root) {
  try {
    const output = execFileSync("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(output) ? output : null;
  } catch {
    return null;
  }
}
function hasUncommittedChanges(root) {
  const git = (args) => execFileSync("git", [...args, "--", "accounts", "baselines"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 1e4,
    maxBuffer: 64 * 1024 * 1024
  });
  try {
    if (git(["status", "--porcelain", "--untracked-files=all", "--ignored=matching"]).trim() !== "") return true;
    return git(["ls-files", "-v"]).split("\n").some((line) => /^(S|[a-z]) /.test(line));
  } catch {
    return false;
  }
}
function commitsMissingFrom(root, commit) {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return void 0;
  try {
    const output = execFileSync("git", ["rev-list", "--count", `HEAD..${commit}`, "--", "accounts", "baselines"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    return /^\d+$/.test(output) ? Number(output) : void 0;
  } catch {
    return void 0;
  }
}

export {
  repositoryCommit,
  hasUncommittedChanges,
  commitsMissingFrom
};
