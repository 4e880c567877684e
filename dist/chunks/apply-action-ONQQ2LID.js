import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-N3NKZ4E6.js";
import "./chunk-IX45PJIE.js";
import "./chunk-U35ZO2AV.js";
import "./chunk-RT5LBL5T.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-JPBKZOKN.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-SYJSDSPP.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-CLMPNR6D.js";
import "./chunk-CZGQDZ6C.js";
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
import "./chunk-ZCHTYBNZ.js";
import "./chunk-HW5AZJU7.js";
import "./chunk-I5IUKFL7.js";
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
