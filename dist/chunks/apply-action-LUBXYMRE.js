import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-FZAI7LVX.js";
import "./chunk-O2NG67BN.js";
import "./chunk-VQRLEBOH.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-C7LQZQWX.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-FMO4M5LJ.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-ZMOIDIR3.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-CFOOB7WA.js";
import "./chunk-Y7VDQB42.js";
import "./chunk-2SG54255.js";
import "./chunk-J5KM54P4.js";
import "./chunk-SLQI36LP.js";
import "./chunk-RMYA5RXX.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CNS3RD5C.js";
import "./chunk-KKCBKMWL.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-KWJX5BGU.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-SZOBXY3O.js";
import "./chunk-YNDQQWV6.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
