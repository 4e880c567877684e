import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-BBNGK6KN.js";
import "./chunk-T55CMK62.js";
import "./chunk-I3AJFZ5V.js";
import "./chunk-ER263J5Z.js";
import "./chunk-75334X7D.js";
import "./chunk-J5KM54P4.js";
import "./chunk-L6TFY7EG.js";
import "./chunk-H35UBTZY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-B2BELMJY.js";
import "./chunk-ZC4JMJ7Y.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T6YTWXI6.js";
import "./chunk-SWRMEDXE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
