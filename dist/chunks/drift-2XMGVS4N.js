import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-5PXKJDQO.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-YMXDWXLJ.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-UD7QMJ7B.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-Q7J33UXC.js";
import "./chunk-P6UOYBFA.js";
import "./chunk-CIEQ4WKI.js";
import "./chunk-33QDU2X2.js";
import "./chunk-RTRRXR2E.js";
import "./chunk-7YXPQSDT.js";
import "./chunk-Z7VOLEMT.js";
import "./chunk-GH536CWV.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VJOHLRKE.js";
import "./chunk-ZXQZV6WS.js";
import "./chunk-NX775YIT.js";
import "./chunk-SP7OTNUO.js";
import "./chunk-ZFP5D5UX.js";
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
