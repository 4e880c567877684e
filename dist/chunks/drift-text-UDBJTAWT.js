import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-YPI6IL46.js";
import "./chunk-SIRYHMVW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-AOB2OHHA.js";
import "./chunk-ZVBSCCXX.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-I3ZFGRZU.js";
import "./chunk-2VFAZBQJ.js";
import "./chunk-XGHJCEMG.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
