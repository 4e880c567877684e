import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-HMC3ZEIK.js";
import "./chunk-5WDB6GIN.js";
import "./chunk-PW2SER7R.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-SQYAUB2P.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-B6MT55QB.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-3PU2LI6T.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-6FXOEHUX.js";
import "./chunk-E37SAHEK.js";
import "./chunk-MI6OMFEU.js";
import "./chunk-J5KM54P4.js";
import "./chunk-LPXPKMCA.js";
import "./chunk-V5MO4SHA.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FLB6KTX6.js";
import "./chunk-NGVT7VFK.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-WGBZERR5.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-6EF4JMAM.js";
import "./chunk-KPYH63QA.js";
import "./chunk-3G2F4E5G.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
