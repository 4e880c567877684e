import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-B4DZF376.js";
import "./chunk-AYZTXPY3.js";
import "./chunk-UVLEOH45.js";
import "./chunk-QO5VQRA2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ISKXOU4N.js";
import "./chunk-XGTVR2BO.js";
import "./chunk-JBQZT7TJ.js";
import "./chunk-BIV3ZEZF.js";
import "./chunk-2NKHDCWK.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-QFZSUYA5.js";
import "./chunk-I4DJKIYG.js";
import "./chunk-7S7GEUIG.js";
import "./chunk-N7ZI4X5Q.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HFJZ7A7K.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-6X3UM3OI.js";
import "./chunk-AILWXWHG.js";
import "./chunk-TW3HB63M.js";
import "./chunk-NGXUDXY4.js";
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
