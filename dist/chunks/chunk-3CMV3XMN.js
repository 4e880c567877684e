import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/errors.ts
function errorMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  const debug = process.env.VEND_DEBUG === "1" || process.env.RUNNER_DEBUG === "1";
  return debug && error instanceof Error && error.stack ? error.stack : message;
}

export {
  errorMessage
};
