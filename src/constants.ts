/** Action input names, as declared in action.yml. */
export enum ActionInput {
  command = 'command',
  workingDirectory = 'working-directory',
  githubToken = 'github-token',
  comment = 'comment',
  commentAuthor = 'comment-author',
  allowDestructive = 'allow-destructive',
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
}
