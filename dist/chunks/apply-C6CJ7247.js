import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-LJNC57BU.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-C7D3QA4N.js";
import "./chunk-HMKYZCUN.js";
import "./chunk-FNSN6LGY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-5BKKZR27.js";
import "./chunk-7XI77WLK.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FVDEHUJM.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-UQ4MJBGK.js";
import "./chunk-SQC7A5ZH.js";
import "./chunk-LI2J643O.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
