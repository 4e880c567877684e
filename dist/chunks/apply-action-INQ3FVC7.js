import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-KKG7QTDK.js";
import "./chunk-J6FQUYV4.js";
import "./chunk-MFSJW5BC.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-CV7DDWLV.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-SCTLXJYL.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-NKLQ6MTK.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-M7ELNSCD.js";
import "./chunk-REXDAG54.js";
import "./chunk-QYDP2QCF.js";
import "./chunk-J5KM54P4.js";
import "./chunk-HSIIRGOE.js";
import "./chunk-3OY6SYK3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-TYNRP4FW.js";
import "./chunk-STA54LRF.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-WS63WSU6.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-2GIN4GSV.js";
import "./chunk-MBRTFLOO.js";
import "./chunk-6JCYAHQL.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
