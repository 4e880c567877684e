import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  countOf
} from "./chunk-XGHJCEMG.js";

// src/report/phrasing.ts
function quoted(value) {
  return JSON.stringify(value);
}
function highImpactCount(count, alsoDestructive) {
  if (alsoDestructive === 0) return { label: countOf(count, "high-impact change"), besides: "" };
  return {
    label: countOf(count, "more high-impact change"),
    besides: `, besides the ${alsoDestructive === 1 ? "destructive one" : `${alsoDestructive} destructive ones`} also marked high impact`
  };
}
function unreadOwnershipNote(accounts) {
  const unread = accounts.filter((account) => account.ownedByVend === void 0).length;
  const whose = unread === accounts.length ? unread === 1 ? "Its tags" : "Their tags" : `The tags of ${unread} of them`;
  return `${whose} were not read, so ${unread === 1 ? "it" : "one"} may still be vend's, its manifest deleted earlier (deleting a manifest closes nothing). The drift check reads ${unread === 1 ? "its tags and says whether it is" : "them and names vend's"}.`;
}
var UNANSWERED = "its request got no answer: AWS may have carried it out, and a re-run plans only what is left";

export {
  quoted,
  highImpactCount,
  unreadOwnershipNote,
  UNANSWERED
};
