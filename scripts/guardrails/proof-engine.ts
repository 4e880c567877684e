import { allowedContextKeysForRequest, runSimulation } from '@cloud-copilot/iam-simulate';
import type { RequestAnalysis, RunSimulationResults, SimulationErrors } from '@cloud-copilot/iam-simulate';
import { IntrinsicResolutionError } from './cloudformation-intrinsics.js';
import { loadGuardrailRepository, RepositoryReadError } from './guardrail-repository.js';
import type { GuardrailRepository } from './guardrail-repository.js';
import {
  PARTITION,
  PolicyAssemblyError,
  principalInForce,
  templateReferenceArn,
  templateRoleBoundaryArn,
} from './policies-in-force.js';
import type { PrincipalInForce } from './policies-in-force.js';
import { loadProofTable, PROOF_TABLE_FILE } from './proof-table.js';
import type { PolicyLayer, Proof, ProofTable } from './proof-table.js';

export type ObservedDecision = 'Allow' | 'Deny';

export interface ProofOutcome {
  proof: Proof;
  passed: boolean;
  /** What the simulator decided, when it ran. */
  decision?: ObservedDecision;
  /** The explicit Deny statements that matched, as `layer policy/statement @ level`. */
  explicitDenies: string[];
  /** Why the proof failed; empty when it passed. */
  problems: string[];
}

export interface GuardrailRun {
  outcomes: ProofOutcome[];
  passed: boolean;
}

export interface GuardrailRunOptions {
  /** Repository-relative path of the proof table. */
  proofTableFile?: string;
}

type StatementAnalysis = NonNullable<RequestAnalysis['identityAnalysis']>['allowStatements'][number];

const DERIVED_CONTEXT_KEYS = [
  'aws:principalarn',
  'aws:principalaccount',
  'aws:requestedregion',
  'iam:permissionsboundary',
];

/** Loads the repository and its proof table and evaluates every proof. Throws only when either cannot be read. */
export async function runGuardrailProofs(root: string, options: GuardrailRunOptions = {}): Promise<GuardrailRun> {
  const repository = loadGuardrailRepository(root);
  const table = loadProofTable(root, options.proofTableFile ?? PROOF_TABLE_FILE);
  const outcomes: ProofOutcome[] = [];
  for (const proof of table.proofs) outcomes.push(await evaluateProof(repository, table, proof));
  return { outcomes, passed: outcomes.every((outcome) => outcome.passed) };
}

async function evaluateProof(repository: GuardrailRepository, table: ProofTable, proof: Proof): Promise<ProofOutcome> {
  const failed = (problems: string[]): ProofOutcome => ({ proof, passed: false, explicitDenies: [], problems });
  let principal: PrincipalInForce;
  let request: SimulatedRequest;
  try {
    const declaration = table.principals.get(proof.principal);
    if (!declaration) return failed([`principal '${proof.principal}' is not declared.`]);
    principal = principalInForce(repository, declaration);
    request = await simulatedRequest(repository, principal, proof);
  } catch (error) {
    if (
      error instanceof PolicyAssemblyError ||
      error instanceof IntrinsicResolutionError ||
      error instanceof RepositoryReadError
    ) {
      return failed([error.message]);
    }
    throw error;
  }
  if (request.problems.length > 0) return failed(request.problems);

  const results = await runSimulation(
    {
      request: {
        principal: principal.requestPrincipal,
        action: proof.action,
        resource: { resource: request.resource, accountId: principal.accountId },
        contextVariables: request.context,
      },
      identityPolicies: principal.identityPolicies.map(({ name, document }) => ({ name, policy: document })),
      serviceControlPolicies: principal.serviceControlPolicies.map(({ orgIdentifier, policies }) => ({
        orgIdentifier,
        policies: policies.map(({ name, document }) => ({ name, policy: document })),
      })),
      resourceControlPolicies: [],
      ...(principal.permissionsBoundary
        ? {
            permissionBoundaryPolicies: [
              { name: principal.permissionsBoundary.name, policy: principal.permissionsBoundary.document },
            ],
          }
        : {}),
    },
    { simulationMode: 'Strict' },
  );
  const analysis = singleAnalysis(results);
  if ('problem' in analysis) return failed([analysis.problem]);

  const problems: string[] = [];
  if (analysis.ignoredContextKeys.length > 0) {
    problems.push(
      `the simulator ignored context keys it does not know for ${proof.action}: ${analysis.ignoredContextKeys.join(', ')}.`,
    );
  }
  problems.push(...unsuppliedConditionKeys(analysis.analysis, request, proof));

  const decision: ObservedDecision = analysis.analysis.result === 'Allowed' ? 'Allow' : 'Deny';
  const denies = explicitDenies(analysis.analysis);
  if (decision !== proof.expect)
    problems.push(`expected ${proof.expect}, the policies in force decide ${decision} (${analysis.analysis.result}).`);
  for (const layer of proof.deniedBy) {
    if (!denies.some((deny) => deny.layer === layer)) {
      problems.push(
        `expected an explicit Deny from the ${layerName(layer)}; no Deny statement there matches the request.`,
      );
    }
  }
  for (const layer of proof.notAllowedBy) {
    if (layerResult(analysis.analysis, layer) === 'Allowed') {
      problems.push(`expected the ${layerName(layer)} to refuse the request on its own; it allows it.`);
    }
  }
  return { proof, passed: problems.length === 0, decision, explicitDenies: denies.map((deny) => deny.label), problems };
}

interface SimulatedRequest {
  resource: string;
  context: Record<string, string | string[]>;
  /** Lower-case keys the request deliberately does not carry. */
  absent: Set<string>;
  knownKeys: Set<string>;
  problems: string[];
}

async function simulatedRequest(
  repository: GuardrailRepository,
  principal: PrincipalInForce,
  proof: Proof,
): Promise<SimulatedRequest> {
  const problems: string[] = [];
  const region = proof.region ?? repository.homeRegion;
  const expand = (template: string): string =>
    template
      .replaceAll('${AWS::AccountId}', principal.accountId)
      .replaceAll('${AWS::Partition}', PARTITION)
      .replaceAll('${AWS::Region}', region);
  const resource =
    proof.resource.kind === 'arn'
      ? expand(proof.resource.arn)
      : templateReferenceArn(repository, principal.accountName, proof.resource.reference);
  if (/\$\{[^}]*\}/.test(resource))
    problems.push(
      `resource ${resource} has a placeholder other than \${AWS::AccountId}, \${AWS::Partition} or \${AWS::Region}.`,
    );
  const resourceRegion = resource.split(':')[3];
  if (resourceRegion && resourceRegion !== region) {
    problems.push(
      `resource ${resource} is in ${resourceRegion} but the request is made in ${region}; set region: ${resourceRegion}.`,
    );
  }

  const [service = '', actionName = ''] = proof.action.split(':');
  let knownKeys: Set<string>;
  try {
    knownKeys = new Set(await allowedContextKeysForRequest(service, actionName, resource, false, undefined));
  } catch (error) {
    return {
      resource,
      context: {},
      absent: new Set(),
      knownKeys: new Set(),
      problems: [`${proof.action} on ${resource}: ${(error as Error).message}`],
    };
  }

  const context: Record<string, string | string[]> = {
    'aws:PrincipalArn': principal.principalArn,
    'aws:PrincipalAccount': principal.accountId,
    'aws:RequestedRegion': region,
  };
  const absent = new Set(proof.absentContext.map((key) => key.toLowerCase()));
  const carriesBoundary = knownKeys.has('iam:permissionsboundary');
  const boundary = proof.permissionsBoundary;
  if (boundary && !carriesBoundary) {
    problems.push(
      `${proof.action} requests carry no iam:PermissionsBoundary; remove permissionsBoundary from the proof.`,
    );
  } else if (boundary?.kind === 'none') {
    absent.add('iam:permissionsboundary');
  } else if (boundary?.kind === 'arn') {
    context['iam:PermissionsBoundary'] = expand(boundary.arn);
  } else if (boundary?.kind === 'reference') {
    context['iam:PermissionsBoundary'] = templateReferenceArn(repository, principal.accountName, boundary.reference);
  } else if (carriesBoundary && proof.resource.kind === 'reference') {
    // The request is about a baseline role, so the key is that role's own boundary.
    const roleBoundary = templateRoleBoundaryArn(repository, principal.accountName, proof.resource.reference);
    if (roleBoundary) context['iam:PermissionsBoundary'] = roleBoundary;
    else absent.add('iam:permissionsboundary');
  } else if (carriesBoundary) {
    problems.push(
      `${proof.action} requests carry iam:PermissionsBoundary; state permissionsBoundary: <baseline>/<LogicalId>, an ARN, or none.`,
    );
  }

  for (const [key, value] of Object.entries(proof.context)) {
    if (DERIVED_CONTEXT_KEYS.includes(key.toLowerCase())) {
      problems.push(`context sets ${key}, which the proof derives from the principal, region and permissionsBoundary.`);
    } else if (absent.has(key.toLowerCase())) {
      problems.push(`context sets ${key}, which absentContext says the request does not carry.`);
    } else {
      context[key] = value;
    }
  }
  return { resource, context, absent, knownKeys, problems };
}

function singleAnalysis(
  results: RunSimulationResults,
): { analysis: RequestAnalysis; ignoredContextKeys: string[] } | { problem: string } {
  if (results.resultType === 'error') {
    return { problem: `the simulator rejected the request: ${describeSimulatorErrors(results.errors)}` };
  }
  if (results.resultType === 'wildcard') {
    return {
      problem: 'the resource has a wildcard, so the simulator evaluated several resources; prove one concrete ARN.',
    };
  }
  return { analysis: results.result.analysis, ignoredContextKeys: results.result.ignoredContextKeys ?? [] };
}

function describeSimulatorErrors(errors: SimulationErrors): string {
  const details: string[] = [];
  for (const [field, value] of Object.entries(errors)) {
    if (field === 'message' || !value || typeof value !== 'object') continue;
    const byPolicy: [string, unknown[]][] = Array.isArray(value)
      ? [['', value]]
      : Object.entries(value as Record<string, unknown[]>);
    for (const [policy, problems] of byPolicy) {
      for (const problem of problems) {
        const { path, message } = (typeof problem === 'string' ? { message: problem } : problem) as {
          path?: string;
          message?: string;
        };
        details.push([policy, path].filter(Boolean).join(' ') + (path || policy ? ': ' : '') + String(message));
      }
    }
  }
  return details.length > 0 ? details.join('; ') : errors.message;
}

/**
 * A condition whose key the request does not carry still evaluates (to "no match", or to "match" for negated
 * operators), so a misspelt or forgotten key silently decides the outcome. Every key that a statement covering the
 * request depends on, in the condition itself or as a policy variable in its values, must be one the action knows
 * and one the proof either supplies or declares absent.
 */
function unsuppliedConditionKeys(analysis: RequestAnalysis, request: SimulatedRequest, proof: Proof): string[] {
  const supplied = new Set(Object.keys(request.context).map((key) => key.toLowerCase()));
  const problems = new Set<string>();
  for (const { layer, statement } of statementsCoveringRequest(analysis)) {
    for (const condition of statement.statement.conditions()) {
      const keys = [condition.conditionKey(), ...condition.conditionValues().flatMap(policyVariables)];
      for (const key of keys) {
        const lower = key.toLowerCase();
        const where = `${layerName(layer)} ${statementLabel(statement)}`;
        if (!isKnownKey(lower, request.knownKeys)) {
          problems.add(
            `${where} uses the condition key ${key}, which ${proof.action} requests never carry (misspelt?).`,
          );
        } else if (!supplied.has(lower) && !request.absent.has(lower)) {
          problems.add(
            `${where} depends on ${key}; add it to context, or to absentContext if the request does not carry it.`,
          );
        }
      }
    }
  }
  return [...problems];
}

function policyVariables(value: string): string[] {
  return [...value.matchAll(/\$\{([^}]+)\}/g)]
    .map((match) => (match[1] ?? '').split(',')[0]?.trim() ?? '')
    .filter((name) => name !== '' && !['*', '?', '$'].includes(name));
}

function isKnownKey(lowerKey: string, knownKeys: Set<string>): boolean {
  if (knownKeys.has(lowerKey)) return true;
  const slash = lowerKey.indexOf('/');
  if (slash < 0) return false;
  const prefix = lowerKey.slice(0, slash + 1);
  return [...knownKeys].some((known) => known.startsWith(prefix) && known.includes('${'));
}

function statementsCoveringRequest(analysis: RequestAnalysis): { layer: PolicyLayer; statement: StatementAnalysis }[] {
  const covering: { layer: PolicyLayer; statement: StatementAnalysis }[] = [];
  const add = (layer: PolicyLayer, statements: StatementAnalysis[]): void => {
    for (const statement of statements)
      if (statement.actionMatch && statement.resourceMatch) covering.push({ layer, statement });
  };
  const principalPolicies = [
    ['identity', analysis.identityAnalysis],
    ['permissionsBoundary', analysis.permissionBoundaryAnalysis],
  ] as const;
  for (const [layer, part] of principalPolicies) {
    if (part) add(layer, [...part.allowStatements, ...part.denyStatements, ...part.unmatchedStatements]);
  }
  for (const level of analysis.scpAnalysis?.ouAnalysis ?? []) {
    add('scp', [...level.allowStatements, ...level.denyStatements, ...level.unmatchedStatements]);
  }
  return covering;
}

function explicitDenies(analysis: RequestAnalysis): { layer: PolicyLayer; label: string }[] {
  const denies: { layer: PolicyLayer; label: string }[] = [];
  for (const level of analysis.scpAnalysis?.ouAnalysis ?? []) {
    for (const statement of level.denyStatements)
      denies.push({ layer: 'scp', label: `SCP ${statementLabel(statement)} @ ${level.orgIdentifier}` });
  }
  for (const statement of analysis.permissionBoundaryAnalysis?.denyStatements ?? []) {
    denies.push({ layer: 'permissionsBoundary', label: `boundary ${statementLabel(statement)}` });
  }
  for (const statement of analysis.identityAnalysis?.denyStatements ?? []) {
    denies.push({ layer: 'identity', label: `identity ${statementLabel(statement)}` });
  }
  return denies;
}

function layerResult(analysis: RequestAnalysis, layer: PolicyLayer): string | undefined {
  if (layer === 'scp') return analysis.scpAnalysis?.result;
  if (layer === 'identity') return analysis.identityAnalysis?.result;
  // A principal without a boundary is not capped by one.
  return analysis.permissionBoundaryAnalysis?.result ?? 'Allowed';
}

function statementLabel(statement: StatementAnalysis): string {
  return `${statement.policyId}#${statement.statement.sid() ?? statement.statement.index()}`;
}

function layerName(layer: PolicyLayer): string {
  return { scp: 'SCP', permissionsBoundary: 'permissions boundary', identity: 'identity policy' }[layer];
}
