import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-BOXWOVNR.js";
import "./chunk-KJ3XQXGH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-5UIBK2J5.js";
import "./chunk-Y6T6B6EZ.js";
import "./chunk-L6KWCCS5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VQTFGJTO.js";
import "./chunk-WP27I6DD.js";
import "./chunk-PTWG5UMO.js";
import "./chunk-MST7U2QF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NTKFMNZO.js";
import "./chunk-5J7422LD.js";
import "./chunk-AT3ZD5UU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
