import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  computePlan,
  repositoryCommit
} from "./chunk-BIYYKUFL.js";
import {
  createAwsClients,
  describeAwsError,
  destroyAwsClients,
  missingCredentialsReason,
  observeOrganization
} from "./chunk-G7HBGFDD.js";
import {
  writeLocalFile
} from "./chunk-OA6ONLSR.js";
import {
  runValidate
} from "./chunk-IMMVGP7Q.js";
import {
  canonicalJson
} from "./chunk-3II6QTGK.js";

// src/commands/plan.ts
async function runPlan(settings, dependencies = {}) {
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: "invalid", validation };
  if (dependencies.skipReason) return { status: "skipped", validation, reason: dependencies.skipReason };
  const desired = validation.desired;
  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      const reason = `no AWS credentials are available (${missingCredentials}). In GitHub Actions, pull requests from forks get no OIDC token, so only validation runs; locally, configure credentials for the management account.`;
      return { status: "skipped", validation, reason };
    }
    let observed;
    try {
      observed = await observeOrganization(clients, { desired });
    } catch (error) {
      throw describeAwsError(error, "Reading the organization");
    }
    const plan = computePlan(desired, observed, { commit: repositoryCommit(settings.repositoryRoot) });
    if (settings.planOutputFile)
      writeLocalFile(settings.planOutputFile, serializePlan(plan), {
        untrustedRoots: [settings.repositoryRoot, ...dependencies.untrustedRoots ?? []]
      });
    return { status: "planned", validation, plan };
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
