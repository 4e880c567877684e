import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-QRXE6FY6.js";
import "./chunk-QZXZAKA6.js";
import "./chunk-PGERQCTB.js";
import "./chunk-3BBC6TJL.js";
import "./chunk-HR6VSREB.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CJCR2G4U.js";
import "./chunk-IYGYDD2G.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-JJ2IURYU.js";
import "./chunk-YWRODJHT.js";
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
