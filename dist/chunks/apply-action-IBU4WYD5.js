import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-OXC4EX76.js";
import "./chunk-43W5F7QN.js";
import "./chunk-BGKVIYAK.js";
import "./chunk-6G6QHXNC.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-ZVLTTX4G.js";
import "./chunk-OO2DLY45.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-7N2T2MP7.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-6H6KLSHN.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-B6KVOKP5.js";
import "./chunk-6ISXLH6I.js";
import "./chunk-OHIBES4I.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CO2RQORA.js";
import "./chunk-STDHHEH4.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-VKPMGD6F.js";
import "./chunk-DXXX7EXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HEEY34OQ.js";
import "./chunk-X5RVHK6G.js";
import "./chunk-6LJU2TJ7.js";
import "./chunk-QQFW5QO5.js";
import "./chunk-VUFHG2PD.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
