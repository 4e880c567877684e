import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-ODAFVL33.js";
import "./chunk-FKNU5FBV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-WQRHXU7A.js";
import "./chunk-L6TFY7EG.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-T6YTWXI6.js";
import "./chunk-B6Z7Y7S2.js";
import "./chunk-SWRMEDXE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
