import { Agent, createServer, request as forwardRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of moto that counts AWS API calls per operation and injects faults.
 *
 * The fault decision for a request is made before it is forwarded: a faulted request never reaches moto, so it
 * changed nothing there. (A crash after a call took effect but before its answer arrived is simulated with
 * onForwarded instead.) Decisions come from a seeded generator, two draws per request, so the same seed and the
 * same request order give the same faults.
 */

export type FaultKind = 'throttle' | 'http500' | 'drop';

export const ALL_FAULT_KINDS: readonly FaultKind[] = ['throttle', 'http500', 'drop'];

export interface ProxiedRequest {
  /** `<signing service>:<operation>`, e.g. `organizations:ListAccounts`, `cloudformation:DescribeStackSet`. */
  operation: string;
  mutating: boolean;
  /** The fault sent back instead of forwarding, if any. */
  fault: FaultKind | undefined;
}

export type RequestListener = (request: ProxiedRequest) => void;

/**
 * Runs after moto has answered the `count`-th forwarded request and before that answer is relayed. Killing the
 * client here simulates a crash whose last call took effect without the client seeing it.
 */
export type ForwardedListener = (count: number, request: ProxiedRequest) => void | Promise<void>;

export interface FaultProxyOptions {
  /** moto's base URL. */
  target: string;
  /** Share of AWS requests that get a fault, 0 to 1. Default 0. */
  faultRate?: number;
  /** Faults to choose from, uniformly. Default: all of them. */
  faults?: readonly FaultKind[];
  /** Default 1. */
  seed?: number;
  onRequest?: RequestListener;
  onForwarded?: ForwardedListener;
}

export interface FaultProxy {
  url: string;
  /** AWS requests received per operation, faulted ones included: every attempt the client made. */
  counts(): Record<string, number>;
  /** Faults injected per operation. */
  faultCounts(): Record<string, number>;
  /** AWS requests received whose operation isMutatingOperation, faulted ones included. */
  mutatingCount(): number;
  /** AWS requests that reached moto. */
  forwardedCount(): number;
  /** Zeroes every counter and restarts the seeded fault sequence. */
  reset(): void;
  setFaultRate(rate: number): void;
  onRequest: RequestListener | undefined;
  onForwarded: ForwardedListener | undefined;
  close(): Promise<void>;
}

const READ_ONLY_PREFIXES = ['List', 'Describe', 'Get'];

// Calls that change nothing in the organization although their names do not say so.
const READ_ONLY_OPERATIONS = new Set([
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:GetCallerIdentity',
  'cloudformation:ValidateTemplate',
  'cloudtrail:LookupEvents',
]);

/**
 * Whether an operation (`service:Name`) may change AWS state. Anything not known to be read-only counts as
 * mutating, unidentified requests included, so a read-only check errs on the side of failing.
 */
export function isMutatingOperation(operation: string): boolean {
  if (READ_ONLY_OPERATIONS.has(operation)) return false;
  const separator = operation.indexOf(':');
  const name = separator === -1 ? operation : operation.slice(separator + 1);
  return !READ_ONLY_PREFIXES.some((prefix) => name.startsWith(prefix));
}

type Protocol = 'json' | 'query';

interface IdentifiedRequest {
  service: string;
  operation: string;
  protocol: Protocol;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Identifies the API operation: X-Amz-Target for the JSON protocol, `Action=` for the query protocol. */
function identifyRequest(headers: IncomingHttpHeaders, url: string, body: string): IdentifiedRequest {
  // SigV4 names the service in the credential scope: Credential=<key>/<date>/<region>/<service>/aws4_request.
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(header(headers, 'authorization') ?? '');
  const service = scope?.[1] ?? 'unsigned';
  const target = header(headers, 'x-amz-target');
  if (target !== undefined) return { service, operation: target.slice(target.lastIndexOf('.') + 1), protocol: 'json' };
  const contentType = header(headers, 'content-type') ?? '';
  const form = contentType.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body) : undefined;
  const action = form?.get('Action') ?? new URL(url, 'http://proxy').searchParams.get('Action');
  const protocol: Protocol = contentType.includes('json') ? 'json' : 'query';
  return { service, operation: action ?? 'unknown', protocol };
}

function createRandom(seed: number): () => number {
  // mulberry32: tiny, fast and good enough to spread faults; Math.random cannot be seeded.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sendFault(response: ServerResponse, fault: 'throttle' | 'http500', request: IdentifiedRequest): void {
  const requestId = `vend-fault-${Date.now().toString(36)}`;
  const status = fault === 'throttle' ? 400 : 500;
  let contentType: string;
  let body: string;
  if (request.protocol === 'json') {
    // The error codes AWS sends: Organizations throttles with TooManyRequestsException, other JSON services with
    // ThrottlingException; both are on the SDK's list of throttling errors, which is what engages its retries.
    const code =
      fault === 'http500'
        ? 'ServiceException'
        : request.service === 'organizations'
          ? 'TooManyRequestsException'
          : 'ThrottlingException';
    contentType = 'application/x-amz-json-1.1';
    body = JSON.stringify({ __type: code, message: fault === 'throttle' ? 'Rate exceeded' : 'Internal failure' });
  } else {
    const [type, code, message] =
      fault === 'throttle'
        ? ['Sender', 'Throttling', 'Rate exceeded']
        : ['Receiver', 'InternalFailure', 'Internal failure'];
    contentType = 'text/xml';
    body =
      `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`;
  }
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': requestId,
  });
  response.end(body);
}

function increment(counter: Map<string, number>, key: string): void {
  counter.set(key, (counter.get(key) ?? 0) + 1);
}

function sorted(counter: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counter.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkedRate(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new Error(`Invalid fault rate '${rate}'. Expected a number from 0 to 1.`);
  }
  return rate;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const faults = options.faults ?? ALL_FAULT_KINDS;
  let faultRate = checkedRate(options.faultRate ?? 0);
  if (faults.length === 0) throw new Error('Invalid fault list []. Expected at least one of throttle, http500, drop.');
  const seed = options.seed ?? 1;
  let random = createRandom(seed);
  const received = new Map<string, number>();
  const injected = new Map<string, number>();
  let forwarded = 0;
  const agent = new Agent({ keepAlive: true });

  const forward = (
    incoming: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    proxied: ProxiedRequest | undefined,
  ): void => {
    const upstream = forwardRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
        agent,
      },
      (answer) => {
        const relay = (): void => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        };
        if (proxied === undefined) {
          relay();
          return;
        }
        forwarded += 1;
        Promise.resolve(proxy.onForwarded?.(forwarded, proxied)).then(relay, (error: unknown) => {
          answer.resume();
          response.destroy(error instanceof Error ? error : new Error(String(error)));
        });
      },
    );
    upstream.once('error', (error) => {
      if (response.headersSent) {
        response.destroy(error);
      } else {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`fault proxy could not reach ${options.target}: ${error.message}`);
      }
    });
    upstream.end(body);
  };

  const server = createServer((incoming, response) => {
    // A client killed mid-call leaves a dead socket behind; writing to it must not crash the test process.
    response.on('error', () => undefined);
    readBody(incoming).then(
      (body) => {
        // moto's own control API (reset, seed) is neither an AWS call nor a place for faults.
        if ((incoming.url ?? '').startsWith('/moto-api/')) {
          forward(incoming, response, body, undefined);
          return;
        }
        const identified = identifyRequest(incoming.headers, incoming.url ?? '/', body.toString('utf8'));
        const operation = `${identified.service}:${identified.operation}`;
        const roll = random();
        const pick = random();
        const fault = roll < faultRate ? faults[Math.floor(pick * faults.length)] : undefined;
        const proxied: ProxiedRequest = { operation, mutating: isMutatingOperation(operation), fault };
        increment(received, operation);
        if (fault !== undefined) increment(injected, operation);
        proxy.onRequest?.(proxied);
        if (fault === 'drop') incoming.socket.resetAndDestroy();
        else if (fault !== undefined) sendFault(response, fault, identified);
        else forward(incoming, response, body, proxied);
      },
      () => incoming.socket.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    counts: () => sorted(received),
    faultCounts: () => sorted(injected),
    mutatingCount: () =>
      [...received.entries()].reduce((sum, [operation, n]) => sum + (isMutatingOperation(operation) ? n : 0), 0),
    forwardedCount: () => forwarded,
    reset: () => {
      received.clear();
      injected.clear();
      forwarded = 0;
      random = createRandom(seed);
    },
    setFaultRate: (rate) => {
      faultRate = checkedRate(rate);
    },
    onRequest: options.onRequest,
    onForwarded: options.onForwarded,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      agent.destroy();
    },
  };
  return proxy;
}
