import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-JPBKZOKN.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-5MGR5P4L.js";
import "./chunk-HLRM3HMS.js";
import "./chunk-GCLXHRHW.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-GP53FAQT.js";
import "./chunk-6E2Y4N2K.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-AJZ33OJS.js";
import "./chunk-JRWR4K33.js";
import "./chunk-5LHJMUYQ.js";
import "./chunk-TPNVYAQE.js";
import "./chunk-HW5AZJU7.js";
import "./chunk-I5IUKFL7.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
