import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-DQ4MHY6R.js";
import "./chunk-X6247KX6.js";
import "./chunk-2YEPJHYN.js";
import "./chunk-AFKXEBHU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-U5Y2YFEW.js";
import "./chunk-2TMX7ES6.js";
import "./chunk-X5QPAGOW.js";
import "./chunk-AYBHIMK6.js";
import "./chunk-RXMHT4OF.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-7AKB327G.js";
import "./chunk-UOBQX7OX.js";
import "./chunk-UMR5UEVX.js";
import "./chunk-Y4Y22PEY.js";
import "./chunk-CJEHZ2XA.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-2WNO26YB.js";
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
