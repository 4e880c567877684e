import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-5PWGCWJ7.js";
import "./chunk-B2FFGCTN.js";
import "./chunk-IUW36JFG.js";
import "./chunk-73DIQYF7.js";
import "./chunk-SONAMGZX.js";
import "./chunk-G4ZDUNST.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-NCO2PVVR.js";
import "./chunk-7PKIT3NF.js";
import "./chunk-2BF4R3BS.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-A3TJ2TYT.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-XCL5SAFZ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-TXSE4YIB.js";
import "./chunk-FNEYIB2N.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
