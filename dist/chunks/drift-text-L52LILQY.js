import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-RBFK5GHT.js";
import "./chunk-TP3VPCDD.js";
import "./chunk-U5FQ4EB7.js";
import "./chunk-5ZL4HPUI.js";
import "./chunk-2KWAN7ZR.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-2VWI3X62.js";
import "./chunk-DMI42NEU.js";
import "./chunk-DEJHMZ2C.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
