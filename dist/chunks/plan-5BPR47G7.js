import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-5FXX7LM6.js";
import "./chunk-B6KVOKP5.js";
import "./chunk-6ISXLH6I.js";
import "./chunk-OHIBES4I.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CO2RQORA.js";
import "./chunk-KO7LDYRO.js";
import "./chunk-RAKNANOO.js";
import "./chunk-3AHVIIRI.js";
import "./chunk-STDHHEH4.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-OAUA3HSF.js";
import "./chunk-AX7LDYUD.js";
import "./chunk-VKPMGD6F.js";
import "./chunk-DXXX7EXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HEEY34OQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-X5RVHK6G.js";
import "./chunk-6LJU2TJ7.js";
import "./chunk-QQFW5QO5.js";
import "./chunk-VUFHG2PD.js";
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
