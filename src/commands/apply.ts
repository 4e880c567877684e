import { applyPlan } from '../apply/execute-plan.js';
import type { ApplyOptions } from '../apply/execute-plan.js';
import { applyExitCode } from '../apply/apply-report.js';
import type { ApplyReport, ReviewedPlanSummary } from '../apply/apply-report.js';
import { NO_REVIEWED_PLAN, reviewedPlanFromFile } from '../apply/reviewed-plan.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { createAwsClients, destroyAwsClients, missingCredentialsReason } from '../observe/aws-clients.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate } from './validate.js';
import type { ValidateResult } from './validate.js';

export type ApplyOutcome =
  | { status: 'invalid'; validation: ValidateResult }
  | { status: 'applied'; validation: ValidateResult; report: ApplyReport; exitCode: 0 | 1 };

export interface ApplyDependencies extends Pick<ApplyOptions, 'clock' | 'schedules' | 'log' | 'observe'> {
  /** Injected in tests; otherwise built for the organization's home region from the default credential chain. */
  clients?: AwsClients;
  now?: Date;
  /** The merged pull request's reviewed plan, which the action reads from GitHub. A --plan file takes precedence. */
  reviewedPlan?: ReviewedPlanSummary;
}

/**
 * Validate, then reconcile the organization with the repository. A repository with validation errors changes
 * nothing: there is never a partial apply of bad input.
 */
export async function runApply(settings: VendSettings, dependencies: ApplyDependencies = {}): Promise<ApplyOutcome> {
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: 'invalid', validation };
  const desired = validation.desired;
  const reviewed = settings.reviewedPlanFile
    ? reviewedPlanFromFile(settings.reviewedPlanFile, desired.organization.managementAccountId)
    : (dependencies.reviewedPlan ?? NO_REVIEWED_PLAN);

  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the apply role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`,
      );
    }
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: settings.allowDestructive,
      reviewed,
      ...(dependencies.clock ? { clock: dependencies.clock } : {}),
      ...(dependencies.schedules ? { schedules: dependencies.schedules } : {}),
      ...(dependencies.log ? { log: dependencies.log } : {}),
      ...(dependencies.observe ? { observe: dependencies.observe } : {}),
    });
    return { status: 'applied', validation, report, exitCode: applyExitCode(report) };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}
