import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-5YDHPDJC.js";
import "./chunk-RWSXVXKG.js";
import "./chunk-PGERQCTB.js";
import "./chunk-BRLICEZW.js";
import "./chunk-GBM2WHQO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3KC55BE.js";
import "./chunk-4VZSHJUO.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-JJ2IURYU.js";
import "./chunk-HNFQAOTD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-C6NRF634.js";
import "./chunk-C35XHTVP.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
