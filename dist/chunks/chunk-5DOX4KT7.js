import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  computePlan,
  repositoryCommit
} from "./chunk-N6GLRHYL.js";
import {
  createAwsClients,
  describeAwsError,
  destroyAwsClients,
  missingCredentialsReason,
  observeOrganization
} from "./chunk-SSKUDMSJ.js";
import {
  writeLocalFile
} from "./chunk-3SK76RE3.js";
import {
  runValidate,
  validateAsMerged
} from "./chunk-3SUCC67P.js";
import {
  readRepositoryBytes
} from "./chunk-XXAVUX4L.js";
import {
  canonicalJson
} from "./chunk-OFZH4PFY.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/config/bootstrap-template.ts
var BOOTSTRAP_TEMPLATE = "baselines/bootstrap/management-account.yaml";
function bootstrapTemplateChange(root, baseRoot) {
  const proposed = readRepositoryBytes(root, BOOTSTRAP_TEMPLATE);
  const current = readRepositoryBytes(baseRoot, BOOTSTRAP_TEMPLATE);
  if (proposed.refused) return proposed.refused;
  if (!proposed.bytes && !current.bytes) return void 0;
  if (!current.bytes) return "added";
  if (!proposed.bytes) return "removed";
  return Buffer.from(proposed.bytes).equals(Buffer.from(current.bytes)) ? void 0 : "changed";
}

// src/drift/pull-request-drift.ts
function separateMainDrift(pullRequest, main) {
  const key = (change) => `${change.id}
${canonicalJson(change.scope)}`;
  const onMain = new Set(main.changes.map(key));
  const mainById = new Map(main.changes.map((change) => [change.id, change]));
  const pullRequestById = new Map(pullRequest.changes.map((change) => [change.id, change]));
  const corrections = pullRequest.changes.filter((change) => onMain.has(key(change)));
  const alsoCorrecting = pullRequest.changes.filter((change) => !onMain.has(key(change)) && mainById.has(change.id));
  const correctionSummary = { create: 0, change: 0, destroy: 0 };
  for (const change of corrections) correctionSummary[change.action]++;
  return {
    corrections,
    correctionSummary,
    alsoCorrecting,
    accepted: main.changes.filter((change) => !replaces(pullRequestById.get(change.id), change))
  };
}
function replaces(pullRequest, main) {
  if (!pullRequest) return false;
  const members = (change) => Array.isArray(change.scope.members) ? change.scope.members.map((member) => memberKey(String(member))) : [];
  const made = new Set(members(pullRequest));
  return members(main).every((member) => made.has(member));
}
function memberKey(member) {
  try {
    const parsed = JSON.parse(member);
    return Array.isArray(parsed) && parsed.length === 2 ? String(parsed[0]) : member;
  } catch {
    return member;
  }
}
function observationScope(pullRequest, main) {
  const emails = new Set(pullRequest.accounts.map((account) => account.email.toLowerCase()));
  const scps = new Set(pullRequest.scps.map((scp) => scp.name));
  return {
    ...pullRequest,
    accounts: [
      ...pullRequest.accounts,
      ...main.accounts.filter((account) => !emails.has(account.email.toLowerCase()))
    ].sort((a, b) => compareText(a.name, b.name)),
    scps: [...pullRequest.scps, ...main.scps.filter((scp) => !scps.has(scp.name))].sort(
      (a, b) => compareText(a.name, b.name)
    )
  };
}

// src/commands/plan.ts
async function runPlan(settings, dependencies = {}) {
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: "invalid", validation };
  if (dependencies.skipReason) return { status: "skipped", validation, reason: dependencies.skipReason };
  const desired = validation.desired;
  const base = settings.baseRepositoryRoot ? validateAsMerged({ repositoryRoot: settings.baseRepositoryRoot }, dependencies.now) : void 0;
  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      const reason = `no AWS credentials are available (${missingCredentials}). In GitHub Actions, pull requests from forks get no OIDC token, so only validation runs; locally, configure credentials for the management account.`;
      return { status: "skipped", validation, reason };
    }
    let observed;
    try {
      const scope = base?.desired ? observationScope(desired, base.desired) : desired;
      observed = await observeOrganization(clients, { desired: scope });
    } catch (error) {
      throw describeAwsError(error, "Reading the organization");
    }
    const plan = computePlan(desired, observed, { commit: repositoryCommit(settings.repositoryRoot) });
    if (settings.planOutputFile)
      writeLocalFile(settings.planOutputFile, serializePlan(plan), {
        untrustedRoots: [settings.repositoryRoot, ...dependencies.untrustedRoots ?? []]
      });
    let mainDrift;
    if (base?.desired) {
      const mainPlan = computePlan(base.desired, observed, { commit: repositoryCommit(settings.baseRepositoryRoot) });
      mainDrift = separateMainDrift(plan, mainPlan);
    } else if (base) {
      mainDrift = {
        unavailable: "the base branch\u2019s repository does not validate, so drift already on it was not computed"
      };
    }
    const bootstrapChange = settings.baseRepositoryRoot ? bootstrapTemplateChange(settings.repositoryRoot, settings.baseRepositoryRoot) : void 0;
    return {
      status: "planned",
      validation,
      plan,
      ...mainDrift ? { mainDrift } : {},
      ...bootstrapChange ? { bootstrapChange } : {}
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
