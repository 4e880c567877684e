import { untaggedStackSetsNotChecked } from '../drift/unowned-stack-set-findings.js';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { systemClock } from '../apply/polling.js';
import type { ApplyClock } from '../apply/polling.js';
import { hasUncommittedChanges, repositoryCommit } from '../config/repository-commit.js';
import { assembleDriftReport } from '../drift/assemble-report.js';
import { detectStackSetDrift } from '../drift/detect-stack-set-drift.js';
import { detectionCoverageGaps } from '../drift/detection-coverage.js';
import { DriftContext } from '../drift/drift-context.js';
import { DRIFT_REPORT_FORMAT_VERSION } from '../drift/drift-report.js';
import type { DriftNotRun, DriftReport } from '../drift/drift-report.js';
import { exceptionFindings } from '../drift/exception-findings.js';
import { organizationFindings } from '../drift/plan-findings.js';
import { resourceDriftFindings } from '../drift/resource-findings.js';
import { foreignScpAttachments } from '../drift/foreign-scps.js';
import { findWhoChangedIt } from '../drift/who-changed-it.js';
import type { AwsClients } from '../observe/aws-clients.js';
import {
  createAwsClients,
  createDriftDetectionClient,
  destroyAwsClients,
  missingCredentialsReason,
} from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import { observeOrganization } from '../observe/read-organization.js';
import { stackSetCallAs } from '../observe/read-stack-sets.js';
import { computePlan } from '../plan/compute-plan.js';
import { countDiagnostics, diagnosticsJson } from '../report/diagnostics-report.js';
import { countOf } from '../report/phrasing.js';
import { DEFAULT_DETECTION_MINUTES } from '../settings/settings.js';
import type { VendSettings } from '../settings/settings.js';
import { validateAsMerged } from './validate.js';
import type { ValidateResult } from './validate.js';

export type DriftOutcome =
  | { status: 'invalid'; validation: ValidateResult; notRun: DriftNotRun }
  | { status: 'checked'; validation: ValidateResult; report: DriftReport };

export interface DriftDependencies {
  /** Injected in tests; otherwise built for the organization's home region from the default credential chain. */
  clients?: AwsClients;
  /** Starts StackSet drift detection; see createDriftDetectionClient. */
  detectionClient?: CloudFormationClient;
  now?: Date;
  clock?: ApplyClock;
  /** Progress lines (drift detection takes minutes). */
  log?: (line: string) => void;
}

/**
 * Compares the live organization with the repository (main, in the workflow) and reports every difference as a
 * finding. Reads only, apart from DetectStackSetDrift, which starts CloudFormation's drift detection on vend's
 * StackSets. Organization and StackSet drift are the plan that would bring the organization back, read as
 * findings (drift/plan-findings.ts); the drift check reads a little more than the plan: every stack instance's
 * parameter overrides, the SCPs vend does not own on declared targets, resource drift, and CloudTrail event
 * history for who made each change.
 *
 * A repository that does not validate is no drift: the outcome is `invalid`, with what to report (DriftNotRun).
 *
 * @throws Error (exit 2) when there are no credentials or AWS refuses a read.
 */
export async function runDrift(settings: VendSettings, dependencies: DriftDependencies = {}): Promise<DriftOutcome> {
  const now = dependencies.now ?? new Date();
  const validation = validateAsMerged(settings, now);
  if (!validation.desired)
    return {
      status: 'invalid',
      validation,
      notRun: notRun(
        validation,
        repositoryCommit(settings.repositoryRoot),
        hasUncommittedChanges(settings.repositoryRoot),
        now,
      ),
    };
  const desired = validation.desired;
  const region = desired.organization.homeRegion;
  const clients = dependencies.clients ?? createAwsClients({ region });
  const detection = dependencies.detectionClient ?? createDriftDetectionClient({ region });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the drift role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`,
      );
    }
    let observed;
    try {
      observed = await observeOrganization(clients, {
        desired,
        readEveryParameterOverride: true,
        readEveryAccountTag: true,
      });
    } catch (error) {
      throw describeAwsError(error, 'Reading the organization');
    }
    const commit = repositoryCommit(settings.repositoryRoot);
    const plan = computePlan(desired, observed, {
      commit,
      ...(validation.locate ? { locate: validation.locate } : {}),
    });
    const exceptions = exceptionFindings(validation.exceptions, now);
    const context = new DriftContext(
      desired,
      observed,
      plan,
      now.toISOString().slice(0, 10),
      exceptions.filter((finding) => finding.kind === 'exception-expired').map((finding) => finding.target),
    );
    const foreign = foreignScpAttachments(context);
    const organization = organizationFindings(context, foreign);
    const detections = await detectStackSetDrift(
      { cloudFormation: clients.cloudFormation, detection },
      // Only vend's: anyone may name a StackSet with the prefix, and drift starts operations on what it checks.
      observed.stackSets.filter((stackSet) => stackSet.managedByVend).map((stackSet) => stackSet.name),
      {
        callAs: stackSetCallAs(desired),
        clock: dependencies.clock ?? systemClock,
        budgetMs: (settings.detectionMinutes ?? DEFAULT_DETECTION_MINUTES) * 60_000,
        ...(dependencies.log ? { log: dependencies.log } : {}),
      },
    );
    const resources = resourceDriftFindings(context, detections);
    const attributed = await findWhoChangedIt(
      context,
      foreign,
      [...organization.findings, ...resources.findings, ...exceptions],
      now,
    );
    const report = assembleDriftReport({
      findings: attributed.findings,
      notChecked: [
        ...organization.notChecked,
        ...resources.notChecked,
        ...untaggedStackSetsNotChecked(context),
        ...attributed.notChecked,
        ...detectionCoverageGaps(desired.baselines, desired.organization.stackSets.namePrefix),
      ],
      ignoreList: validation.driftIgnore,
      now,
      commit,
      uncommittedChanges: hasUncommittedChanges(settings.repositoryRoot),
      managementAccountId: desired.organization.managementAccountId,
    });
    return { status: 'checked', validation, report };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
    if (!dependencies.detectionClient) detection.destroy();
  }
}

/**
 * What to report when reading the organization failed (`error`, the message runDrift threw: credentials missing, a
 * role AWS refuses, an endpoint that does not answer): like a repository that does not validate, it is no drift.
 */
export function awsFailureNotRun(error: string, repositoryRoot: string, now: Date): DriftNotRun {
  const commit = repositoryCommit(repositoryRoot);
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: now.toISOString(),
    commit,
    ...(hasUncommittedChanges(repositoryRoot) ? { uncommittedChanges: true } : {}),
    error: `nothing was compared with the organization, so this is neither drift nor "no drift": ${error.replace(/\.\s*$/, '')}`,
    diagnostics: [],
  };
}

function notRun(validation: ValidateResult, commit: string | null, uncommitted: boolean, now: Date): DriftNotRun {
  const errors = countDiagnostics(validation.diagnostics).errors;
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: now.toISOString(),
    commit,
    error: `the repository${commit ? ` at commit ${commit.slice(0, 12)}${uncommitted ? ' with its uncommitted changes' : ''}` : ''} does not validate (${countOf(errors, 'error')}), so nothing was compared with the organization: this is not drift. Fix ${errors === 1 ? 'it' : 'them'} (vend validate lists ${errors === 1 ? 'it' : 'them'}), then run the check again`,
    diagnostics: diagnosticsJson(validation.diagnostics),
  };
}
