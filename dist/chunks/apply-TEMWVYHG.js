import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-ABNCOD3C.js";
import "./chunk-PWL7VJGM.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-WW2ERRCZ.js";
import "./chunk-DYOVIEH6.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-UBGRVW3H.js";
import "./chunk-P5OUMY4Z.js";
import "./chunk-U2FS2WFD.js";
import "./chunk-5ZL4HPUI.js";
import "./chunk-2KWAN7ZR.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-D2R3TN24.js";
import "./chunk-DMI42NEU.js";
import "./chunk-DEJHMZ2C.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
