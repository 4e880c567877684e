import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { runPlan } from '../commands/plan.js';
import { ActionOutput } from '../constants.js';
import { errorMessage } from '../errors.js';
import { PLAN_COMMENT_MARKER } from '../github/merged-pull-request.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { planSections, renderPlanComment } from '../report/plan-markdown.js';
import { summaryLine } from '../report/plan-text.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import type { GitHubEvent } from './github-event.js';
import { postStickyComment } from './post-sticky-comment.js';
import { publishValidation } from './validate-action.js';

export async function runPlanAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  let outcome;
  try {
    outcome = await runPlan(
      settings,
      event.fromFork
        ? {
            skipReason:
              'this pull request comes from a fork, which gets a read-only token and no AWS credentials; only validation ran.',
          }
        : {},
    );
  } catch (error) {
    // The previous plan comment must not outlive a failed re-plan: apply reads its destructive approvals.
    await postComment(
      settings,
      event,
      `${PLAN_COMMENT_MARKER}\n## Vend plan: failed\n\n${escapeMarkdown(errorMessage(error))}\n\nFix the cause and push to re-plan; nothing is approved until a plan succeeds.`,
    );
    throw error;
  }
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === 'invalid') {
    await postComment(
      settings,
      event,
      `${PLAN_COMMENT_MARKER}\n## Vend plan: not computed\n\nThe repository has validation errors; see the annotations on the changed files. Fix them and push to re-plan.`,
    );
    await core.summary.write();
    return;
  }
  if (outcome.status === 'skipped') {
    const message = `Plan skipped: ${outcome.reason}`;
    core.warning(message);
    core.summary.addHeading('Vend plan: skipped', 2).addRaw(escapeMarkdown(message), true);
    await postComment(settings, event, `${PLAN_COMMENT_MARKER}\n## Vend plan: skipped\n\n${escapeMarkdown(message)}`);
    await core.summary.write();
    return;
  }

  const { plan } = outcome;
  core.setOutput(ActionOutput.hasChanges, plan.changes.length > 0);
  core.setOutput(ActionOutput.toCreate, plan.summary.create);
  core.setOutput(ActionOutput.toChange, plan.summary.change);
  core.setOutput(ActionOutput.toDestroy, plan.summary.destroy);
  core.setOutput(ActionOutput.planDigest, plan.digest);
  if (settings.planOutputFile) core.setOutput(ActionOutput.planFile, settings.planOutputFile);
  core.info(`Plan: ${summaryLine(plan.summary)}.`);

  const context = {
    commitSha: event.sha,
    ...(settings.guardrailReportFile ? { guardrailReport: readGuardrailReport(settings.guardrailReportFile) } : {}),
  };
  // The job summary has room for every section; only the PR comment is trimmed.
  core.summary.addRaw(
    planSections(plan, context)
      .map((section) => section.markdown)
      .join('\n\n'),
    true,
  );
  await postComment(settings, event, renderPlanComment(plan, context));
  await core.summary.write();
  if (plan.problems.length > 0)
    core.setFailed(`The plan has ${plan.problems.length} problem(s) that block apply; see the plan.`);
}

function readGuardrailReport(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    core.warning(`Guardrail report ${file} could not be read (${errorMessage(error)}); the plan comment omits it.`);
    return '';
  }
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
