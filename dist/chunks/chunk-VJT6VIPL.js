import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/github/sticky-comment.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
async function findStickyComment(octokit, location) {
  requireHiddenMarker(location.marker);
  const botLogin = (location.botLogin ?? GITHUB_ACTIONS_BOT).toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: location.owner,
    repo: location.repo,
    issue_number: location.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    const found = page.data.find(
      (comment) => comment.user?.login.toLowerCase() === botLogin && (comment.body ?? "").startsWith(`${location.marker}
`)
    );
    if (found) return { id: found.id, url: found.html_url, body: found.body ?? "" };
  }
  return void 0;
}
async function upsertStickyComment(octokit, request) {
  requireHiddenMarker(request.marker);
  if (!request.body.startsWith(`${request.marker}
`)) {
    throw new Error(`The comment body must start with its marker '${request.marker}' on a line of its own.`);
  }
  const existing = await findStickyComment(octokit, request);
  if (existing && request.keep?.(existing.body)) return { action: "kept", id: existing.id, url: existing.url };
  if (existing) {
    const { data: data2 } = await octokit.rest.issues.updateComment({
      owner: request.owner,
      repo: request.repo,
      comment_id: existing.id,
      body: request.amend ? request.amend(existing.body) : request.body
    });
    return { action: "updated", id: data2.id, url: data2.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    body: request.body
  });
  return { action: "created", id: data.id, url: data.html_url };
}
function requireHiddenMarker(marker) {
  if (!/^<!--[^\n]*\S[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes("--")) {
    throw new Error(
      `Invalid comment marker '${marker}'. Expected a one-line HTML comment such as '<!-- vend:plan -->'.`
    );
  }
}

export {
  GITHUB_ACTIONS_BOT,
  upsertStickyComment
};
