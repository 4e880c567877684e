import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-XIFGZGXV.js";
import "./chunk-QYKBZ4FD.js";
import "./chunk-2YEPJHYN.js";
import "./chunk-KBZKODQ4.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FARWXOYE.js";
import "./chunk-HOSDNKFM.js";
import "./chunk-4J2PSKJU.js";
import "./chunk-R7KS3R6E.js";
import "./chunk-RXMHT4OF.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-HZYUAILJ.js";
import "./chunk-T5SX3M4K.js";
import "./chunk-UMR5UEVX.js";
import "./chunk-Y4Y22PEY.js";
import "./chunk-CJEHZ2XA.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-W7WMFI7X.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-B7OCXMLV.js";
import "./chunk-FSNY2JKU.js";
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
