import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/terminal-style.ts
var SGR = {
  resource: "1",
  create: "32",
  change: "33",
  destroy: "31",
  detail: "",
  added: "32",
  removed: "31",
  hunk: "36",
  context: "",
  blank: "",
  problem: "1;31",
  destructive: "1;31",
  highImpact: "1;35",
  bold: "1"
};
var plain = (_style, text) => text;
var ansi = (style, text) => SGR[style] && text ? `\x1B[${SGR[style]}m${text}\x1B[0m` : text;
function wantsColour(stream, env) {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
}

export {
  plain,
  ansi,
  wantsColour
};
