import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-SQYAUB2P.js";
import "./chunk-T55CMK62.js";
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
import "./chunk-3ZXO2YJ4.js";
import "./chunk-6EF4JMAM.js";
import "./chunk-3G2F4E5G.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
