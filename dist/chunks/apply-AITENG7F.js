import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-E7MAWPRN.js";
import "./chunk-RZKAI36K.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-2VAIC7SO.js";
import "./chunk-MYV2A5WU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3FGSF5E.js";
import "./chunk-PIXWWJ7I.js";
import "./chunk-3R3QYJO6.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-PEJSS6UY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-FJOR2DSU.js";
import "./chunk-JATAVLAB.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
