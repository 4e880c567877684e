import { applyPlan } from '../apply/execute-plan.js';
import type { ApplyOptions } from '../apply/execute-plan.js';
import { applyExitCode } from '../apply/apply-report.js';
import type { ApplyReport } from '../apply/apply-report.js';
import { SAVED_PLAN_SOURCE, TERMINAL_CONFIRMATION } from '../apply/approval.js';
import type { Approval } from '../apply/approval.js';
import { hasUncommittedChanges, repositoryCommit } from '../config/repository-commit.js';
import { readLocalFile } from '../local-files.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { createAwsClients, destroyAwsClients, missingCredentialsReason } from '../observe/aws-clients.js';
import { repositoryDigest } from '../plan/compute-plan.js';
import type { Plan } from '../plan/plan.js';
import { MalformedPlanError, parseSavedPlan, savedPlanRefusal } from '../plan/saved-plan.js';
import { UsageError } from '../settings/settings.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate } from './validate.js';
import type { ValidateResult } from './validate.js';

export type ApplyOutcome =
  | { status: 'invalid'; validation: ValidateResult }
  /** The saved plan may not be applied here (edited, another commit or organization); nothing was read from AWS. */
  | { status: 'refused'; validation: ValidateResult; reason: string }
  | { status: 'applied'; validation: ValidateResult; report: ApplyReport; exitCode: 0 | 1 };

export interface ApplyDependencies extends Pick<ApplyOptions, 'clock' | 'schedules' | 'log' | 'observe'> {
  /** Injected in tests; otherwise built for the organization's home region from the default credential chain. */
  clients?: AwsClients;
  now?: Date;
  /**
   * Without a saved plan or --auto-approve: shows the plan to the person at the terminal and resolves to whether
   * they confirmed it. Only the CLI on a terminal supplies it.
   */
  confirm?: (plan: Plan) => Promise<boolean>;
  /** With --auto-approve, shows the plan apply takes before it changes anything (the CLI prints it). */
  show?: (plan: Plan) => void;
  /** Directories a pull request may control, which the saved plan's path must not reach through a link. */
  untrustedRoots?: string[];
}

/**
 * Validate, then carry out the approved plan: the saved plan of `--plan`, or (Terraform's convention) the plan
 * apply computes, confirmed at the terminal or taken as it is with --auto-approve. A repository with validation
 * errors changes nothing, and neither does a saved plan that is edited, from another commit, or no longer covers
 * what the organization needs.
 *
 * @throws UsageError (exit 2) when the saved plan is missing or malformed, or when there is no way to approve.
 */
export async function runApply(settings: VendSettings, dependencies: ApplyDependencies = {}): Promise<ApplyOutcome> {
  const savedPlan = settings.savedPlanFile
    ? readSavedPlan(settings.savedPlanFile, [settings.repositoryRoot, ...(dependencies.untrustedRoots ?? [])])
    : undefined;
  if (!savedPlan && !settings.autoApprove && !dependencies.confirm) {
    throw new UsageError(
      'vend apply needs an approved plan. Pass the saved plan of vend plan --out (--plan plan.json), run it on a terminal to confirm the plan it shows (stdin and stderr both on the terminal: the plan and the question go to stderr), or pass --auto-approve (auto-approve: true) to apply what it plans without asking.',
    );
  }
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: 'invalid', validation };
  const desired = validation.desired;
  const commit = repositoryCommit(settings.repositoryRoot);

  // The audit line names the commit; a plan of edited files is not that commit's, and says so. A saved plan's files
  // are the ones here (repositoryDigest), so the same edits were planned.
  const edited =
    commit !== null && hasUncommittedChanges(settings.repositoryRoot)
      ? ', with uncommitted changes to accounts/ or baselines/'
      : '';
  let approval: Approval;
  if (savedPlan) {
    const reason = savedPlanRefusal(savedPlan.plan, savedPlan.file, {
      commit,
      managementAccountId: desired.organization.managementAccountId,
      repositoryDigest: repositoryDigest(desired),
    });
    if (reason) return { status: 'refused', validation, reason };
    approval = { kind: 'saved-plan', source: `${SAVED_PLAN_SOURCE}${savedPlan.file}${edited}`, plan: savedPlan.plan };
  } else {
    approval = settings.autoApprove
      ? {
          kind: 'first-plan',
          source: `--auto-approve${edited}`,
          ...(dependencies.show ? { show: dependencies.show } : {}),
        }
      : { kind: 'first-plan', source: `${TERMINAL_CONFIRMATION}${edited}`, confirm: dependencies.confirm! };
  }

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
      allowHighImpact: settings.allowHighImpact,
      approval,
      commit,
      ...(validation.locate ? { locate: validation.locate } : {}),
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

/**
 * The largest saved plan apply reads, in bytes. A plan is JSON vend wrote; one far larger is padding, which the
 * digest check would refuse only after minutes and gigabytes (a reviewer's 300 MB file took 36 s and 1.3 GB).
 */
const SAVED_PLAN_MAX_BYTES = 256 * 1024 * 1024;

/** A missing, oversized or malformed plan file is a usage error, reported before anything else is read. */
function readSavedPlan(file: string, untrustedRoots: string[]): { file: string; plan: Plan } {
  try {
    return {
      file,
      plan: parseSavedPlan(readLocalFile(file, { untrustedRoots, maxBytes: SAVED_PLAN_MAX_BYTES }), file),
    };
  } catch (error) {
    if (error instanceof MalformedPlanError) throw new UsageError(error.message);
    throw error;
  }
}
