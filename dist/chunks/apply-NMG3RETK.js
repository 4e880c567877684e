import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-SWIX7XTU.js";
import "./chunk-IO3ACLBY.js";
import "./chunk-5EGRLWGT.js";
import "./chunk-5XIBN4J6.js";
import "./chunk-IOHBS5ID.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-YLX3BSSS.js";
import "./chunk-QEZXB5EK.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
