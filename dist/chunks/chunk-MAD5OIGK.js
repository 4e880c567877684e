import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/workflow-commands.ts
var JOINER = "\u2060";
function neutralizeWorkflowCommands(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/^(\s*)::/, `$1${JOINER}::`).replaceAll("##[", `#${JOINER}#[`)).join("\n");
}

export {
  neutralizeWorkflowCommands
};
