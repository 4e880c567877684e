import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-SRFT7PGL.js";
import "./chunk-FR5P35SS.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-YZICWBMK.js";
import "./chunk-4MNMYKOQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3SFCOPGX.js";
import "./chunk-XXAVUX4L.js";
import "./chunk-WOFMCSLJ.js";
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
