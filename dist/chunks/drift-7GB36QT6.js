import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-5NA67YIP.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-BYALLJ5R.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-2VAIC7SO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3FGSF5E.js";
import "./chunk-PUJEZEG5.js";
import "./chunk-44DEI6UD.js";
import "./chunk-PIXWWJ7I.js";
import "./chunk-3R3QYJO6.js";
import "./chunk-MYXJDJZ7.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-PEJSS6UY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-FJOR2DSU.js";
import "./chunk-JATAVLAB.js";
import "./chunk-OF364UNH.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
