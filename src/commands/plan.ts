import { bootstrapTemplateChanges } from '../config/bootstrap-template.js';
import type { BootstrapFileChange } from '../config/bootstrap-template.js';
import { operationPreferencesChange, stackSetHomeChange } from '../config/stack-set-settings-change.js';
import {
  droppedOrganizationalUnitsNotice,
  operationPreferencesNotice,
  stackSetHomeNotice,
} from '../report/plan-text.js';
import { droppedOrganizationalUnits } from '../plan/dropped-organizational-units.js';
import { commitsMissingFrom, repositoryCommit } from '../config/repository-commit.js';
import { checkWritable, writeLocalFile } from '../local-files.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { createAwsClients, destroyAwsClients, missingCredentialsReason } from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import { observeOrganization } from '../observe/read-organization.js';
import { canonicalJson } from '../plan/canonical-json.js';
import { computePlan } from '../plan/compute-plan.js';
import {
  acceptedFindings,
  ignoredCorrections,
  mainDriftContext,
  mainVersionsIn,
  newIgnoreEntries,
  observationScope,
  renamedByHand,
  separateMainDrift,
} from '../drift/pull-request-drift.js';
import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import type { Plan } from '../plan/plan.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate, validateAsMerged } from './validate.js';
import type { ValidateResult } from './validate.js';

export type PlanOutcome =
  | { status: 'invalid'; validation: ValidateResult }
  | { status: 'skipped'; validation: ValidateResult; reason: string }
  | {
      status: 'planned';
      validation: ValidateResult;
      plan: Plan;
      /** With a base repository (`--base`, `base-directory`): the plan's changes that correct drift on main. */
      mainDrift?: MainDrift | MainDriftUnavailable;
      /** With a base repository: how the bootstrap templates differ from the base branch's, when one does. */
      bootstrapChange?: BootstrapFileChange[];
      /**
       * With a base repository that validates: warnings for settings the pull request changes that no plan change
       * stands for (settingNotices); never empty.
       */
      settingNotices?: string[];
    };

export interface PlanDependencies {
  /** Injected in tests; otherwise built for the organization's home region from the default credential chain. */
  clients?: AwsClients;
  now?: Date;
  /** Set by the action when it knows up front that AWS cannot be reached (a fork's pull request). */
  skipReason?: string;
  /** Directories besides the repository that a pull request may control; the plan file is not written through a link in them. */
  untrustedRoots?: string[];
  /** How the bootstrap templates differ from the base branch's, when the caller compared them already (the action). */
  bootstrapChanges?: BootstrapFileChange[];
}

/**
 * Validate, observe, diff. Read-only: plan never calls a mutating AWS API. The plan records the repository's commit,
 * and `planOutputFile` receives it as the saved plan that `vend apply --plan` carries out. With a base repository
 * (the pull request's target branch), main is planned against the same observation, to set apart the changes that
 * only correct drift already on main.
 */
export async function runPlan(settings: VendSettings, dependencies: PlanDependencies = {}): Promise<PlanOutcome> {
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: 'invalid', validation };
  if (dependencies.skipReason) return { status: 'skipped', validation, reason: dependencies.skipReason };

  const desired = validation.desired;
  const base = settings.baseRepositoryRoot
    ? validateAsMerged({ repositoryRoot: settings.baseRepositoryRoot }, dependencies.now)
    : undefined;
  const writeOptions = { untrustedRoots: [settings.repositoryRoot, ...(dependencies.untrustedRoots ?? [])] };
  // Before the organization is read: a plan that cannot be saved is not worth the calls.
  if (settings.planOutputFile) checkWritable(settings.planOutputFile, writeOptions);
  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    // A fork's pull request is skipped before this (skipReason); any other run without credentials failed.
    if (missingCredentials)
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the plan role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`,
      );
    // A base for another organization (the example repository a team's copy starts from, before its first adoption
    // merges) is no main of this one: its plan here would read every difference as drift, its OUs as dropped.
    const baseManagement = base?.desired?.organization.managementAccountId;
    const otherOrganization =
      baseManagement !== undefined && baseManagement !== desired.organization.managementAccountId;
    const sameBase = otherOrganization ? undefined : base?.desired;
    let observed;
    try {
      const scope = sameBase ? observationScope(desired, sameBase) : desired;
      observed = await observeOrganization(clients, { desired: scope });
    } catch (error) {
      throw describeAwsError(error, 'Reading the organization');
    }
    const plan = computePlan(desired, observed, {
      commit: repositoryCommit(settings.repositoryRoot),
      ...(validation.locate ? { locate: validation.locate } : {}),
    });
    if (settings.planOutputFile) writeLocalFile(settings.planOutputFile, serializePlan(plan), writeOptions);
    let mainDrift: MainDrift | MainDriftUnavailable | undefined;
    // Read where the pull request looks for StackSets, main's are not in the observation: its plan would recreate them.
    const movedHome = sameBase ? stackSetHomeChange(desired, sameBase) : [];
    // The ignore: entries the branch adds are a difference of the two repositories, told whatever AWS holds.
    // Main's entries are read even when main does not validate: a "fix main" pull request must not add one unseen.
    const silenced = base ? newIgnoreEntries(validation.driftIgnore, base.driftIgnore) : [];
    const silencing = silenced.length > 0 ? { silenced } : {};
    if (otherOrganization) {
      mainDrift = {
        unavailable: `the base branch declares management account ${baseManagement}, not ${desired.organization.managementAccountId} as this branch does, so its plan is not for this organization and vend cannot tell which changes only correct drift on it`,
        ...silencing,
      };
    } else if (movedHome.length > 0) {
      mainDrift = {
        unavailable: `this pull request changes where vend finds its StackSets (${movedHome.join('; ')}), so main's StackSets were not read and vend cannot tell which changes only correct drift on main`,
        ...silencing,
      };
    } else if (base?.desired) {
      const baseCommit = repositoryCommit(settings.baseRepositoryRoot!);
      const mainPlan = computePlan(base.desired, observed, {
        commit: baseCommit,
        ...(base.locate ? { locate: base.locate } : {}),
      });
      const separated = separateMainDrift(plan, mainPlan);
      const renamed = renamedByHand(base.desired, observed, separated.corrections);
      const mainContext = mainDriftContext(base.desired, observed, mainPlan);
      const accepted = acceptedFindings(mainContext, separated.accepted);
      // A change of the branch that also corrects drift reverts it too: main's version of it tells which drift.
      const undoesIgnored = ignoredCorrections(
        mainContext,
        [...new Set([...separated.corrections, ...separated.alsoCorrecting.flatMap(mainVersionsIn(mainPlan))])],
        base.driftIgnore,
        dependencies.now ?? new Date(),
      );
      // A branch cut before main's newest commits undoes them in its plan, and its diff from main's plan then reads as
      // drift it accepts: the reviewer must know the plan is not that of the merge.
      const behind = baseCommit ? commitsMissingFrom(settings.repositoryRoot, baseCommit) : undefined;
      mainDrift = {
        ...separated,
        ...(behind ? { behind } : {}),
        ...(Object.keys(accepted).length > 0 ? { acceptedFindings: accepted } : {}),
        ...(undoesIgnored.length > 0 ? { undoesIgnored } : {}),
        ...silencing,
        ...(renamed.length > 0 ? { renamedByHand: renamed } : {}),
      };
    } else if (base) {
      mainDrift = {
        unavailable:
          'the base branch’s repository does not validate, so vend cannot tell which changes only correct drift on it',
        ...silencing,
      };
    }
    const bootstrapChange =
      dependencies.bootstrapChanges ??
      (settings.baseRepositoryRoot
        ? bootstrapTemplateChanges(settings.repositoryRoot, settings.baseRepositoryRoot)
        : []);
    const preferences = sameBase ? operationPreferencesChange(desired, sameBase) : [];
    const dropped = sameBase ? droppedOrganizationalUnits(desired, sameBase, observed) : [];
    const notices = [
      ...(movedHome.length > 0 ? [stackSetHomeNotice(movedHome)] : []),
      ...(dropped.length > 0 ? [droppedOrganizationalUnitsNotice(dropped)] : []),
      ...(preferences.length > 0 ? [operationPreferencesNotice(preferences)] : []),
    ];
    return {
      status: 'planned',
      validation,
      plan,
      ...(mainDrift ? { mainDrift } : {}),
      ...(bootstrapChange.length > 0 ? { bootstrapChange } : {}),
      ...(notices.length > 0 ? { settingNotices: notices } : {}),
    };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}

/** Pretty, with sorted keys: the same plan always writes the same bytes. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(plan)), null, 2)}\n`;
}
