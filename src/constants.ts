/** Action input names, as declared in action.yml. */
export enum ActionInput {
  command = 'command',
  workingDirectory = 'working-directory',
  githubToken = 'github-token',
  comment = 'comment',
  commentAuthor = 'comment-author',
  allowDestructive = 'allow-destructive',
  allowHighImpact = 'allow-high-impact',
  autoApprove = 'auto-approve',
  environment = 'environment',
  allowNonDefaultBranch = 'allow-non-default-branch',
  failOnDrift = 'fail-on-drift',
  detectionMinutes = 'detection-minutes',
  applyWorkflow = 'apply-workflow',
  baseDirectory = 'base-directory',
  planFile = 'plan-file',
  guardrailReport = 'guardrail-report',
  guardrailOutcome = 'guardrail-outcome',
}

/** Action output names, as declared in action.yml. */
export enum ActionOutput {
  errors = 'errors',
  warnings = 'warnings',
  hasChanges = 'has-changes',
  hasDestructive = 'has-destructive',
  hasHighImpact = 'has-high-impact',
  toCreate = 'to-create',
  toChange = 'to-change',
  toDestroy = 'to-destroy',
  planFile = 'plan-file',
  planDigest = 'plan-digest',
  accountIds = 'account-ids',
  changesApplied = 'changes-applied',
  drifted = 'drifted',
  driftCount = 'drift-count',
  driftError = 'drift-error',
}

/**
 * The events apply runs on. Both run the default branch's own workflow file: a pull request (any kind),
 * pull_request_review, merge_group or a push to another branch would change the organization from code nobody
 * merged, or from a workflow a branch can rewrite.
 */
export const APPLY_EVENTS: ReadonlySet<string> = new Set(['push', 'workflow_dispatch']);
