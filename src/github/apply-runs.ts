import { APPLY_EVENTS } from '../constants.js';
import type { GitHubClient } from './octokit.js';

/** A run of the apply workflow that has not finished: it may be changing the organization, or about to. */
export interface UnfinishedRun {
  status: string;
  htmlUrl: string;
  headSha: string;
}

/**
 * The unfinished runs of `workflowFile` (`vend-apply.yml`) among its latest 100 that can apply: on `branch` (the one
 * drift compares with), from push or workflow_dispatch; queued, in progress, or waiting for a deployment review. The drift job shares the apply job's concurrency group, but that only keeps the two
 * jobs apart: a run whose plan job is still running, or whose apply job waits for its review or behind the drift
 * job, may be about to correct what drift reports, so the report says so.
 *
 * Source: GitHub REST "List workflow runs for a workflow" (actions/list-workflow-runs); a run's `status` is one of
 * requested, queued, pending, waiting, in_progress, completed (`waiting` while an environment review is pending).
 *
 * @throws when GitHub cannot be asked (the job needs `actions: read`).
 */
export async function unfinishedRuns(
  octokit: GitHubClient,
  target: { owner: string; repo: string; workflowFile: string; branch: string },
): Promise<UnfinishedRun[]> {
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner: target.owner,
    repo: target.repo,
    workflow_id: target.workflowFile,
    per_page: 100,
  });
  // Only runs that can apply: a branch's own copy of the workflow, stuck in a queue, changes nothing.
  return data.workflow_runs
    .filter((run) => run.status !== 'completed' && run.head_branch === target.branch && APPLY_EVENTS.has(run.event))
    .map((run) => ({ status: run.status ?? 'unknown', htmlUrl: run.html_url, headSha: run.head_sha }));
}
