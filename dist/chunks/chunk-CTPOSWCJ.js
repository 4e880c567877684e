import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/observe/observed-state.ts
function inactiveAccountIds(accounts) {
  return new Set(accounts.filter((account) => account.status !== "ACTIVE").map((account) => account.id));
}

export {
  inactiveAccountIds
};
