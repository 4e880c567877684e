import * as core from '@actions/core';
import { runPlan } from '../commands/plan.js';
import { bootstrapTemplateChanges } from '../config/bootstrap-template.js';
import { ActionOutput } from '../constants.js';
import { errorMessage } from '../errors.js';
import { branchTip, PLAN_COMMENT_MARKER } from '../github/merged-pull-request.js';
import { createGitHubClient } from '../github/octokit.js';
import { readLocalFile } from '../local-files.js';
import type { Plan } from '../plan/plan.js';
import { countOf } from '../name-lists.js';
import { annotatePlanProblems } from '../report/action-annotations.js';
import {
  APPLY_COMMENT_MARKER,
  renderApplyNotRunComment,
  renderApplySupersededComment,
} from '../report/apply-markdown.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { bootstrapWarning, renderPlanComment, renderPlanSummary } from '../report/plan-markdown.js';
import { blockedLine, summaryLine } from '../report/plan-text.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import { logInfo } from './action-log.js';
import { applyRefusal } from './apply-action.js';
import type { GitHubEvent } from './github-event.js';
import { commentOnMergedPullRequest, postStickyComment } from './post-sticky-comment.js';
import { publishValidation } from './validate-action.js';

/**
 * Plans and publishes. On a pull request the sticky comment is a preview for reviewers and authorises nothing; a
 * plan that cannot be made (guardrail proofs failed, the re-plan failed) replaces it with a failure notice, so an
 * old plan never stands. On the default branch (the apply workflow's plan job) the saved plan is written for the
 * apply job and the merged pull request learns that it waits for approval.
 */
export async function runPlanAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  const guardrailReport = settings.guardrailReportFile ? readGuardrailReport(settings) : undefined;
  // Read from the files alone, before anything can fail: a pull request that breaks a proof, or validation, or is
  // planned no further (a fork), must not take the bootstrap warning away with the plan.
  const bootstrap = settings.baseRepositoryRoot
    ? bootstrapTemplateChanges(settings.repositoryRoot, settings.baseRepositoryRoot)
    : [];
  const warning = bootstrapWarning(bootstrap);
  if (settings.guardrailOutcome !== undefined && settings.guardrailOutcome !== 'success') {
    const notice = `The guardrail proofs did not pass (step outcome: ${settings.guardrailOutcome}), so no plan was made. Fix the baselines or the proofs and push to re-plan.`;
    await postComment(
      settings,
      event,
      failureComment('guardrail proofs failed', notice, { ...(guardrailReport ? { guardrailReport } : {}), warning }),
    );
    core.summary
      .addHeading('Vend plan: guardrail proofs failed', 2)
      .addRaw(escapeMarkdown(notice), true)
      .addRaw(warning, true);
    await core.summary.write();
    core.setFailed(notice);
    return;
  }

  let outcome;
  try {
    outcome = await runPlan(settings, {
      untrustedRoots: [settings.workspace],
      bootstrapChanges: bootstrap,
      ...(event.fromFork
        ? {
            skipReason:
              'this pull request comes from a fork, which gets a read-only token and no AWS credentials; only validation ran.',
          }
        : {}),
    });
  } catch (error) {
    // The previous plan comment must not outlive a failed re-plan: reviewers would read a plan that no longer holds.
    await postComment(settings, event, failureComment('failed', `${errorMessage(error)}`, { warning }));
    await noApplyNotice(
      settings,
      event,
      `The plan job of this merge failed (${errorMessage(error)}), so its apply job does not run and nothing changed. Fix the cause, then re-run the workflow.`,
    );
    if (warning) await core.summary.addRaw(warning, true).write();
    throw error;
  }
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === 'invalid') {
    await noApplyNotice(
      settings,
      event,
      'The repository does not validate at this merge commit (see the annotations and the job summary), so its apply job does not run and nothing changed. Fix it in a new pull request; its merge plans and applies again.',
    );
    await postComment(
      settings,
      event,
      failureComment(
        'not computed',
        'The repository has validation errors; see the annotations on the changed files. Fix them and push to re-plan.',
        { warning },
      ),
    );
    core.summary.addRaw(warning, true);
    await core.summary.write();
    return;
  }
  if (outcome.status === 'skipped') {
    const message = `Plan skipped: ${outcome.reason}`;
    core.warning(message);
    core.summary.addHeading('Vend plan: skipped', 2).addRaw(escapeMarkdown(message), true).addRaw(warning, true);
    await postComment(
      settings,
      event,
      [`${PLAN_COMMENT_MARKER}\n## Vend plan: skipped\n\n${escapeMarkdown(message)}`, warning]
        .filter(Boolean)
        .join('\n\n'),
    );
    await core.summary.write();
    return;
  }

  const { plan } = outcome;
  // Not a pull request's preview: the plan job whose saved plan the apply job carries out, unless the apply job is
  // sure to refuse it (another ref, or a branch that has moved on): then it asks no reviewer to approve it.
  const savedForApply = event.pullRequestNumber === undefined && settings.planOutputFile !== undefined;
  const { wontApply, unconfirmed, movedOn } = savedForApply ? await applyRefusedAhead(settings, event) : {};
  setPlanOutputs(settings, plan, wontApply === undefined);
  logInfo(`Plan: ${summaryLine(plan.summary, plan.changes)}.`);
  if (wontApply) core.warning(`${wontApply} The apply job is skipped (has-changes is false).`);

  const context = {
    commitSha: event.sha,
    ...(guardrailReport ? { guardrailReport } : {}),
    ...(outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {}),
    ...(outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {}),
    ...(outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {}),
    ...(savedForApply ? (wontApply ? { notForApproval: wontApply } : { forApproval: true }) : {}),
  };
  // The job summary has whole diffs and 1 MiB of room; the PR comment, 65,536 characters.
  core.summary.addRaw(renderPlanSummary(plan, context), true);
  if (event.pullRequestNumber !== undefined) await postComment(settings, event, renderPlanComment(plan, context));
  else if (settings.comment && !wontApply) await announcePendingApply(settings, event, plan, unconfirmed);
  // Its apply job no longer runs to say so: the merged pull request hears it here when there was something to apply,
  // unless a comment reports what an apply did.
  else if (settings.comment && movedOn && plan.changes.length > 0 && plan.problems.length === 0)
    await commentOnMergedPullRequest(settings, event, renderApplySupersededComment(movedOn, event.runUrl), 'apply', {
      changesNothing: true,
    });
  await core.summary.write();
  if (plan.problems.length > 0) {
    annotatePlanProblems(plan.problems, settings.repositoryRoot);
    core.setFailed(`${blockedLine(plan)} See the plan.`);
  }
}

/**
 * On the default branch, the plan job whose saved plan the apply job carries out: when it fails or the commit does
 * not validate, the merged pull request hears that no apply runs, rather than keep an earlier attempt's "waiting for
 * approval". A record of what an apply did stays (changesNothing).
 */
async function noApplyNotice(settings: ActionSettings, event: GitHubEvent, reason: string): Promise<void> {
  if (event.pullRequestNumber !== undefined || settings.planOutputFile === undefined || !settings.comment) return;
  await commentOnMergedPullRequest(settings, event, renderApplyNotRunComment(reason, event.runUrl), 'apply', {
    changesNothing: true,
  });
}

/** `applicable`: whether the apply job may carry the plan out; has-changes and the flags are false when not. */
function setPlanOutputs(settings: ActionSettings, plan: Plan, applicable: boolean): void {
  core.setOutput(ActionOutput.hasChanges, applicable && plan.changes.length > 0);
  core.setOutput(ActionOutput.hasDestructive, applicable && plan.changes.some((change) => change.destructive));
  core.setOutput(ActionOutput.hasHighImpact, applicable && plan.changes.some((change) => change.highImpact));
  core.setOutput(ActionOutput.toCreate, plan.summary.create);
  core.setOutput(ActionOutput.toChange, plan.summary.change);
  core.setOutput(ActionOutput.toDestroy, plan.summary.destroy);
  core.setOutput(ActionOutput.planDigest, plan.digest);
  if (settings.planOutputFile) core.setOutput(ActionOutput.planFile, settings.planOutputFile);
}

function failureComment(
  what: string,
  message: string,
  context: { guardrailReport?: string; warning?: string } = {},
): string {
  return [
    PLAN_COMMENT_MARKER,
    `## Vend plan: ${what}`,
    '',
    escapeMarkdown(message),
    '',
    'The previous plan no longer holds, and nothing is planned until a plan succeeds.',
    ...(context.warning ? ['', context.warning] : []),
    ...(context.guardrailReport
      ? ['', `<details><summary>Guardrail proofs</summary>\n\n${context.guardrailReport}\n\n</details>`]
      : []),
  ].join('\n');
}

/**
 * Tells the merged pull request what its merge commit's plan holds: nothing, a problem that blocks apply, or changes
 * that wait for a reviewer, and where to approve them.
 */
async function announcePendingApply(
  settings: ActionSettings,
  event: GitHubEvent,
  plan: Plan,
  unconfirmed: string | undefined,
): Promise<void> {
  // A run whose commit may no longer be the tip: its "waiting for approval" must not replace what the pull
  // request's comment says apply did (the apply job refuses a stale run: apply-action.ts, staleRunRefusal).
  if (unconfirmed) {
    core.warning(`${unconfirmed} The merged pull request's apply comment is left as it is.`);
    return;
  }
  // A re-run after an apply: a record of what apply did stays, a part-way one too (commentOnMergedPullRequest),
  // unless nothing is left to do: then the organization matches the merge, and "nothing to do" goes over a part-way
  // report, which it keeps beneath, collapsed (withEarlierRun), rather than leave "does not fully match" standing.
  const settled = plan.changes.length === 0 && plan.problems.length === 0;
  await commentOnMergedPullRequest(
    settings,
    event,
    [APPLY_COMMENT_MARKER, pendingApplyComment(plan, event.sha, event.runUrl)].join('\n'),
    'apply',
    { changesNothing: !settled },
  );
}

/**
 * The merged pull request's apply comment before apply runs, markdown: `## Vend apply: blocked`, `nothing to do`, or
 * `waiting for approval` with the plan's counts and how many changes are destructive or high impact. `sha`: the
 * merge commit; `runUrl`: the workflow run whose apply job waits.
 */
export function pendingApplyComment(plan: Plan, sha: string, runUrl: string | undefined): string {
  const commit = sha.slice(0, 12);
  const destructive = plan.changes.filter((change) => change.destructive).length;
  const highImpact = plan.changes.filter((change) => change.highImpact).length;
  const flagged = [
    destructive > 0 ? countOf(destructive, 'destructive change') : '',
    highImpact > 0 ? countOf(highImpact, 'high-impact change') : '',
  ].filter(Boolean);
  const blocked = blockedLine(plan);
  if (blocked)
    return `## Vend apply: blocked\n\nThe plan of merge commit \`${commit}\` cannot be applied. ${blocked} The ${plan.problems.length === 1 ? 'problem is' : 'problems are'} in the job summary of [this workflow run](${runUrl}).`;
  if (plan.changes.length === 0)
    return `## Vend apply: nothing to do\n\nThe plan of merge commit \`${commit}\` has no changes: the organization already matches it.`;
  return `## Vend apply: waiting for approval\n\nThe plan of merge commit \`${commit}\` makes ${countOf(plan.changes.length, 'change')}: ${summaryLine(plan.summary, plan.changes)}${flagged.length > 0 ? `, including ${flagged.join(' and ')}` : ''}. Nothing changes until a reviewer approves the apply job of [this workflow run](${runUrl}), where the job summary shows the whole plan (digest \`${plan.digest}\`). This comment then says what apply did, or why it refused; a rejected deployment runs no job, so nothing changes and it stays as it is.`;
}

/**
 * Whether the apply job of this run is sure to refuse its plan (`wontApply`, why): the event or ref apply refuses
 * (applyRefusal), or a branch that has moved on (`movedOn` too, for the merged pull request). A tip GitHub could not
 * confirm is not sure (`unconfirmed`, why): the apply job checks again.
 */
async function applyRefusedAhead(
  settings: ActionSettings,
  event: GitHubEvent,
): Promise<{ wontApply?: string; unconfirmed?: string; movedOn?: string }> {
  const refused = applyRefusal(event, settings.allowNonDefaultBranch ?? false);
  if (refused) return { wontApply: `The apply job would refuse this run: ${refused}` };
  const moved = await branchMovedOn(settings, event);
  if (moved === undefined) return {};
  return moved.startsWith('Could not confirm') ? { unconfirmed: moved } : { wontApply: moved, movedOn: moved };
}

/** Why this run's commit is no longer the one to apply (its branch has moved on, or that cannot be told), or undefined. */
async function branchMovedOn(settings: ActionSettings, event: GitHubEvent): Promise<string | undefined> {
  if (!settings.githubToken || !event.ref.startsWith('refs/heads/')) return undefined;
  const branch = event.ref.slice('refs/heads/'.length);
  let tip: string;
  try {
    tip = await branchTip(createGitHubClient(settings.githubToken), { owner: event.owner, repo: event.repo, branch });
  } catch (error) {
    return `Could not confirm that ${event.sha} is still the tip of ${branch} (${errorMessage(error)}); the apply job checks again and refuses if it is not.`;
  }
  if (tip === event.sha.toLowerCase()) return undefined;
  return `This run is for ${event.sha}, but ${branch} is now at ${tip}: applying this run's plan could roll the organization back, so its apply job does not carry it out.`;
}

async function postComment(settings: ActionSettings, event: GitHubEvent, body: string): Promise<void> {
  if (!settings.comment || event.pullRequestNumber === undefined || !settings.githubToken) return;
  await postStickyComment(settings, event, {
    pullRequestNumber: event.pullRequestNumber,
    marker: PLAN_COMMENT_MARKER,
    body,
    kind: 'plan',
  });
}

function readGuardrailReport(settings: ActionSettings): string {
  try {
    return readLocalFile(settings.guardrailReportFile!, {
      untrustedRoots: [settings.repositoryRoot, settings.workspace],
    });
  } catch (error) {
    core.warning(`The guardrail report could not be read (${errorMessage(error)}); the plan comment omits it.`);
    return '';
  }
}
