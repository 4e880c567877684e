import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-6HLZUBPR.js";
import "./chunk-VK2SP5XM.js";
import "./chunk-IO3ACLBY.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-5EGRLWGT.js";
import "./chunk-5XIBN4J6.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-YLX3BSSS.js";
import "./chunk-QEZXB5EK.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
