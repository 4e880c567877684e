import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  describeDuration,
  pollUntil,
  systemClock
} from "./chunk-JVSQ4X6O.js";
import {
  instancesActedOn
} from "./chunk-ERQLQKFT.js";
import {
  countDiagnostics,
  diagnosticsJson
} from "./chunk-NVWBDDJH.js";
import {
  hasUncommittedChanges,
  repositoryCommit
} from "./chunk-DOLNHXLU.js";
import {
  READ_CONCURRENCY,
  createAwsClients,
  createCloudTrailClient,
  createDriftDetectionClient,
  describeAwsError,
  destroyAwsClients,
  errorName,
  isCallerRefused,
  mapWithConcurrency,
  missingCredentialsReason,
  observeOrganization,
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  stackSetCallAs
} from "./chunk-NK2M6GYR.js";
import {
  DEFAULT_DETECTION_MINUTES,
  validateAsMerged
} from "./chunk-LUQVUKPD.js";
import {
  DriftContext,
  applyIgnoreList,
  declaredTargetIds,
  foreignScpAttachments,
  instanceTarget,
  keepingEdit,
  manifestOf,
  organizationFindings,
  scpTargetName,
  templateFileOf,
  untaggedStackSetsNotChecked
} from "./chunk-EV2NZFX4.js";
import {
  computePlan
} from "./chunk-IGAP76TN.js";
import {
  controlsAccess,
  readTemplateFacts
} from "./chunk-3BLKRS4H.js";
import {
  noEchoIn
} from "./chunk-DTP7CD5J.js";
import {
  sha256Digest
} from "./chunk-GC7XXYZB.js";
import {
  CHANGE_KINDS
} from "./chunk-AA4LRLPW.js";
import {
  brokenAssertions,
  declarationProblem,
  expiresSoon,
  expiryInstant,
  referencedNames
} from "./chunk-LOLNR32M.js";
import {
  countOf,
  isListParameterType,
  listNames,
  parseRepositoryFile,
  resourcesOf,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import {
  DRIFT_REPORT_FORMAT_VERSION,
  compareFindings,
  makeFinding,
  observedDigest,
  summarize
} from "./chunk-64E6KWWN.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

// src/drift/assemble-report.ts
function assembleDriftReport(parts) {
  const { findings, ignored } = applyIgnoreList(parts.findings, parts.ignoreList, parts.now);
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: parts.now.toISOString(),
    commit: parts.commit,
    ...parts.uncommittedChanges ? { uncommittedChanges: true } : {},
    managementAccountId: parts.managementAccountId,
    findings: findings.sort(compareFindings),
    summary: summarize(findings),
    notChecked: [...parts.notChecked].sort((a, b) => compareText(a.target, b.target) || compareText(a.what, b.what)),
    ignored: ignored.sort(compareFindings)
  };
}
function carryFirstSeen(report, known) {
  const earliest = (finding) => {
    const seen = known.get(finding.id);
    return seen !== void 0 && seen < finding.firstSeen ? { ...finding, firstSeen: seen } : finding;
  };
  return { ...report, findings: report.findings.map(earliest), ignored: report.ignored.map(earliest) };
}
function driftTransitions(previouslyReported, report, previousIgnoredObserved = /* @__PURE__ */ new Map(), previousReportedObserved = /* @__PURE__ */ new Map()) {
  const now = new Set(report.findings.map((finding) => finding.id));
  const coveredBy = /* @__PURE__ */ new Map();
  for (const finding of [...report.findings, ...report.ignored])
    for (const id of finding.covers ?? []) coveredBy.set(id, finding);
  const ignoredNow = new Set(report.ignored.map((finding) => finding.id));
  const isIgnored = (id) => ignoredNow.has(id) || ignoredNow.has(coveredBy.get(id)?.id ?? "");
  const gone = [...previouslyReported].filter((id) => !now.has(id)).sort(compareText);
  return {
    appeared: report.findings.filter((finding) => !previouslyReported.has(finding.id)),
    cleared: gone.filter((id) => !isIgnored(id) && !coveredBy.has(id)),
    ignored: gone.filter(isIgnored),
    covered: new Map(
      gone.filter((id) => !isIgnored(id) && coveredBy.has(id)).map((id) => [id, coveredBy.get(id)])
    ),
    changedWhileIgnored: report.ignored.filter((finding) => {
      const before = previousIgnoredObserved.get(finding.id);
      return before !== void 0 && before !== observedDigest(finding);
    }),
    // Ignored last time and found neither ignored nor reported now: fixed, or accepted in the repository; the
    // ignore: entry that held it back may have nothing left to hold.
    clearedWhileIgnored: [...previousIgnoredObserved.keys()].filter((id) => !ignoredNow.has(id) && !now.has(id) && !coveredBy.has(id)).sort(compareText),
    changedWhileReported: report.findings.filter((finding) => {
      const before = previousReportedObserved.get(finding.id);
      return previouslyReported.has(finding.id) && before !== void 0 && before !== observedDigest(finding);
    }),
    foundWhileIgnored: report.ignored.filter(
      (finding) => finding.severity === "critical" && !previousIgnoredObserved.has(finding.id) && !previouslyReported.has(finding.id)
    )
  };
}

// src/drift/detect-stack-set-drift.ts
var import_client_cloudformation = __toESM(require_dist_cjs(), 1);
var NOT_REACHED = "not reached by this detection";
var ENDPOINT_UNSUPPORTED = "the endpoint does not support it";
async function detectStackSetDrift(clients, stackSets, options) {
  const deadline = options.clock.now() + options.budgetMs;
  if (stackSets.length > 0)
    options.log?.(
      `Resource drift: detecting on ${stackSets.length} StackSet${stackSets.length === 1 ? "" : "s"}, for up to ${describeDuration(options.budgetMs)}`
    );
  return Promise.all(
    stackSets.map(async (stackSet2) => {
      try {
        const unread = await unreadDetection(clients.cloudFormation, stackSet2, options);
        const started = unread ?? await startOrAttach(clients, stackSet2, options);
        if ("reason" in started) return { stackSet: stackSet2, checked: false, reason: started.reason };
        const ended = started.finished ? { startedAt: started.finished } : await waitForOperation(clients.cloudFormation, stackSet2, started.operationId, deadline, options);
        if ("reason" in ended) return { stackSet: stackSet2, checked: false, reason: ended.reason };
        return {
          stackSet: stackSet2,
          checked: true,
          operationId: started.operationId,
          ...unread ? { detectedBefore: unread.finished.toISOString() } : {},
          ...await readResults(
            clients.cloudFormation,
            stackSet2,
            started.operationId,
            ended.startedAt,
            options.callAs
          )
        };
      } catch (error) {
        if (isCallerRefused(error)) throw describeAwsError(error, `Detecting drift on ${stackSet2}`);
        return { stackSet: stackSet2, checked: false, reason: describeAwsError(error, "reading drift detection").message };
      }
    })
  );
}
var UNREAD_WINDOW_MS = 36 * 60 * 60 * 1e3;
async function unreadDetection(cloudFormation, stackSet2, options) {
  let summaries;
  try {
    ({ Summaries: summaries } = await cloudFormation.send(
      new import_client_cloudformation.ListStackSetOperationsCommand({ StackSetName: stackSet2, CallAs: options.callAs, MaxResults: 10 })
    ));
  } catch {
    return void 0;
  }
  const latest = [...summaries ?? []].sort(
    (a, b) => (b.CreationTimestamp?.getTime() ?? 0) - (a.CreationTimestamp?.getTime() ?? 0)
  )[0];
  const created = latest?.CreationTimestamp?.getTime();
  const ended = latest?.EndTimestamp?.getTime();
  if (latest?.Action !== "DETECT_DRIFT" || latest.Status !== "SUCCEEDED" || !latest.OperationId || created === void 0 || ended === void 0 || ended - created <= options.budgetMs || options.clock.now() - ended > UNREAD_WINDOW_MS)
    return void 0;
  options.log?.(
    `${stackSet2}: reading drift detection ${latest.OperationId}, which ended ${latest.EndTimestamp.toISOString()} after an earlier run's budget`
  );
  return { operationId: latest.OperationId, finished: latest.CreationTimestamp };
}
async function startOrAttach(clients, stackSet2, options) {
  try {
    const { OperationId } = await clients.detection.send(
      new import_client_cloudformation.DetectStackSetDriftCommand({
        StackSetName: stackSet2,
        CallAs: options.callAs,
        OperationPreferences: {
          RegionConcurrencyType: "PARALLEL",
          MaxConcurrentPercentage: 100,
          FailureTolerancePercentage: 100
        }
      })
    );
    if (!OperationId) return { reason: "DetectStackSetDrift returned no operation id" };
    return { operationId: OperationId };
  } catch (error) {
    if (endpointLacksOperation(error)) return { reason: ENDPOINT_UNSUPPORTED };
    if (isCallerRefused(error)) throw error;
    if (errorName(error) !== "OperationInProgressException")
      return { reason: describeAwsError(error, "DetectStackSetDrift").message };
  }
  const { Summaries: summaries } = await clients.cloudFormation.send(
    new import_client_cloudformation.ListStackSetOperationsCommand({ StackSetName: stackSet2, CallAs: options.callAs, MaxResults: 100 })
  );
  const running = (summaries ?? []).filter((operation) => RUNNING.has(operation.Status ?? ""));
  const detection = running.find((operation) => operation.Action === "DETECT_DRIFT" && operation.OperationId);
  if (detection?.OperationId) {
    options.log?.(`${stackSet2}: attaching to drift detection ${detection.OperationId}, already running`);
    return { operationId: detection.OperationId };
  }
  const other = running[0];
  if (other)
    return {
      reason: `the StackSet is busy with another operation (${other.Action ?? "unknown"} ${other.OperationId ?? ""})`.trim()
    };
  return { reason: "the StackSet was busy with another operation, which has since ended: checked again next run" };
}
var RUNNING = /* @__PURE__ */ new Set(["RUNNING", "QUEUED", "STOPPING"]);
async function waitForOperation(cloudFormation, stackSet2, operationId, deadline, options) {
  const poll = options.poll ?? { initialDelayMs: 5e3, maxDelayMs: 3e4 };
  const { value, timedOut } = await pollUntil(
    options.clock,
    { timeoutMs: Math.max(0, deadline - options.clock.now()), ...poll },
    async () => (await cloudFormation.send(
      new import_client_cloudformation.DescribeStackSetOperationCommand({
        StackSetName: stackSet2,
        OperationId: operationId,
        CallAs: options.callAs
      })
    )).StackSetOperation,
    (operation) => !RUNNING.has(operation?.Status ?? "")
  );
  if (timedOut)
    return { reason: `drift detection is still running (operation ${operationId}); results on the next run` };
  if (value?.Status === "SUCCEEDED") return { startedAt: value.CreationTimestamp };
  return {
    reason: `drift detection ended ${value?.Status ?? "without a status"}${value?.StatusReason ? `: ${value.StatusReason}` : ""}`
  };
}
var UNCHECKED_STATUSES = ["UNKNOWN", "UNSUPPORTED", "NOT_CHECKED"];
async function readResults(cloudFormation, stackSet2, operationId, startedAt, CallAs) {
  const drifted = [];
  const unchecked = [];
  for await (const page of (0, import_client_cloudformation.paginateListStackInstances)({ client: cloudFormation }, { StackSetName: stackSet2, CallAs })) {
    for (const instance of page.Summaries ?? []) {
      const place = { accountId: instance.Account ?? "", region: instance.Region ?? "" };
      const checkedAt = instance.LastDriftCheckTimestamp;
      if (startedAt && (!checkedAt || checkedAt.getTime() < startedAt.getTime()))
        unchecked.push({ ...place, status: NOT_REACHED });
      else if (instance.DriftStatus === "DRIFTED") drifted.push(place);
      else if (instance.DriftStatus !== "IN_SYNC")
        unchecked.push({ ...place, status: instance.DriftStatus ?? "no drift status" });
    }
  }
  const drifts = [];
  await mapWithConcurrency(drifted, READ_CONCURRENCY, async (instance) => {
    let NextToken;
    do {
      const page = await cloudFormation.send(
        new import_client_cloudformation.ListStackInstanceResourceDriftsCommand({
          StackSetName: stackSet2,
          StackInstanceAccount: instance.accountId,
          StackInstanceRegion: instance.region,
          OperationId: operationId,
          StackInstanceResourceDriftStatuses: ["MODIFIED", "DELETED", ...UNCHECKED_STATUSES],
          CallAs,
          NextToken
        })
      );
      for (const resource of page.Summaries ?? []) {
        const status = resource.StackResourceDriftStatus ?? "UNKNOWN";
        const what = { logicalId: resource.LogicalResourceId ?? "", resourceType: resource.ResourceType ?? "" };
        if (status === "MODIFIED" || status === "DELETED")
          drifts.push({
            ...instance,
            ...what,
            ...resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {},
            status,
            differences: (resource.PropertyDifferences ?? []).map((difference) => ({
              path: difference.PropertyPath ?? "",
              expected: difference.ExpectedValue ?? "",
              actual: difference.ActualValue ?? "",
              ...difference.DifferenceType ? { type: difference.DifferenceType } : {}
            }))
          });
        else if (status !== "IN_SYNC") unchecked.push({ ...instance, resource: what, status });
      }
      NextToken = page.NextToken;
    } while (NextToken);
  });
  return { drifts, unchecked };
}
function endpointLacksOperation(error) {
  if (typeof error !== "object" || error === null) return false;
  const { $metadata, $fault } = error;
  const status = $metadata?.httpStatusCode ?? 0;
  return status === 501 || /^NotImplemented(Exception)?$/.test(errorName(error)) || status === 500 && $fault === void 0;
}

// src/drift/detection-coverage.ts
var DRIFT_SUPPORT_SOURCE = 'AWS CloudFormation User Guide, "Resource type support" (drift detection column), as of 2026-11';
var DRIFT_DETECTION_SUPPORTED = /* @__PURE__ */ new Set([
  "AWS::Config::ConfigRule",
  "AWS::Events::Rule",
  "AWS::IAM::InstanceProfile",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::OIDCProvider",
  "AWS::IAM::Role",
  "AWS::IAM::SAMLProvider",
  "AWS::KMS::Alias",
  "AWS::KMS::Key",
  "AWS::Lambda::Function",
  "AWS::Logs::LogGroup",
  "AWS::S3::Bucket",
  "AWS::SNS::Topic",
  "AWS::SQS::Queue",
  "AWS::SSM::Parameter"
]);
var KNOWN_MISSES = {
  "AWS::IAM::ManagedPolicy": {
    property: "PolicyDocument",
    evidence: "drift detection was reported to read a managed policy IN_SYNC after its PolicyDocument changed (aws-cloudformation/cloudformation-coverage-roadmap #1858, open)"
  }
};
var PERMISSION_PROPERTIES = {
  "AWS::IAM::Role": ["ManagedPolicyArns", "Policies"]
};
function detectionCoverageGaps(baselines, namePrefix) {
  return baselines.flatMap((baseline) => {
    const { source } = parseRepositoryFile(baseline.templateFile, new TextEncoder().encode(baseline.templateBody), {
      allowCustomTags: true
    });
    if (!source) return [];
    const target = `stackset:${namePrefix}${baseline.name}`;
    const resources = resourcesOf(templateToJson(source.document));
    const gaps = [];
    const uncovered = resources.filter((resource) => !DRIFT_DETECTION_SUPPORTED.has(resource.type));
    if (uncovered.length > 0) {
      gaps.push({
        target,
        what: `resource drift of ${listNames(uncovered.map((resource) => `${resource.logicalId} (${resource.type})`))}`,
        reason: `not among the resource types drift detection supports (${DRIFT_SUPPORT_SOURCE})`,
        coverageGap: true
      });
    }
    const unseen = resources.flatMap((resource) => {
      const missing = (PERMISSION_PROPERTIES[resource.type] ?? []).filter(
        (property) => mayBeAbsent(resource.properties[property])
      );
      return missing.length === 0 ? [] : [`${resource.logicalId} (no ${missing.join(" or ")})`];
    });
    const missed = resources.filter((resource) => Object.hasOwn(KNOWN_MISSES, resource.type));
    for (const type of [...new Set(missed.map((resource) => resource.type))]) {
      const { property, evidence } = KNOWN_MISSES[type];
      const named = missed.filter((resource) => resource.type === type).map((resource) => resource.logicalId);
      gaps.push({
        target,
        what: `changes to the ${property} of ${listNames(named)} (${type})`,
        reason: `${evidence}; compare it by hand, or read the policy version in the account`,
        coverageGap: true
      });
    }
    if (unseen.length > 0) {
      gaps.push({
        target,
        what: `policies attached outside CloudFormation to ${listNames(unseen)}`,
        reason: "drift detection compares only the properties a template declares (CloudFormation API Reference, StackResourceDrift); declare them to have the managed and inline policies compared",
        coverageGap: true
      });
    }
    return gaps;
  });
}
function mayBeAbsent(value) {
  if (value === void 0) return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { Ref: ref, "Fn::If": branches } = value;
  if (ref === "AWS::NoValue") return true;
  return Array.isArray(branches) && branches.slice(1).some(mayBeAbsent);
}

// src/drift/exception-findings.ts
function exceptionFindings(exceptions, now) {
  const checkedOn = now.toISOString().slice(0, 10);
  return exceptions.flatMap((exception) => {
    const expires = expiryInstant(exception.expires);
    if (Number.isNaN(expires) || expires >= now.getTime() && !expiresSoon(exception.expires, now)) return [];
    const expired = expires < now.getTime();
    const where = `${exception.file}:${exception.line}:${exception.column}`;
    return [
      makeFinding(
        expired ? "exception-expired" : "exception-expiring",
        `account:${exception.account}#exception:${exception.rule}`,
        {
          expected: `a current exception to ${exception.rule} (${exception.reason.replace(/[.\s]+$/, "")}, approved by ${exception.approvedBy})`,
          actual: expired ? `expired on ${exception.expires}` : `expires on ${exception.expires}`,
          restore: expired ? `apply does nothing about exceptions, and with this one expired, validation fails (exception-expired, and ${exception.rule} where the account does not comply), so no plan or apply runs until it is renewed or removed` : `apply does nothing about exceptions; once this one expires, validation fails (exception-expired, and ${exception.rule} where the account does not comply) and no plan or apply runs`,
          accept: `renew it in ${where} with a new expiry and approval, or remove it and make the account comply with ${exception.rule}`
        },
        checkedOn
      )
    ];
  });
}

// src/drift/resource-accepts.ts
function resourceDriftAccept(context, stackSet2, drift, account) {
  const { namePrefix } = context.desired.organization.stackSets;
  const baseline = stackSet2.slice(namePrefix.length);
  const template = templateFileOf(context, baseline);
  const declaredBaseline = context.desired.baselines.find((candidate) => candidate.name === baseline);
  const facts = readTemplateFacts(declaredBaseline?.templateBody ?? "");
  const resource = facts?.resources.find((candidate) => candidate.logicalId === drift.logicalId);
  const instances = context.observed.stackSets.find((candidate) => candidate.name === stackSet2)?.instances.length ?? 0;
  const everywhere = `the template is every instance's, so that changes it in all ${countOf(instances, "stack instance")}`;
  const declaredAccount = account.startsWith("account:") ? context.declaredAccount(account.slice("account:".length)) : void 0;
  if (drift.status === "DELETED")
    return `none for this account alone: removing ${drift.logicalId} from ${template} (and every reference to it) deletes it from every account, as ${everywhere}`;
  const declared = `declaring the deployed ${drift.differences.length === 1 ? "value" : "values"} of ${drift.logicalId} (${listNames(drift.differences.map((entry) => entry.path))}) in ${template}, where ${everywhere}`;
  if (!declaredAccount) {
    const management = drift.accountId === context.observed.organization.managementAccountId;
    return `none for this account alone: no manifest declares ${management ? "the management account" : `account ${drift.accountId}`}, so none can hold an override for it, and its instance is reported as deployed where the repository targets nothing (deleting it by hand, DeleteStackInstances, ends this drift too); otherwise ${declared}`;
  }
  const removal = context.plan.changes.some(
    (change) => change.kind === CHANGE_KINDS.removeStackInstances && change.scope.stackSet === stackSet2 && instancesActedOn(change).includes(`${declaredAccount.name}/${drift.region}`)
  );
  if (removal)
    return `none for this account alone: the repository no longer deploys ${baseline} to ${declaredAccount.name} in ${drift.region}, so the next apply removes this instance. To keep it, first: ${keepingEdit(context, declaredAccount.name, baseline, drift.region)}`;
  const current = {
    ...facts?.defaults ?? {},
    ...declaredBaseline?.parameters ?? {},
    ...declaredAccount.parameters[baseline] ?? {}
  };
  const overrides = overridesFor(facts, resource?.properties ?? {}, drift.differences, current);
  if (overrides.length === 0 || overrides.some((override) => override === void 0))
    return `none for this account alone: ${declared}`;
  const byParameter = /* @__PURE__ */ new Map();
  for (const override of overrides) {
    const other = byParameter.get(override.parameter);
    if (other && other.value !== override.value)
      return `none for this account alone: ${override.parameter} sets both ${other.property} and ${override.property}, which now hold different values; ${declared}`;
    byParameter.set(override.parameter, override);
  }
  const found = [...byParameter.values()];
  const name = declaredAccount.name;
  const ssm = found.filter(
    (override) => String(facts.parameterDeclarations[override.parameter]?.Type ?? "").startsWith("AWS::SSM::Parameter::Value<")
  );
  const noEcho = noEchoIn(declaredBaseline?.templateBody ?? "");
  const secret = found.filter((override) => noEcho.includes(override.parameter));
  if (secret.length > 0)
    return `none by a value in git: ${listNames(secret.map((override) => override.parameter))} ${secret.length === 1 ? "is" : "are"} NoEcho, a secret that no manifest should hold. Restore the declared value (re-run apply), or keep the secret in Secrets Manager or SSM and have the template read it from there`;
  if (ssm.length > 0)
    return `none by a value in ${manifestOf(context, name)}: ${listNames(ssm.map((override) => override.parameter))} ${ssm.length === 1 ? "is an SSM parameter type, which takes" : "are SSM parameter types, which take"} the name of an SSM parameter, not its value. Put the deployed value in an SSM parameter of its own and override with its name there, or accept it by ${declared}`;
  const refused = found.flatMap((override) => {
    const problem = declarationProblem(facts.parameterDeclarations[override.parameter], override.value);
    return problem ? [`the deployed ${override.parameter} ${problem}`] : [];
  });
  const values = Object.fromEntries(found.map((override) => [override.parameter, override.value]));
  const lists = new Set(
    Object.entries(facts.parameterDeclarations).filter(([, declaration]) => isListParameterType(declaration.Type)).map(([parameter]) => parameter)
  );
  const broken = brokenAssertions(facts.rules, { values: { ...current, ...values }, lists });
  if (broken.length > 0) refused.push(`the values would break ${listNames(broken)} of its Rules`);
  if (refused.length > 0)
    return `none for this account alone: ${refused.join("; ")}, as ${template} declares it, so CloudFormation would refuse it as an override. Accepting it means ${declared}, and loosening the parameter's declaration`;
  const written = found.map((override) => `${override.parameter}: ${JSON.stringify(override.value)}`);
  const alsoSets = [
    ...new Set(
      found.flatMap(
        (override) => otherUses(facts, override.parameter, drift.logicalId, new Set(overrides.map((entry) => entry.property)))
      )
    )
  ];
  return `for ${name} alone, override the ${found.length === 1 ? "parameter that sets it" : "parameters that set them"} in ${manifestOf(context, name)}: parameters: { ${baseline}: { ${written.join(", ")} } }. The override holds in every region of ${name}'s ${baseline} instances${alsoSets.length > 0 ? `, and also sets ${listNames(alsoSets)} there` : ""}`;
}
function overridesFor(facts, properties, differences, current) {
  const lists = /* @__PURE__ */ new Map();
  const found = differences.map((difference) => {
    const parts = difference.path.split("/").filter(Boolean);
    const element = parts.length === 2 && /^\d+$/.test(parts[1]);
    if (parts.length !== 1 && !element) return void 0;
    const value = properties[parts[0]];
    const parameter = value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 ? value.Ref : void 0;
    if (typeof parameter !== "string" || !facts?.parameters.includes(parameter)) return void 0;
    const list = isListParameterType(facts.parameterDeclarations[parameter]?.Type);
    if (!element) {
      const value2 = plainValue(difference.actual);
      return difference.type === "REMOVE" || difference.actual === "null" || list && value2 === "" ? void 0 : { parameter, property: parts[0], value: value2 };
    }
    if (!list) return void 0;
    const members = lists.get(parameter) ?? (current[parameter] ?? "").split(",").map((member) => member.trim()).filter(Boolean);
    const [expected, actual] = [plainValue(difference.expected), plainValue(difference.actual)];
    const at = members.indexOf(expected);
    if (difference.type === "ADD") members.push(actual);
    else if (at >= 0 && difference.type === "REMOVE") members.splice(at, 1);
    else if (at >= 0) members[at] = actual;
    else return void 0;
    if (members.length === 0) return void 0;
    lists.set(parameter, members);
    return { parameter, property: parts[0], value: "" };
  });
  const seen = /* @__PURE__ */ new Set();
  return found.flatMap((override) => {
    if (!override || !lists.has(override.parameter)) return [override];
    if (seen.has(override.parameter)) return [];
    seen.add(override.parameter);
    return [{ ...override, value: lists.get(override.parameter).join(",") }];
  });
}
function otherUses(facts, parameter, logicalId, drifted) {
  const reads = (value) => referencedNames(value).has(parameter);
  const uses = facts.resources.flatMap(
    (resource) => Object.entries(resource.definition?.Properties ?? {}).filter(([key, value]) => !(resource.logicalId === logicalId && drifted.has(key)) && reads(value)).map(([key]) => `${resource.logicalId}.${key}`)
  );
  return [...uses, ...reads(facts.conditions) ? ["the Conditions that read it"] : []];
}
function plainValue(actual) {
  const scalar = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  try {
    const parsed = JSON.parse(actual);
    if (Array.isArray(parsed)) {
      const members = parsed.map(scalar);
      return members.every((member) => member !== void 0) ? members.join(",") : actual;
    }
    return scalar(parsed) ?? actual;
  } catch {
    return actual;
  }
}

// src/drift/resource-findings.ts
var VALUE_LENGTH = 200;
var BEFORE_DIFFERENCE = 40;
var DIFFERENCE_TYPES = { ADD: "added", REMOVE: "removed", NOT_EQUAL: "changed" };
function excerpts(difference) {
  const { expected, actual } = difference;
  if (expected.length <= VALUE_LENGTH && actual.length <= VALUE_LENGTH) return { expected, actual, cut: false };
  let first = 0;
  while (first < expected.length && first < actual.length && expected[first] === actual[first]) first++;
  const start = safeBoundary(expected, Math.max(0, first - BEFORE_DIFFERENCE));
  const window = (value) => {
    const end = safeBoundary(value, start + VALUE_LENGTH);
    return `${start > 0 ? "\u2026" : ""}${value.slice(start, end)}${end < value.length ? "\u2026" : ""}`;
  };
  return { expected: window(expected), actual: window(actual), cut: true };
}
function side(difference, which) {
  const missing = which === "expected" ? "ADD" : "REMOVE";
  return difference.type === missing ? "(none)" : excerpts(difference)[which] || "(none)";
}
function safeBoundary(value, index) {
  const code = value.charCodeAt(index);
  return index > 0 && index < value.length && code >= 56320 && code <= 57343 ? index - 1 : index;
}
function resourceDriftFindings(context, detections) {
  const findings = [];
  const notChecked = [];
  for (const detection of detections) {
    const target = `stackset:${detection.stackSet}`;
    if (!detection.checked) {
      notChecked.push({ target, what: "resource drift", reason: detection.reason });
      continue;
    }
    for (const drift of detection.drifts) {
      const account = context.accountTarget(drift.accountId);
      const where = `${account.slice("account:".length)} ${drift.region}`;
      const deleted = drift.status === "DELETED";
      findings.push(
        makeFinding(
          controlsAccess({
            logicalId: drift.logicalId,
            type: drift.resourceType,
            // The drifted properties by their top-level names: a bucket's PublicAccessBlockConfiguration is access.
            properties: Object.fromEntries(
              drift.differences.map((difference) => [difference.path.split("/").filter(Boolean)[0] ?? "", true])
            ),
            definition: {}
          }) ? "iam-resource-drift" : "resource-drift",
          `${instanceTarget(detection.stackSet, account, drift.region)}#${drift.logicalId}`,
          {
            expected: deleted ? `${drift.logicalId} (${drift.resourceType}) as the template declares it` : drift.differences.map((difference) => `${difference.path} = ${side(difference, "expected")}`).join("; "),
            actual: deleted ? `deleted${drift.physicalId ? ` (${drift.physicalId})` : ""}` : drift.differences.map((difference) => `${difference.path} = ${side(difference, "actual")}`).join("; "),
            restore: `apply cannot revert it: a StackSet update with an unchanged template changes nothing in its stacks. Revert it by hand in ${where}${deleted ? " (or delete and redeploy the stack instance)" : ""}, or change the template, which redeploys every instance`,
            accept: resourceDriftAccept(context, detection.stackSet, drift, account),
            details: drift.differences.map((difference) => {
              const { cut } = excerpts(difference);
              const what = DIFFERENCE_TYPES[difference.type ?? ""] ?? "changed";
              const whole = cut ? ` (the actual value is ${difference.actual.length} characters, ${sha256Digest(difference.actual).slice(0, "sha256:".length + 12)})` : "";
              return `${difference.path} ${what}: expected ${side(difference, "expected")}, actual ${side(difference, "actual")}${whole}`;
            })
          },
          context.checkedOn
        )
      );
    }
    notChecked.push(...uncheckedParts(context, target, detection.unchecked));
    if (detection.detectedBefore)
      notChecked.push({
        target,
        what: `resource drift since ${detection.detectedBefore}`,
        reason: `these results are those of the detection an earlier run started then and left running, as it outlasted that run's time budget; a change made since shows on a later run whose detection finishes in time (raise the budget: --detection-minutes)`
      });
  }
  return { findings, notChecked };
}
function uncheckedParts(context, target, parts) {
  const byStatus = /* @__PURE__ */ new Map();
  for (const part of parts) {
    const where = `${context.accountTarget(part.accountId).slice("account:".length)} ${part.region}`;
    const label = part.resource ? `${part.resource.logicalId} (${part.resource.resourceType}) in ${where}` : where;
    const key = `${part.resource ? "resource" : "instance"}
${part.status}`;
    byStatus.set(key, [...byStatus.get(key) ?? [], label]);
  }
  return [...byStatus].sort(([a], [b]) => compareText(a, b)).map(([key, labels]) => {
    const [part = "", status = ""] = key.split("\n");
    return {
      target,
      what: `resource drift of ${countOf(labels.length, part === "resource" ? "resource" : "stack instance")}: ${listNames(labels.sort(compareText))}`,
      reason: status === NOT_REACHED ? `this detection did not reach ${labels.length === 1 ? "it" : "them"}: CloudFormation's last drift check there is older than the operation` : `drift detection reported ${labels.length === 1 ? "it" : "them"} ${status}`
    };
  });
}

// src/drift/change-attribution.ts
var ORGANIZATIONS = "organizations.amazonaws.com";
var CLOUDFORMATION = "cloudformation.amazonaws.com";
var policyOn = (parameters, resolved) => resolved.policyIds.has(String(parameters.policyId)) && parameters.targetId === resolved.targetId;
var policyField = (field) => (parameters, resolved) => resolved.policyIds.has(String(parameters.policyId)) && parameters[field] !== void 0;
var accountTagged = (parameters, resolved) => resolved.accountId !== void 0 && parameters.resourceId === resolved.accountId;
var stackSet = (parameters, resolved) => resolved.stackSet !== void 0 && parameters.stackSetName === resolved.stackSet;
var stackSetFields = (...fields) => (parameters, resolved) => stackSet(parameters, resolved) && fields.some((field) => parameters[field] !== void 0);
var templateSent = (parameters, resolved) => stackSet(parameters, resolved) && parameters.usePreviousTemplate !== true && (parameters.templateBody !== void 0 || parameters.templateURL !== void 0);
var stackInstance = (parameters, resolved) => {
  if (!stackSet(parameters, resolved) || !resolved.instance) return false;
  const targets = parameters.deploymentTargets;
  const accounts = [parameters.accounts, targets?.accounts].flatMap((list) => Array.isArray(list) ? list : []);
  const regions = Array.isArray(parameters.regions) ? parameters.regions : [];
  return accounts.includes(resolved.instance.accountId) && regions.includes(resolved.instance.region);
};
var RULES = {
  "scp-detached": { source: ORGANIZATIONS, events: ["DetachPolicy"], matches: policyOn },
  "full-aws-access-missing": { source: ORGANIZATIONS, events: ["DetachPolicy"], matches: policyOn },
  "scp-foreign": { source: ORGANIZATIONS, events: ["AttachPolicy"], matches: policyOn },
  "scp-attached-undeclared": { source: ORGANIZATIONS, events: ["AttachPolicy"], matches: policyOn },
  "full-aws-access-undeclared": { source: ORGANIZATIONS, events: ["AttachPolicy"], matches: policyOn },
  "scp-content": { source: ORGANIZATIONS, events: ["UpdatePolicy"], matches: policyField("content") },
  "scp-description": { source: ORGANIZATIONS, events: ["UpdatePolicy"], matches: policyField("description") },
  "scp-ownership-tag": {
    source: ORGANIZATIONS,
    events: ["UntagResource", "TagResource"],
    matches: (parameters, resolved) => resolved.policyIds.has(String(parameters.resourceId))
  },
  "scp-policy-type-disabled": {
    source: ORGANIZATIONS,
    events: ["DisablePolicyType"],
    matches: (parameters) => parameters.policyType === "SERVICE_CONTROL_POLICY"
  },
  "account-wrong-ou": {
    source: ORGANIZATIONS,
    events: ["MoveAccount"],
    matches: (parameters, resolved) => parameters.accountId === resolved.accountId
  },
  "account-tags": {
    source: ORGANIZATIONS,
    events: ["TagResource", "UntagResource"],
    matches: accountTagged
  },
  "account-ownership-tag": {
    source: ORGANIZATIONS,
    events: ["UntagResource", "TagResource"],
    matches: accountTagged
  },
  "ou-ownership-tag": {
    source: ORGANIZATIONS,
    events: ["UntagResource", "TagResource"],
    matches: (parameters, resolved) => resolved.organizationalUnitId !== void 0 && parameters.resourceId === resolved.organizationalUnitId
  },
  "ou-renamed": {
    source: ORGANIZATIONS,
    events: ["UpdateOrganizationalUnit"],
    matches: (parameters, resolved) => parameters.organizationalUnitId === resolved.organizationalUnitId
  },
  "stackset-missing": { source: CLOUDFORMATION, events: ["DeleteStackSet"], matches: stackSet },
  "stackset-template": { source: CLOUDFORMATION, events: ["UpdateStackSet"], matches: templateSent },
  "stackset-parameters": {
    source: CLOUDFORMATION,
    events: ["UpdateStackSet"],
    matches: stackSetFields("parameters")
  },
  "stackset-roles": {
    source: CLOUDFORMATION,
    events: ["UpdateStackSet"],
    matches: stackSetFields("administrationRoleARN", "executionRoleName", "permissionModel")
  },
  "stackset-auto-deployment": {
    source: CLOUDFORMATION,
    events: ["UpdateStackSet"],
    matches: stackSetFields("autoDeployment")
  },
  "stackset-ownership-tag": { source: CLOUDFORMATION, events: ["UpdateStackSet"], matches: stackSetFields("tags") },
  "stack-instance-overrides": { source: CLOUDFORMATION, events: ["UpdateStackInstances"], matches: stackInstance },
  "stack-instance-missing": { source: CLOUDFORMATION, events: ["DeleteStackInstances"], matches: stackInstance }
};
function planAttribution(context, foreign, findings) {
  const idByReference = new Map([...declaredTargetIds(context)].map(([id, reference]) => [reference, id]));
  const policyIds = /* @__PURE__ */ new Map();
  const addPolicy = (name, id) => {
    for (const key of /* @__PURE__ */ new Set([name, scpTargetName(name)]))
      policyIds.set(key, (policyIds.get(key) ?? /* @__PURE__ */ new Set()).add(id));
  };
  for (const observed of context.observed.policies) addPolicy(observed.name, observed.id);
  for (const attachment of foreign) addPolicy(attachment.policyName, attachment.policyId);
  const resolve = (finding) => {
    const { target } = finding;
    const scp = /^scp:(.*?)(?:@(root|ou:.*|account:[^@]*))?$/.exec(target);
    if (scp) {
      const reference = scp[2];
      return {
        policyIds: policyIds.get(scp[1]) ?? /* @__PURE__ */ new Set(),
        ...reference && idByReference.has(reference) ? { targetId: idByReference.get(reference) } : {}
      };
    }
    if (target.startsWith("account:"))
      return { policyIds: /* @__PURE__ */ new Set(), accountId: context.existingAccounts.get(target.slice("account:".length))?.id };
    if (target.startsWith("ou:"))
      return {
        policyIds: /* @__PURE__ */ new Set(),
        organizationalUnitId: context.renamed.find((rename) => `ou:${rename.path}` === target)?.id ?? context.ouIdByPath.get(target.slice("ou:".length))
      };
    const stack = /^stackset:([^@#]+)(?:@account:([^/#]+)\/([^#]+))?/.exec(target);
    if (stack) {
      const [, name, account, region] = stack;
      const accountId = account && (/^\d{12}$/.test(account) ? account : context.existingAccounts.get(account)?.id);
      return {
        policyIds: /* @__PURE__ */ new Set(),
        stackSet: name,
        ...accountId && region ? { instance: { accountId, region } } : {}
      };
    }
    return { policyIds: /* @__PURE__ */ new Set() };
  };
  const lookups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const rule = RULES[finding.kind];
    if (!rule) continue;
    const names = lookups.get(rule.source) ?? /* @__PURE__ */ new Set();
    for (const event of rule.events) names.add(event);
    lookups.set(rule.source, names);
  }
  return { lookups, resolve };
}
function attributionEvents(finding) {
  const rule = RULES[finding.kind];
  return rule ? { source: rule.source, events: [...rule.events] } : void 0;
}
function attributeFindings(findings, events, plan) {
  const newestFirst = [...events].sort((a, b) => a.time < b.time ? 1 : a.time > b.time ? -1 : 0);
  return findings.map((finding) => {
    const rule = RULES[finding.kind];
    if (!rule) return finding;
    const resolved = plan.resolve(finding);
    const event = newestFirst.find(
      (candidate) => candidate.eventSource === rule.source && rule.events.includes(candidate.eventName) && rule.matches(candidate.requestParameters, resolved)
    );
    return event ? { ...finding, changedBy: { principal: event.principal, at: event.time, event: event.eventName } } : finding;
  });
}

// src/drift/read-change-events.ts
var import_client_cloudtrail = __toESM(require_dist_cjs2(), 1);
var HISTORY_DAYS = 90;
var LOOKUP_PAGE_SIZE = 50;
var PAGES_PER_EVENT = 4;
async function readChangeEvents(cloudTrail, source, eventNames, now) {
  const events = [];
  const cut = [];
  try {
    await readInto(events, cut, cloudTrail, source, eventNames, now);
    return { events, cut };
  } catch (error) {
    return { events, cut, error };
  }
}
async function readInto(events, cut, cloudTrail, source, eventNames, now) {
  const StartTime = new Date(now.getTime() - HISTORY_DAYS * 864e5);
  for (const name of [...eventNames].sort()) {
    let NextToken;
    for (let page = 0; page < PAGES_PER_EVENT; page++) {
      const answer = await cloudTrail.send(
        new import_client_cloudtrail.LookupEventsCommand({
          LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: name }],
          StartTime,
          EndTime: now,
          MaxResults: LOOKUP_PAGE_SIZE,
          NextToken
        })
      );
      for (const event of answer.Events ?? []) {
        const record = parseRecord(event.CloudTrailEvent);
        if (!record || record.errorCode !== void 0 || record.eventSource !== source) continue;
        events.push({
          eventSource: source,
          eventName: event.EventName ?? name,
          time: (event.EventTime ?? now).toISOString(),
          principal: principalOf(record, event.Username),
          requestParameters: isObject(record.requestParameters) ? record.requestParameters : {}
        });
      }
      NextToken = answer.NextToken;
      if (!NextToken) break;
    }
    if (NextToken) cut.push(name);
  }
}
function parseRecord(text) {
  if (!text) return void 0;
  try {
    const parsed = JSON.parse(text);
    return isObject(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function principalOf(record, username) {
  const identity = record.userIdentity ?? {};
  return identity.arn ?? identity.invokedBy ?? identity.principalId ?? username ?? "unknown";
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function organizationsEventRegion(homeRegion) {
  if (homeRegion.startsWith("us-gov-")) return "us-gov-west-1";
  if (homeRegion.startsWith("cn-")) return "cn-northwest-1";
  return "us-east-1";
}

// src/drift/who-changed-it.ts
async function findWhoChangedIt(context, foreign, findings, now) {
  const plan = planAttribution(context, foreign, findings);
  if (plan.lookups.size === 0) return { findings: [...findings], notChecked: [] };
  const homeRegion = context.desired.organization.homeRegion;
  const regionOf = {
    "organizations.amazonaws.com": organizationsEventRegion(homeRegion),
    "cloudformation.amazonaws.com": homeRegion
  };
  const events = [];
  const cut = /* @__PURE__ */ new Set();
  const notChecked = [];
  for (const [source, names] of plan.lookups) {
    const cloudTrail = createCloudTrailClient({ region: regionOf[source] });
    try {
      const read = await readChangeEvents(cloudTrail, source, names, now);
      events.push(...read.events);
      for (const name of read.cut) cut.add(`${source} ${name}`);
      if (read.error !== void 0)
        notChecked.push({
          target: "organization",
          what: `who changed it (${source.split(".")[0]} calls)`,
          reason: endpointLacksOperation(read.error) ? ENDPOINT_UNSUPPORTED : describeAwsError(read.error, "CloudTrail LookupEvents (the drift role needs cloudtrail:LookupEvents)").message
        });
    } finally {
      cloudTrail.destroy();
    }
  }
  const attributed = attributeFindings(findings, events, plan);
  const cutNames = /* @__PURE__ */ new Set();
  for (const finding of attributed) {
    const lookup = finding.changedBy === void 0 ? attributionEvents(finding) : void 0;
    for (const name of lookup?.events ?? []) if (cut.has(`${lookup.source} ${name}`)) cutNames.add(name);
  }
  if (cutNames.size > 0)
    notChecked.push({
      target: "organization",
      what: "who changed it, beyond the latest calls read",
      reason: `CloudTrail event history is searched by event name, across every AWS service, and only the latest ${LOOKUP_PAGE_SIZE * PAGES_PER_EVENT} calls named ${listNames([...cutNames].sort())} were read; a finding without "changed" may come from an older one`
    });
  return { findings: attributed, notChecked };
}

// src/commands/drift.ts
async function runDrift(settings, dependencies = {}) {
  const now = dependencies.now ?? /* @__PURE__ */ new Date();
  const validation = validateAsMerged(settings, now);
  if (!validation.desired)
    return {
      status: "invalid",
      validation,
      notRun: notRun(
        validation,
        repositoryCommit(settings.repositoryRoot),
        hasUncommittedChanges(settings.repositoryRoot),
        now
      )
    };
  const desired = validation.desired;
  const region = desired.organization.homeRegion;
  const clients = dependencies.clients ?? createAwsClients({ region });
  const detection = dependencies.detectionClient ?? createDriftDetectionClient({ region });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the drift role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`
      );
    }
    let observed;
    try {
      observed = await observeOrganization(clients, {
        desired,
        readEveryParameterOverride: true,
        readEveryAccountTag: true
      });
    } catch (error) {
      throw describeAwsError(error, "Reading the organization");
    }
    const commit = repositoryCommit(settings.repositoryRoot);
    const plan = computePlan(desired, observed, {
      commit,
      ...validation.locate ? { locate: validation.locate } : {}
    });
    const exceptions = exceptionFindings(validation.exceptions, now);
    const context = new DriftContext(
      desired,
      observed,
      plan,
      now.toISOString().slice(0, 10),
      exceptions.filter((finding) => finding.kind === "exception-expired").map((finding) => finding.target)
    );
    const foreign = foreignScpAttachments(context);
    const organization = organizationFindings(context, foreign);
    const detections = await detectStackSetDrift(
      { cloudFormation: clients.cloudFormation, detection },
      // Only vend's: anyone may name a StackSet with the prefix, and drift starts operations on what it checks.
      observed.stackSets.filter((stackSet2) => stackSet2.managedByVend).map((stackSet2) => stackSet2.name),
      {
        callAs: stackSetCallAs(desired),
        clock: dependencies.clock ?? systemClock,
        budgetMs: (settings.detectionMinutes ?? DEFAULT_DETECTION_MINUTES) * 6e4,
        ...dependencies.log ? { log: dependencies.log } : {}
      }
    );
    const resources = resourceDriftFindings(context, detections);
    const attributed = await findWhoChangedIt(
      context,
      foreign,
      [...organization.findings, ...resources.findings, ...exceptions],
      now
    );
    const report = assembleDriftReport({
      findings: attributed.findings,
      notChecked: [
        ...organization.notChecked,
        ...resources.notChecked,
        ...untaggedStackSetsNotChecked(context),
        ...attributed.notChecked,
        ...detectionCoverageGaps(desired.baselines, desired.organization.stackSets.namePrefix)
      ],
      ignoreList: validation.driftIgnore,
      now,
      commit,
      uncommittedChanges: hasUncommittedChanges(settings.repositoryRoot),
      managementAccountId: desired.organization.managementAccountId
    });
    return { status: "checked", validation, report };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
    if (!dependencies.detectionClient) detection.destroy();
  }
}
function awsFailureNotRun(error, repositoryRoot, now) {
  const commit = repositoryCommit(repositoryRoot);
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: now.toISOString(),
    commit,
    ...hasUncommittedChanges(repositoryRoot) ? { uncommittedChanges: true } : {},
    error: `nothing was compared with the organization, so this is neither drift nor "no drift": ${error.replace(/\.\s*$/, "")}`,
    diagnostics: []
  };
}
function notRun(validation, commit, uncommitted, now) {
  const errors = countDiagnostics(validation.diagnostics).errors;
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: now.toISOString(),
    commit,
    error: `the repository${commit ? ` at commit ${commit.slice(0, 12)}${uncommitted ? " with its uncommitted changes" : ""}` : ""} does not validate (${countOf(errors, "error")}), so nothing was compared with the organization: this is not drift. Fix ${errors === 1 ? "it" : "them"} (vend validate lists ${errors === 1 ? "it" : "them"}), then run the check again`,
    diagnostics: diagnosticsJson(validation.diagnostics)
  };
}

export {
  carryFirstSeen,
  driftTransitions,
  runDrift,
  awsFailureNotRun
};
