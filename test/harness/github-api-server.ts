// A loopback stand-in for api.github.com. Every request is checked against GitHub's published OpenAPI
// description (@octokit/openapi), so a test that passes here sends requests the real API documents; every
// success response is checked too, so code under test sees the shapes GitHub really returns. Issues, pull
// requests and issue comments live in memory and can be seeded.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

export type GitHubUserType = 'User' | 'Bot' | 'Organization';

export interface GitHubUser {
  login: string;
  type: GitHubUserType;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: GitHubUser;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPullRequestDetails {
  /** `owner/repo` of the head branch: another repository for a pull request from a fork. */
  headRepository: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  /** Commits the pull request carries; a commit listed here is "associated" with it. */
  commitShas: string[];
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  user: GitHubUser;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Present when the issue is a pull request: GitHub numbers both from one sequence. */
  pullRequest?: StoredPullRequestDetails;
}

export interface EnvironmentProtection {
  /** Logins of required reviewers; empty means the environment needs no review. */
  reviewers: string[];
  /** Whether deployments are limited to some branches (a deployment branch policy). */
  branchPolicy: boolean;
  /**
   * With a policy: "protected branches only" when true; otherwise "selected branches", these name patterns
   * (branch policies), `['main']` unless given.
   */
  protectedBranches?: boolean;
  branches?: string[];
  /** Whether whoever triggered a run is kept from approving it; on unless set off. */
  preventSelfReview?: boolean;
  /**
   * "Allow administrators to bypass configured protection rules": returned as can_admins_bypass, which GitHub sends
   * though its OpenAPI description leaves it out; off unless set, and left out of the response when null.
   */
  canAdminsBypass?: boolean | null;
}

export interface SeedCommentInput {
  body: string;
  login: string;
  type?: GitHubUserType;
}

export interface SeedIssueInput {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  login?: string;
}

export interface SeedPullRequestInput {
  title: string;
  body?: string | null;
  login?: string;
  headRef?: string;
  /** `owner/repo` the head branch lives in; defaults to this repository. */
  headRepository?: string;
  baseRef?: string;
  headSha?: string;
  commitShas?: string[];
  /** A merged pull request is closed, has `merged_at`, and its merge commit is associated with it. */
  merged?: boolean;
  mergeCommitSha?: string;
}

export type ViolationKind = 'undocumented' | 'invalid-request' | 'unimplemented' | 'invalid-response';

export interface ApiViolation {
  kind: ViolationKind;
  method: string;
  path: string;
  message: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  operationId: string | undefined;
  status: number;
  body: unknown;
}

export interface GitHubApiServer {
  /** Base URL to pass as Octokit's `baseUrl`. */
  url: string;
  state: GitHubApiState;
  violations(): readonly ApiViolation[];
  requests(): readonly RecordedRequest[];
  close(): Promise<void>;
}

export interface GitHubApiServerOptions {
  owner?: string;
  repo?: string;
  /** The login the token authenticates as; defaults to the GITHUB_TOKEN identity. */
  actor?: string;
}

/** GitHub rejects comment and issue bodies longer than this many characters. */
export const GITHUB_BODY_LIMIT = 65536;

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;
const DOCS_URL = 'https://docs.github.com/rest';
const HTML_BASE = 'https://github.com';
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

function userTypeOf(login: string): GitHubUserType {
  return login.endsWith('[bot]') ? 'Bot' : 'User';
}

/** In-memory repository contents, plus the identity and permissions of the token in use. */
export interface GitHubApiState {
  readonly owner: string;
  readonly repo: string;
  readonly actor: GitHubUser;
  /** False models a read-only token, e.g. the GITHUB_TOKEN of a pull request from a fork: writes get 403. */
  tokenCanWrite: boolean;
  /** The identity the token authenticates as; API-created comments and issues are authored by it. */
  setActor(login: string, type?: GitHubUserType): void;
  seedIssue(input: SeedIssueInput): StoredIssue;
  seedPullRequest(input: SeedPullRequestInput): StoredIssue;
  seedComment(issueNumber: number, input: SeedCommentInput): StoredComment;
  /** Points `refs/heads/<branch>` at `sha`, as a push would. */
  setBranchTip(branch: string, sha: string): void;
  /** Creates or replaces a deployment environment with its protection, as the repository settings would. */
  setEnvironment(name: string, protection: EnvironmentProtection): void;
  /** Records a run of a workflow file (`vend-apply.yml`) in the given status, as a push or dispatch would. */
  addWorkflowRun(
    workflowFile: string,
    run: { status: string; headSha: string; headBranch?: string; event?: string },
  ): void;
  comments(issueNumber: number): StoredComment[];
  comment(id: number): StoredComment | undefined;
  issue(issueNumber: number): StoredIssue | undefined;
  issues(): StoredIssue[];
  /** Rewrites an issue's body, as anyone with write access can in the browser. */
  editIssueBody(issueNumber: number, body: string): void;
}

// Seeding and inspection hand out copies; the remaining methods give the request handlers the live records.
class RepositoryStore implements GitHubApiState {
  readonly owner: string;
  readonly repo: string;
  actor: GitHubUser;
  tokenCanWrite = true;

  private readonly issueByNumber = new Map<number, StoredIssue>();
  private readonly commentList: StoredComment[] = [];
  private readonly userIds = new Map<string, number>();
  private readonly labelIds = new Map<string, number>();
  readonly branchTips = new Map<string, string>();
  readonly environments = new Map<string, EnvironmentProtection>();
  readonly workflowRuns: {
    workflowFile: string;
    status: string;
    headSha: string;
    headBranch: string;
    event: string;
  }[] = [];
  private nextIssueNumber = 1;
  private nextCommentId = 1_000_001;
  // A logical clock: every write moves it one second, so timestamps are deterministic and strictly ordered.
  private clock = Date.parse('2025-01-01T00:00:00Z');

  constructor(owner: string, repo: string, actorLogin: string) {
    this.owner = owner;
    this.repo = repo;
    this.actor = { login: actorLogin, type: userTypeOf(actorLogin) };
  }

  setActor(login: string, type: GitHubUserType = userTypeOf(login)): void {
    this.actor = { login, type };
  }

  seedIssue(input: SeedIssueInput): StoredIssue {
    const now = this.tick();
    const state = input.state ?? 'open';
    const issue: StoredIssue = {
      number: this.nextIssueNumber++,
      title: input.title,
      body: input.body ?? null,
      labels: [...(input.labels ?? [])],
      state,
      stateReason: state === 'closed' ? 'completed' : null,
      user: this.userFor(input.login),
      createdAt: now,
      updatedAt: now,
      closedAt: state === 'closed' ? now : null,
    };
    this.issueByNumber.set(issue.number, issue);
    return structuredClone(issue);
  }

  seedPullRequest(input: SeedPullRequestInput): StoredIssue {
    const now = this.tick();
    const merged = input.merged ?? false;
    const headSha = input.headSha?.toLowerCase() ?? fakeSha(`head-${this.nextIssueNumber}`);
    const issue: StoredIssue = {
      number: this.nextIssueNumber++,
      title: input.title,
      body: input.body ?? null,
      labels: [],
      state: merged ? 'closed' : 'open',
      stateReason: null,
      user: this.userFor(input.login),
      createdAt: now,
      updatedAt: now,
      closedAt: merged ? now : null,
      pullRequest: {
        headRepository: input.headRepository ?? `${this.owner}/${this.repo}`,
        headRef: input.headRef ?? `feature-${this.nextIssueNumber - 1}`,
        headSha,
        baseRef: input.baseRef ?? 'main',
        commitShas: (input.commitShas ?? [headSha]).map((sha) => sha.toLowerCase()),
        mergedAt: merged ? now : null,
        mergeCommitSha:
          input.mergeCommitSha?.toLowerCase() ?? (merged ? fakeSha(`merge-${this.nextIssueNumber - 1}`) : null),
      },
    };
    this.issueByNumber.set(issue.number, issue);
    return structuredClone(issue);
  }

  seedComment(issueNumber: number, input: SeedCommentInput): StoredComment {
    if (!this.issueByNumber.has(issueNumber)) {
      throw new Error(`Cannot seed a comment on #${issueNumber}: seed the issue or pull request first.`);
    }
    return structuredClone(
      this.addComment(issueNumber, input.body, { login: input.login, type: input.type ?? userTypeOf(input.login) }),
    );
  }

  setBranchTip(branch: string, sha: string): void {
    this.branchTips.set(branch, sha.toLowerCase());
  }

  addWorkflowRun(
    workflowFile: string,
    run: { status: string; headSha: string; headBranch?: string; event?: string },
  ): void {
    this.workflowRuns.push({ workflowFile, headBranch: 'main', event: 'push', ...run });
  }

  setEnvironment(name: string, protection: EnvironmentProtection): void {
    this.environments.set(name, structuredClone(protection));
  }

  comments(issueNumber: number): StoredComment[] {
    return structuredClone(this.commentList.filter((c) => c.issueNumber === issueNumber));
  }

  comment(id: number): StoredComment | undefined {
    const found = this.commentList.find((c) => c.id === id);
    return found && structuredClone(found);
  }

  issue(issueNumber: number): StoredIssue | undefined {
    const found = this.issueByNumber.get(issueNumber);
    return found && structuredClone(found);
  }

  issues(): StoredIssue[] {
    return structuredClone([...this.issueByNumber.values()]);
  }

  editIssueBody(issueNumber: number, body: string): void {
    const found = this.issueByNumber.get(issueNumber);
    if (!found) throw new Error(`no issue #${issueNumber}`);
    found.body = body;
  }

  liveIssue(issueNumber: number): StoredIssue | undefined {
    return this.issueByNumber.get(issueNumber);
  }

  liveIssues(): StoredIssue[] {
    return [...this.issueByNumber.values()];
  }

  liveComments(issueNumber: number): StoredComment[] {
    return this.commentList.filter((c) => c.issueNumber === issueNumber);
  }

  liveComment(id: number): StoredComment | undefined {
    return this.commentList.find((c) => c.id === id);
  }

  createIssue(title: string, body: string | null, labels: string[]): StoredIssue {
    const now = this.tick();
    const issue: StoredIssue = {
      number: this.nextIssueNumber++,
      title,
      body,
      labels,
      state: 'open',
      stateReason: null,
      user: { ...this.actor },
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.issueByNumber.set(issue.number, issue);
    return issue;
  }

  addComment(issueNumber: number, body: string, user: GitHubUser): StoredComment {
    const now = this.tick();
    const comment: StoredComment = {
      id: this.nextCommentId++,
      issueNumber,
      body,
      user: { ...user },
      createdAt: now,
      updatedAt: now,
    };
    this.commentList.push(comment);
    return comment;
  }

  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  userId(login: string): number {
    const key = login.toLowerCase();
    let id = this.userIds.get(key);
    if (id === undefined) {
      id = 9_000_001 + this.userIds.size;
      this.userIds.set(key, id);
    }
    return id;
  }

  labelId(name: string): number {
    let id = this.labelIds.get(name);
    if (id === undefined) {
      id = 7_000_001 + this.labelIds.size;
      this.labelIds.set(name, id);
    }
    return id;
  }

  private userFor(login: string | undefined): GitHubUser {
    return login === undefined ? { ...this.actor } : { login, type: userTypeOf(login) };
  }
}

function fakeSha(seed: string): string {
  let hex = '';
  for (let i = 0; hex.length < 40; i++) hex += ((seed.charCodeAt(i % seed.length) * (i + 7)) % 256).toString(16);
  return hex.slice(0, 40);
}

// ---------------------------------------------------------------------------------------------------------
// The OpenAPI description: loaded once per process, on first use, because it is 13 MB of JSON.

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
}

interface DocumentedOperation {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  pathParamNames: string[];
  literalSegments: number;
  pointer: string;
}

interface OperationValidators {
  pathParams: ValidateFunction;
  queryParams: ValidateFunction;
  queryParamNames: Set<string>;
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

interface GitHubOpenApi {
  operations: DocumentedOperation[];
  validatorsFor(operation: DocumentedOperation): OperationValidators;
  responseValidatorFor(operation: DocumentedOperation, status: number): ValidateFunction | undefined;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SPEC_ID = 'github';

let openApiPromise: Promise<GitHubOpenApi> | undefined;

function loadGitHubOpenApi(): Promise<GitHubOpenApi> {
  openApiPromise ??= readOpenApi();
  return openApiPromise;
}

async function readOpenApi(): Promise<GitHubOpenApi> {
  // The non-dereferenced file is a fifth the size of the dereferenced one (13 MB vs 73 MB, ~40 MB vs ~220 MB
  // of heap per Jest worker); ajv follows its $refs itself.
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = toJsonSchemaNullability(JSON.parse(await readFile(file, 'utf8'))) as Record<string, unknown>;
  const paths = doc['paths'] as Record<string, Record<string, unknown>>;

  const operations: DocumentedOperation[] = [];
  for (const [template, pathItem] of Object.entries(paths)) {
    const segments = template.split('/').filter(Boolean);
    const pathParamNames: string[] = [];
    const source = segments
      .map((segment) =>
        segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          pathParamNames.push(name);
          return '([^/]+)';
        }),
      )
      .join('/');
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as { operationId?: string } | undefined;
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId ?? `${method} ${template}`,
        pattern: new RegExp(`^/${source}/?$`),
        pathParamNames,
        literalSegments: segments.filter((s) => !s.includes('{')).length,
        pointer: `/paths/${pointerEscape(template)}/${method}`,
      });
    }
  }
  // When several templates match, the one with more literal segments is the intended one.
  operations.sort((a, b) => b.literalSegments - a.literalSegments);

  const schemaOptions = { strict: false, validateFormats: false, allErrors: true, validateSchema: false } as const;
  const bodyAjv = new Ajv(schemaOptions);
  const paramAjv = new Ajv({ ...schemaOptions, coerceTypes: true });
  bodyAjv.addSchema(doc, SPEC_ID);
  paramAjv.addSchema(doc, SPEC_ID);

  const lookup = (pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[pointerUnescape(part)], doc);
  // Follows one level of `$ref`, which is how the description shares parameters and responses.
  const follow = (pointer: string): { pointer: string; node: Record<string, unknown> | undefined } => {
    const node = lookup(pointer) as Record<string, unknown> | undefined;
    const ref = node?.['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      return { pointer: ref.slice(1), node: lookup(ref.slice(1)) as Record<string, unknown> | undefined };
    }
    return { pointer, node };
  };

  const validatorCache = new Map<DocumentedOperation, OperationValidators>();
  const responseCache = new Map<string, ValidateFunction | undefined>();

  return {
    operations,
    validatorsFor(operation) {
      const cached = validatorCache.get(operation);
      if (cached) return cached;
      const pathParams = { type: 'object', properties: {} as Record<string, unknown>, required: [] as string[] };
      const queryParams = {
        type: 'object',
        properties: {} as Record<string, unknown>,
        required: [] as string[],
        additionalProperties: false,
      };
      const parameterPointers = (base: string): string[] => {
        const list = lookup(`${base}/parameters`);
        return Array.isArray(list) ? list.map((_, index) => `${base}/parameters/${index}`) : [];
      };
      const pathItemPointer = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
      for (const raw of [...parameterPointers(pathItemPointer), ...parameterPointers(operation.pointer)]) {
        const { pointer, node } = follow(raw);
        const parameter = node as OpenApiParameter | undefined;
        if (!parameter || (parameter.in !== 'path' && parameter.in !== 'query')) continue;
        const target = parameter.in === 'path' ? pathParams : queryParams;
        target.properties[parameter.name] = { $ref: `${SPEC_ID}#${pointer}/schema` };
        if (parameter.in === 'path' || parameter.required) target.required.push(parameter.name);
      }
      const requestBody = follow(`${operation.pointer}/requestBody`);
      const hasJsonBody = lookup(`${requestBody.pointer}/content/application~1json/schema`) !== undefined;
      const validators: OperationValidators = {
        pathParams: paramAjv.compile(pathParams),
        queryParams: paramAjv.compile(queryParams),
        queryParamNames: new Set(Object.keys(queryParams.properties)),
        body: hasJsonBody
          ? bodyAjv.compile({ $ref: `${SPEC_ID}#${requestBody.pointer}/content/application~1json/schema` })
          : undefined,
        bodyRequired: requestBody.node?.['required'] === true,
      };
      validatorCache.set(operation, validators);
      return validators;
    },
    responseValidatorFor(operation, status) {
      const key = `${operation.pointer} ${status}`;
      if (!responseCache.has(key)) {
        const response = follow(`${operation.pointer}/responses/${status}`);
        const schemaPointer = `${response.pointer}/content/application~1json/schema`;
        responseCache.set(
          key,
          lookup(schemaPointer) === undefined ? undefined : bodyAjv.compile({ $ref: `${SPEC_ID}#${schemaPointer}` }),
        );
      }
      return responseCache.get(key);
    },
  };
}

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerUnescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

// OpenAPI 3.0 marks null with `nullable: true`; JSON Schema (and ajv) express it as a type. Rewriting the
// document once keeps the schemas honest: `nullable` next to `enum` must also admit null in the enum.
function toJsonSchemaNullability(node: unknown): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = toJsonSchemaNullability(node[i]);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = toJsonSchemaNullability(record[key]);
  if (typeof record['nullable'] !== 'boolean') return record;
  const nullable = record['nullable'];
  delete record['nullable'];
  if (!nullable) return record;
  if (typeof record['type'] === 'string') {
    record['type'] = [record['type'], 'null'];
    const values = record['enum'];
    if (Array.isArray(values) && !values.includes(null)) record['enum'] = [...values, null];
    return record;
  }
  return { anyOf: [record, { type: 'null' }] };
}

// ---------------------------------------------------------------------------------------------------------
// Requests

interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

class ApiRejection extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly violation?: ViolationKind,
  ) {
    super(message);
  }
}

interface RequestContext {
  method: string;
  url: URL;
  operation: DocumentedOperation;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const openApi = await loadGitHubOpenApi();
  const state = new RepositoryStore(
    options.owner ?? 'acme',
    options.repo ?? 'aws-accounts',
    options.actor ?? 'github-actions[bot]',
  );
  const violations: ApiViolation[] = [];
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  const handle = async (request: IncomingMessage): Promise<{ response: ApiResponse; record: RecordedRequest }> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', baseUrl);
    const record: RecordedRequest = {
      method,
      url: `${url.pathname}${url.search}`,
      operationId: undefined,
      status: 0,
      body: undefined,
    };
    const violate = (kind: ViolationKind, message: string): void => {
      violations.push({ kind, method, path: url.pathname, message });
    };
    try {
      const raw = await readBody(request);
      const operation = openApi.operations.find((op) => op.method === method && op.pattern.test(url.pathname));
      if (!operation) {
        throw new ApiRejection(404, `No documented operation matches ${method} ${url.pathname}`, 'undocumented');
      }
      record.operationId = operation.operationId;
      const context = parseRequest(openApi, operation, method, url, raw);
      record.body = context.body;
      if (!request.headers.authorization) throw new ApiRejection(401, 'Requires authentication');
      const response = route(state, context, baseUrl);
      if (response.status < 300) {
        const validate = openApi.responseValidatorFor(operation, response.status);
        if (response.body !== undefined && !validate) {
          violate('invalid-response', `${operation.operationId} documents no JSON response for ${response.status}`);
        } else if (validate && !validate(response.body)) {
          violate('invalid-response', `${operation.operationId} ${response.status}: ${describeErrors(validate)}`);
        }
      }
      return { response, record };
    } catch (error) {
      if (!(error instanceof ApiRejection)) throw error;
      if (error.violation) violate(error.violation, error.message);
      const body = {
        message: error.message,
        documentation_url: DOCS_URL,
        status: String(error.status),
      };
      return { response: { status: error.status, body }, record };
    }
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    handle(request)
      .then(({ response: apiResponse, record }) => {
        record.status = apiResponse.status;
        requests.push(record);
        send(response, apiResponse);
      })
      .catch((error: unknown) => {
        // A bug in the harness itself: make it loud in the test rather than a hung request.
        violations.push({
          kind: 'unimplemented',
          method: request.method ?? '',
          path: request.url ?? '',
          message: `test server error: ${error instanceof Error ? error.message : String(error)}`,
        });
        send(response, { status: 500, body: { message: 'test server error', documentation_url: DOCS_URL } });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    violations: () => violations.map((v) => ({ ...v })),
    requests: () => requests.map((r) => ({ ...r })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Octokit's fetch keeps connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new ApiRejection(413, 'Request body too large', 'invalid-request'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, apiResponse: ApiResponse): void {
  const headers: Record<string, string> = { 'x-github-media-type': 'github.v3; format=json', ...apiResponse.headers };
  if (apiResponse.body === undefined) {
    response.writeHead(apiResponse.status, headers).end();
    return;
  }
  response
    .writeHead(apiResponse.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(apiResponse.body));
}

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`)
    .join('; ');
}

function parseRequest(
  openApi: GitHubOpenApi,
  operation: DocumentedOperation,
  method: string,
  url: URL,
  raw: string,
): RequestContext {
  const validators = openApi.validatorsFor(operation);
  const match = operation.pattern.exec(url.pathname);
  const pathParams: Record<string, unknown> = {};
  operation.pathParamNames.forEach((name, index) => {
    pathParams[name] = decodeURIComponent(match?.[index + 1] ?? '');
  });
  if (!validators.pathParams(pathParams)) {
    throw new ApiRejection(422, `Invalid path parameters: ${describeErrors(validators.pathParams)}`, 'invalid-request');
  }

  const query: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    if (!validators.queryParamNames.has(name)) {
      throw new ApiRejection(
        422,
        `Query parameter '${name}' is not documented for ${operation.operationId}`,
        'invalid-request',
      );
    }
    query[name] = value;
  }
  if (!validators.queryParams(query)) {
    throw new ApiRejection(
      422,
      `Invalid query parameters: ${describeErrors(validators.queryParams)}`,
      'invalid-request',
    );
  }

  let body: unknown;
  if (raw.length > 0) {
    if (!validators.body) {
      throw new ApiRejection(400, `${operation.operationId} takes no JSON request body`, 'invalid-request');
    }
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ApiRejection(400, 'Problems parsing JSON', 'invalid-request');
    }
    if (!validators.body(body)) {
      throw new ApiRejection(422, `Invalid request body: ${describeErrors(validators.body)}`, 'invalid-request');
    }
  } else if (validators.bodyRequired) {
    throw new ApiRejection(422, `${operation.operationId} requires a JSON request body`, 'invalid-request');
  }
  return { method, url, operation, pathParams, query, body };
}

// ---------------------------------------------------------------------------------------------------------
// Operations

type Handler = (state: RepositoryStore, context: RequestContext, baseUrl: string) => ApiResponse;

const handlers: Record<string, Handler> = {
  'issues/list-comments': (state, context, baseUrl) => {
    const issue = requireIssue(state, context);
    const since = context.query['since'];
    const comments = state
      .liveComments(issue.number)
      .filter((c) => typeof since !== 'string' || c.updatedAt >= since)
      .sort((a, b) => a.id - b.id);
    return paginate(context, baseUrl, comments, (c) => apiComment(state, c, baseUrl));
  },
  'issues/get-comment': (state, context, baseUrl) => ({
    status: 200,
    body: apiComment(state, requireComment(state, context), baseUrl),
  }),
  'issues/create-comment': (state, context, baseUrl) => {
    requireWriteAccess(state);
    const issue = requireIssue(state, context);
    const body = bodyField<string>(context, 'body');
    requireWithinBodyLimit(body);
    const comment = state.addComment(issue.number, body, state.actor);
    return {
      status: 201,
      body: apiComment(state, comment, baseUrl),
      headers: { location: commentApiUrl(state, comment, baseUrl) },
    };
  },
  'issues/update-comment': (state, context, baseUrl) => {
    requireWriteAccess(state);
    const comment = requireComment(state, context);
    const body = bodyField<string>(context, 'body');
    requireWithinBodyLimit(body);
    comment.body = body;
    comment.updatedAt = state.tick();
    return { status: 200, body: apiComment(state, comment, baseUrl) };
  },
  'issues/get': (state, context, baseUrl) => ({
    status: 200,
    body: apiIssue(state, requireIssue(state, context), baseUrl),
  }),
  'issues/list-for-repo': (state, context, baseUrl) => {
    rejectUnemulated(context, context.query, ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values']);
    const wantedState = (context.query['state'] as string | undefined) ?? 'open';
    const labels = splitLabels(context.query['labels']);
    const creator = (context.query['creator'] as string | undefined)?.toLowerCase();
    const since = context.query['since'] as string | undefined;
    const sortKey = (context.query['sort'] as string | undefined) ?? 'created';
    const direction = (context.query['direction'] as string | undefined) ?? 'desc';
    const issues = state
      .liveIssues()
      .filter((i) => wantedState === 'all' || i.state === wantedState)
      .filter((i) => labels.every((l) => i.labels.some((own) => own.toLowerCase() === l.toLowerCase())))
      .filter((i) => creator === undefined || i.user.login.toLowerCase() === creator)
      .filter((i) => since === undefined || i.updatedAt >= since)
      .sort((a, b) => {
        const key = (i: StoredIssue): string | number =>
          sortKey === 'updated'
            ? i.updatedAt
            : sortKey === 'comments'
              ? state.liveComments(i.number).length
              : i.createdAt;
        const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
        return direction === 'asc' ? order : -order;
      });
    return paginate(context, baseUrl, issues, (i) => apiIssue(state, i, baseUrl));
  },
  'issues/create': (state, context, baseUrl) => {
    requireWriteAccess(state);
    const body = context.body as Record<string, unknown>;
    rejectUnemulated(context, body, ['assignee', 'assignees', 'milestone', 'type', 'issue_field_values']);
    const text = (body['body'] as string | undefined) ?? null;
    if (text !== null) requireWithinBodyLimit(text);
    const issue = state.createIssue(String(body['title']), text, labelNames(body['labels']));
    return {
      status: 201,
      body: apiIssue(state, issue, baseUrl),
      headers: { location: issueApiUrl(state, issue, baseUrl) },
    };
  },
  'issues/update': (state, context, baseUrl) => {
    requireWriteAccess(state);
    const issue = requireIssue(state, context);
    const body = context.body as Record<string, unknown>;
    rejectUnemulated(context, body, [
      'assignee',
      'assignees',
      'milestone',
      'type',
      'issue_field_values',
      'duplicate_issue_id',
    ]);
    if (body['title'] !== undefined && body['title'] !== null) issue.title = String(body['title']);
    if (body['body'] !== undefined) {
      const text = body['body'] as string | null;
      if (text !== null) requireWithinBodyLimit(text);
      issue.body = text;
    }
    if (body['labels'] !== undefined) issue.labels = labelNames(body['labels']);
    const now = state.tick();
    const newState = body['state'] as 'open' | 'closed' | undefined;
    if (newState !== undefined && newState !== issue.state) {
      issue.state = newState;
      issue.closedAt = newState === 'closed' ? now : null;
      issue.stateReason = newState === 'closed' ? 'completed' : 'reopened';
    }
    if (body['state_reason'] !== undefined && newState !== undefined) {
      issue.stateReason = body['state_reason'] as StoredIssue['stateReason'];
    }
    issue.updatedAt = now;
    return { status: 200, body: apiIssue(state, issue, baseUrl) };
  },
  'actions/list-workflow-runs': (state, context, baseUrl) => {
    requireRepository(state, context);
    rejectUnemulated(context, context.query, [
      'actor',
      'branch',
      'event',
      'status',
      'created',
      'exclude_pull_requests',
      'check_suite_id',
      'head_sha',
      'page',
    ]);
    const file = String(context.pathParams['workflow_id']);
    const runs = state.workflowRuns.filter((run) => run.workflowFile === file);
    const repository = apiRepository(state, baseUrl);
    const html = `${HTML_BASE}/${state.owner}/${state.repo}`;
    const api = repoApiUrl(state, baseUrl);
    return {
      status: 200,
      body: {
        total_count: runs.length,
        workflow_runs: runs.map((run, index) => {
          const id = 9_000_001 + index;
          return {
            id,
            node_id: nodeId('WFR', id),
            head_branch: run.headBranch,
            run_number: index + 1,
            display_title: `run ${index + 1}`,
            event: run.event,
            status: run.status,
            conclusion: run.status === 'completed' ? 'success' : null,
            head_sha: run.headSha,
            path: `.github/workflows/${file}`,
            workflow_id: 8_000_001,
            url: `${api}/actions/runs/${id}`,
            html_url: `${html}/actions/runs/${id}`,
            created_at: '2026-11-30T00:00:00Z',
            updated_at: '2026-11-30T00:00:00Z',
            head_commit: null,
            head_repository: repository,
            repository,
            jobs_url: `${api}/actions/runs/${id}/jobs`,
            logs_url: `${api}/actions/runs/${id}/logs`,
            check_suite_url: `${api}/check-suites/${id}`,
            cancel_url: `${api}/actions/runs/${id}/cancel`,
            rerun_url: `${api}/actions/runs/${id}/rerun`,
            artifacts_url: `${api}/actions/runs/${id}/artifacts`,
            workflow_url: `${api}/actions/workflows/8000001`,
            pull_requests: [],
          };
        }),
      },
    };
  },
  'repos/get-environment': (state, context, baseUrl) => {
    requireRepository(state, context);
    const name = String(context.pathParams['environment_name']);
    const environment = state.environments.get(name);
    if (!environment) throw new ApiRejection(404, 'Not Found');
    const id = 7_000_000 + [...state.environments.keys()].indexOf(name);
    const rules: Record<string, unknown>[] = [];
    if (environment.reviewers.length > 0)
      rules.push({
        id: id + 1,
        node_id: nodeId('GA', id + 1),
        type: 'required_reviewers',
        prevent_self_review: environment.preventSelfReview ?? true,
        reviewers: environment.reviewers.map((login) => ({
          type: 'User',
          reviewer: apiUser(state, { login, type: 'User' }, baseUrl),
        })),
      });
    if (environment.branchPolicy) rules.push({ id: id + 2, node_id: nodeId('GA', id + 2), type: 'branch_policy' });
    return {
      status: 200,
      body: {
        id,
        node_id: nodeId('EN', id),
        name,
        url: `${repoApiUrl(state, baseUrl)}/environments/${encodeURIComponent(name)}`,
        html_url: `${HTML_BASE}/${state.owner}/${state.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
        created_at: '2025-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
        protection_rules: rules,
        ...(environment.canAdminsBypass === null ? {} : { can_admins_bypass: environment.canAdminsBypass ?? false }),
        deployment_branch_policy: environment.branchPolicy
          ? {
              protected_branches: environment.protectedBranches === true,
              custom_branch_policies: environment.protectedBranches !== true,
            }
          : null,
      },
    };
  },
  'repos/list-deployment-branch-policies': (state, context) => {
    requireRepository(state, context);
    const name = String(context.pathParams['environment_name']);
    const environment = state.environments.get(name);
    if (!environment) throw new ApiRejection(404, 'Not Found');
    if (!environment.branchPolicy || environment.protectedBranches) throw new ApiRejection(404, 'Not Found');
    const branches = environment.branches ?? ['main'];
    return {
      status: 200,
      body: {
        total_count: branches.length,
        branch_policies: branches.map((branch, index) => ({
          id: 8_000_000 + index,
          node_id: nodeId('DBP', 8_000_000 + index),
          name: branch,
          type: 'branch',
        })),
      },
    };
  },
  'git/get-ref': (state, context, baseUrl) => {
    requireRepository(state, context);
    const ref = String(context.pathParams['ref']);
    const sha = ref.startsWith('heads/') ? state.branchTips.get(ref.slice('heads/'.length)) : undefined;
    if (sha === undefined) throw new ApiRejection(404, 'Not Found');
    const url = `${repoApiUrl(state, baseUrl)}/git/refs/${ref}`;
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
        url,
        object: { type: 'commit', sha, url: `${repoApiUrl(state, baseUrl)}/git/commits/${sha}` },
      },
    };
  },
  'repos/list-pull-requests-associated-with-commit': (state, context, baseUrl) => {
    requireRepository(state, context);
    const sha = String(context.pathParams['commit_sha']).toLowerCase();
    const pulls = state
      .liveIssues()
      .filter((i) => {
        const pr = i.pullRequest;
        return pr !== undefined && (pr.commitShas.includes(sha) || pr.mergeCommitSha === sha || pr.headSha === sha);
      })
      .sort((a, b) => a.number - b.number);
    return paginate(context, baseUrl, pulls, (i) => apiPullRequest(state, i, baseUrl));
  },
};

function route(state: RepositoryStore, context: RequestContext, baseUrl: string): ApiResponse {
  const handler = handlers[context.operation.operationId];
  if (!handler) {
    throw new ApiRejection(
      501,
      `${context.operation.operationId} (${context.method} ${context.operation.template}) is documented but not emulated by the test server`,
      'unimplemented',
    );
  }
  return handler(state, context, baseUrl);
}

function requireRepository(state: RepositoryStore, context: RequestContext): void {
  const owner = String(context.pathParams['owner']).toLowerCase();
  const repo = String(context.pathParams['repo']).toLowerCase();
  if (owner !== state.owner.toLowerCase() || repo !== state.repo.toLowerCase()) {
    throw new ApiRejection(404, 'Not Found');
  }
}

function requireIssue(state: RepositoryStore, context: RequestContext): StoredIssue {
  requireRepository(state, context);
  const issue = state.liveIssue(Number(context.pathParams['issue_number']));
  if (!issue) throw new ApiRejection(404, 'Not Found');
  return issue;
}

function requireComment(state: RepositoryStore, context: RequestContext): StoredComment {
  requireRepository(state, context);
  const comment = state.liveComment(Number(context.pathParams['comment_id']));
  if (!comment) throw new ApiRejection(404, 'Not Found');
  return comment;
}

function requireWriteAccess(state: GitHubApiState): void {
  if (!state.tokenCanWrite) throw new ApiRejection(403, 'Resource not accessible by integration');
}

function requireWithinBodyLimit(text: string): void {
  if (text.length > GITHUB_BODY_LIMIT) {
    throw new ApiRejection(
      422,
      `Validation Failed: body is too long (maximum is ${GITHUB_BODY_LIMIT} characters)`,
      'invalid-request',
    );
  }
}

// Filters the emulator does not implement fail loudly instead of being silently ignored.
function rejectUnemulated(context: RequestContext, fields: Record<string, unknown>, names: string[]): void {
  const used = names.filter((name) => fields[name] !== undefined);
  if (used.length > 0) {
    throw new ApiRejection(
      501,
      `${context.operation.operationId}: ${used.join(', ')} not emulated by the test server`,
      'unimplemented',
    );
  }
}

function bodyField<T>(context: RequestContext, name: string): T {
  return (context.body as Record<string, unknown>)[name] as T;
}

function splitLabels(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')));
  return [...new Set(names.filter(Boolean))];
}

function paginate<T>(context: RequestContext, baseUrl: string, items: T[], toApi: (item: T) => unknown): ApiResponse {
  const perPage = Math.min(Math.max(Number(context.query['per_page'] ?? DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
  const page = Math.max(Number(context.query['page'] ?? 1), 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const links: string[] = [];
  const pageUrl = (n: number): string => {
    const url = new URL(context.url.pathname + context.url.search, baseUrl);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage).map(toApi),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

// ---------------------------------------------------------------------------------------------------------
// Response shapes, field for field as the OpenAPI description requires them.

function repoApiUrl(state: RepositoryStore, baseUrl: string): string {
  return `${baseUrl}/repos/${state.owner}/${state.repo}`;
}

function commentApiUrl(state: RepositoryStore, comment: StoredComment, baseUrl: string): string {
  return `${repoApiUrl(state, baseUrl)}/issues/comments/${comment.id}`;
}

function issueApiUrl(state: RepositoryStore, issue: StoredIssue, baseUrl: string): string {
  return `${repoApiUrl(state, baseUrl)}/issues/${issue.number}`;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

function apiUser(state: RepositoryStore, user: GitHubUser, baseUrl: string): Record<string, unknown> {
  const id = state.userId(user.login);
  const url = `${baseUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url:
      user.type === 'Bot' ? `${HTML_BASE}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${HTML_BASE}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function authorAssociation(state: RepositoryStore, user: GitHubUser): string {
  if (user.type === 'Bot') return 'NONE';
  return user.login.toLowerCase() === state.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR';
}

function apiComment(state: RepositoryStore, comment: StoredComment, baseUrl: string): Record<string, unknown> {
  const url = commentApiUrl(state, comment, baseUrl);
  const issue = state.liveIssue(comment.issueNumber);
  const kind = issue?.pullRequest ? 'pull' : 'issues';
  return {
    url,
    html_url: `${HTML_BASE}/${state.owner}/${state.repo}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(state, baseUrl)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: apiUser(state, comment.user, baseUrl),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(state, comment.user),
    body: comment.body,
    reactions: reactionRollup(`${url}/reactions`),
    performed_via_github_app: null,
  };
}

function reactionRollup(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

function apiLabel(state: RepositoryStore, name: string, baseUrl: string): Record<string, unknown> {
  const id = state.labelId(name);
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${repoApiUrl(state, baseUrl)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

function apiIssue(state: RepositoryStore, issue: StoredIssue, baseUrl: string): Record<string, unknown> {
  const url = issueApiUrl(state, issue, baseUrl);
  const repoUrl = repoApiUrl(state, baseUrl);
  const htmlUrl = `${HTML_BASE}/${state.owner}/${state.repo}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`;
  return {
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: htmlUrl,
    id: 5_000_000 + issue.number,
    node_id: nodeId(issue.pullRequest ? 'PR' : 'I', issue.number),
    number: issue.number,
    title: issue.title,
    user: apiUser(state, issue.user, baseUrl),
    labels: issue.labels.map((name) => apiLabel(state, name, baseUrl)),
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: state.liveComments(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(state, issue.user),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactionRollup(`${url}/reactions`),
    ...(issue.pullRequest
      ? {
          pull_request: {
            url: `${repoUrl}/pulls/${issue.number}`,
            html_url: htmlUrl,
            diff_url: `${htmlUrl}.diff`,
            patch_url: `${htmlUrl}.patch`,
            merged_at: issue.pullRequest.mergedAt,
          },
          draft: false,
        }
      : {}),
  };
}

function apiRepository(state: RepositoryStore, baseUrl: string): Record<string, unknown> {
  const url = repoApiUrl(state, baseUrl);
  const html = `${HTML_BASE}/${state.owner}/${state.repo}`;
  return {
    id: 4_200_001,
    node_id: nodeId('R', 4_200_001),
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    owner: apiUser(state, { login: state.owner, type: 'Organization' }, baseUrl),
    private: true,
    html_url: html,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${state.owner}/${state.repo}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${state.owner}/${state.repo}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: 'main',
    open_issues_count: state.liveIssues().filter((i) => i.state === 'open').length,
    open_issues: state.liveIssues().filter((i) => i.state === 'open').length,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    license: null,
    pushed_at: '2025-01-01T00:00:00Z',
    created_at: '2024-06-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}

function apiPullRequest(state: RepositoryStore, issue: StoredIssue, baseUrl: string): Record<string, unknown> {
  const pr = issue.pullRequest as StoredPullRequestDetails;
  const repoUrl = repoApiUrl(state, baseUrl);
  const url = `${repoUrl}/pulls/${issue.number}`;
  const html = `${HTML_BASE}/${state.owner}/${state.repo}/pull/${issue.number}`;
  const issueUrl = `${repoUrl}/issues/${issue.number}`;
  const statusesUrl = `${repoUrl}/statuses/${pr.headSha}`;
  const branch = (ref: string, sha: string, fullName = `${state.owner}/${state.repo}`): Record<string, unknown> => {
    const owner = fullName.split('/')[0]!;
    const repository = apiRepository(state, baseUrl);
    return {
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: apiUser(state, { login: owner, type: 'Organization' }, baseUrl),
      repo:
        fullName === `${state.owner}/${state.repo}`
          ? repository
          : {
              ...repository,
              id: 4_300_000 + issue.number,
              node_id: nodeId('R', 4_300_000 + issue.number),
              full_name: fullName,
              name: fullName.split('/')[1],
              owner: apiUser(state, { login: owner, type: 'Organization' }, baseUrl),
              fork: true,
            },
    };
  };
  return {
    url,
    id: 6_000_000 + issue.number,
    node_id: nodeId('PR', issue.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statusesUrl,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: apiUser(state, issue.user, baseUrl),
    body: issue.body,
    labels: issue.labels.map((name) => apiLabel(state, name, baseUrl)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.headRef, pr.headSha, pr.headRepository),
    base: branch(pr.baseRef, fakeSha(`base-${issue.number}`)),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: statusesUrl },
    },
    author_association: authorAssociation(state, issue.user),
    auto_merge: null,
    draft: false,
  };
}
