import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-XCW4FNQD.js";
import "./chunk-REHHXSQN.js";
import "./chunk-NKC3WUGR.js";
import "./chunk-5UU4MWEV.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-O2KXBLIM.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-UJ47GLIV.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-6KGZMG7Z.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-ZVASWW54.js";
import "./chunk-XCCUABBR.js";
import "./chunk-P25AJT4Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SYUZ54H4.js";
import "./chunk-AWNBMV4R.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-E4GB4NEQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-YJ3Q6IJP.js";
import "./chunk-OOSERXYV.js";
import "./chunk-UKY7YRG7.js";
import "./chunk-UR33ZAST.js";
import "./chunk-5RO5SIU4.js";
import "./chunk-AGUSTD7B.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
