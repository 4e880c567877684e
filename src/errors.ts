/**
 * Formats any thrown value for users. Stack traces are for developers: they appear only with VEND_DEBUG=1
 * (or the runner's debug logging), never by default.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const debug = process.env.VEND_DEBUG === '1' || process.env.RUNNER_DEBUG === '1';
  return debug && error instanceof Error && error.stack ? error.stack : message;
}
