import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-PQ4HFLT2.js";
import "./chunk-C7D3QA4N.js";
import "./chunk-HMKYZCUN.js";
import "./chunk-FNSN6LGY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-5BKKZR27.js";
import "./chunk-FRWKET5L.js";
import "./chunk-VUQNARW4.js";
import "./chunk-7XI77WLK.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-TLZ2BJHV.js";
import "./chunk-WSCBAJ3T.js";
import "./chunk-FVDEHUJM.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-UQ4MJBGK.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-SQC7A5ZH.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
