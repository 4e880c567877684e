import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/workflow-commands.ts
var JOINER = "\u2060";
var LEADING_WHITE_SPACE = /^([\s\u0085]*)::/;
function neutralizeWorkflowCommands(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(LEADING_WHITE_SPACE, `$1${JOINER}::`).replaceAll("##[", `#${JOINER}#[`)).join("\n");
}

export {
  neutralizeWorkflowCommands
};
