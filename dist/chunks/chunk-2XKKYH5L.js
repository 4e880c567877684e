import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  commitsMissingFrom,
  repositoryCommit
} from "./chunk-DOLNHXLU.js";
import {
  createAwsClients,
  describeAwsError,
  destroyAwsClients,
  missingCredentialsReason,
  observeOrganization
} from "./chunk-NK2M6GYR.js";
import {
  checkWritable,
  writeLocalFile
} from "./chunk-ENU7AZHL.js";
import {
  runValidate,
  validateAsMerged
} from "./chunk-LUQVUKPD.js";
import {
  acceptedFindings,
  droppedOrganizationalUnitsNotice,
  ignoredCorrections,
  mainDriftContext,
  mainVersionsIn,
  newIgnoreEntries,
  observationScope,
  operationPreferencesNotice,
  renamedByHand,
  separateMainDrift,
  stackSetHomeNotice
} from "./chunk-J2AY37PU.js";
import {
  computePlan
} from "./chunk-IGAP76TN.js";
import {
  canonicalJson
} from "./chunk-GC7XXYZB.js";
import {
  organizationalUnitSubtree,
  resolveOrganizationalUnits
} from "./chunk-AA4LRLPW.js";
import {
  bootstrapTemplateChanges
} from "./chunk-LOLNR32M.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/config/stack-set-settings-change.ts
var PREFERENCES = [
  "regionConcurrencyType",
  "failureToleranceCount",
  "failureTolerancePercentage",
  "maxConcurrentCount",
  "maxConcurrentPercentage",
  "concurrencyMode"
];
function operationPreferencesChange(desired, base) {
  const proposed = desired.organization.stackSets.operationPreferences;
  const current = base.organization.stackSets.operationPreferences;
  const shown = (value) => value === void 0 ? "unset" : String(value);
  return PREFERENCES.filter((key) => proposed[key] !== current[key]).map(
    (key) => `${key}: ${shown(current[key])} \u2192 ${shown(proposed[key])}`
  );
}
function stackSetHomeChange(desired, base) {
  const lines = [];
  if (desired.organization.homeRegion !== base.organization.homeRegion)
    lines.push(`homeRegion: ${base.organization.homeRegion} \u2192 ${desired.organization.homeRegion}`);
  if (desired.organization.stackSets.namePrefix !== base.organization.stackSets.namePrefix)
    lines.push(
      `stackSets.namePrefix: ${base.organization.stackSets.namePrefix} \u2192 ${desired.organization.stackSets.namePrefix}`
    );
  return lines;
}

// src/plan/dropped-organizational-units.ts
function droppedOrganizationalUnits(pullRequest, main, observed) {
  const kept = new Set(pullRequest.organizationalUnits.map((unit) => unit.path));
  const dropped = main.organizationalUnits.filter((unit) => !kept.has(unit.path));
  if (dropped.length === 0) return [];
  const { ids } = resolveOrganizationalUnits(main, observed);
  const declared = new Set(pullRequest.accounts.map((account) => account.email.toLowerCase()));
  const droppedPaths = new Set(dropped.map((unit) => unit.path));
  return dropped.filter((unit) => !droppedPaths.has(unit.parentPath ?? "")).flatMap((unit) => {
    const id = ids.get(unit.path);
    if (id === void 0) return [];
    const beneath = organizationalUnitSubtree(observed.organizationalUnits, [id]);
    const scps = observed.policies.filter((policy) => policy.targetIds.some((target) => beneath.has(target))).map((policy) => policy.name);
    return [
      {
        path: unit.path,
        id,
        scps: [...new Set(scps)].sort(compareText),
        childUnits: beneath.size - 1,
        accounts: observed.accounts.filter(
          (account) => beneath.has(account.parentId) && !declared.has(account.email.toLowerCase())
        ).length
      }
    ];
  });
}

// src/commands/plan.ts
async function runPlan(settings, dependencies = {}) {
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: "invalid", validation };
  if (dependencies.skipReason) return { status: "skipped", validation, reason: dependencies.skipReason };
  const desired = validation.desired;
  const base = settings.baseRepositoryRoot ? validateAsMerged({ repositoryRoot: settings.baseRepositoryRoot }, dependencies.now) : void 0;
  const writeOptions = { untrustedRoots: [settings.repositoryRoot, ...dependencies.untrustedRoots ?? []] };
  if (settings.planOutputFile) checkWritable(settings.planOutputFile, writeOptions);
  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials)
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the plan role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`
      );
    const baseManagement = base?.desired?.organization.managementAccountId;
    const otherOrganization = baseManagement !== void 0 && baseManagement !== desired.organization.managementAccountId;
    const sameBase = otherOrganization ? void 0 : base?.desired;
    let observed;
    try {
      const scope = sameBase ? observationScope(desired, sameBase) : desired;
      observed = await observeOrganization(clients, { desired: scope });
    } catch (error) {
      throw describeAwsError(error, "Reading the organization");
    }
    const plan = computePlan(desired, observed, {
      commit: repositoryCommit(settings.repositoryRoot),
      ...validation.locate ? { locate: validation.locate } : {}
    });
    if (settings.planOutputFile) writeLocalFile(settings.planOutputFile, serializePlan(plan), writeOptions);
    let mainDrift;
    const movedHome = sameBase ? stackSetHomeChange(desired, sameBase) : [];
    const silenced = base ? newIgnoreEntries(validation.driftIgnore, base.driftIgnore) : [];
    const silencing = silenced.length > 0 ? { silenced } : {};
    if (otherOrganization) {
      mainDrift = {
        unavailable: `the base branch declares management account ${baseManagement}, not ${desired.organization.managementAccountId} as this branch does, so its plan is not for this organization and vend cannot tell which changes only correct drift on it`,
        ...silencing
      };
    } else if (movedHome.length > 0) {
      mainDrift = {
        unavailable: `this pull request changes where vend finds its StackSets (${movedHome.join("; ")}), so main's StackSets were not read and vend cannot tell which changes only correct drift on main`,
        ...silencing
      };
    } else if (base?.desired) {
      const baseCommit = repositoryCommit(settings.baseRepositoryRoot);
      const mainPlan = computePlan(base.desired, observed, {
        commit: baseCommit,
        ...base.locate ? { locate: base.locate } : {}
      });
      const separated = separateMainDrift(plan, mainPlan);
      const renamed = renamedByHand(base.desired, observed, separated.corrections);
      const mainContext = mainDriftContext(base.desired, observed, mainPlan);
      const accepted = acceptedFindings(mainContext, separated.accepted);
      const undoesIgnored = ignoredCorrections(
        mainContext,
        [.../* @__PURE__ */ new Set([...separated.corrections, ...separated.alsoCorrecting.flatMap(mainVersionsIn(mainPlan))])],
        base.driftIgnore,
        dependencies.now ?? /* @__PURE__ */ new Date()
      );
      const behind = baseCommit ? commitsMissingFrom(settings.repositoryRoot, baseCommit) : void 0;
      mainDrift = {
        ...separated,
        ...behind ? { behind } : {},
        ...Object.keys(accepted).length > 0 ? { acceptedFindings: accepted } : {},
        ...undoesIgnored.length > 0 ? { undoesIgnored } : {},
        ...silencing,
        ...renamed.length > 0 ? { renamedByHand: renamed } : {}
      };
    } else if (base) {
      mainDrift = {
        unavailable: "the base branch\u2019s repository does not validate, so vend cannot tell which changes only correct drift on it",
        ...silencing
      };
    }
    const bootstrapChange = dependencies.bootstrapChanges ?? (settings.baseRepositoryRoot ? bootstrapTemplateChanges(settings.repositoryRoot, settings.baseRepositoryRoot) : []);
    const preferences = sameBase ? operationPreferencesChange(desired, sameBase) : [];
    const dropped = sameBase ? droppedOrganizationalUnits(desired, sameBase, observed) : [];
    const notices = [
      ...movedHome.length > 0 ? [stackSetHomeNotice(movedHome)] : [],
      ...dropped.length > 0 ? [droppedOrganizationalUnitsNotice(dropped)] : [],
      ...preferences.length > 0 ? [operationPreferencesNotice(preferences)] : []
    ];
    return {
      status: "planned",
      validation,
      plan,
      ...mainDrift ? { mainDrift } : {},
      ...bootstrapChange.length > 0 ? { bootstrapChange } : {},
      ...notices.length > 0 ? { settingNotices: notices } : {}
    };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}
function serializePlan(plan) {
  return `${JSON.stringify(JSON.parse(canonicalJson(plan)), null, 2)}
`;
}

export {
  runPlan,
  serializePlan
};
