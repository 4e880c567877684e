import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-ZJSJLR5F.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-4MD6HBUU.js";
import "./chunk-MO7EQ7PV.js";
import "./chunk-SI4TSWFL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-B5Q5L76H.js";
import "./chunk-IT34FXK6.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FLQOD7YC.js";
import "./chunk-7T43MTEL.js";
import "./chunk-466JVE2A.js";
import "./chunk-X6KPPGQY.js";
import "./chunk-ULWPNSVW.js";
import "./chunk-N2FNUB2K.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
