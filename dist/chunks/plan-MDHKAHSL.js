import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-BQLE4ZS3.js";
import "./chunk-2X2JE6P2.js";
import "./chunk-K5FR5OFB.js";
import "./chunk-2367WVU2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-7TJ7QEL2.js";
import "./chunk-PXE7XBO2.js";
import "./chunk-L63ETNV4.js";
import "./chunk-JEQKOK2I.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-KZIIKM47.js";
import "./chunk-3U5U76ZI.js";
import "./chunk-OUGTZ7JN.js";
import "./chunk-EB4AHLG2.js";
import "./chunk-MJ5ZVKCG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
