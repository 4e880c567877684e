import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-XFKAOVMI.js";
import "./chunk-T55CMK62.js";
import "./chunk-YZG3G6EP.js";
import "./chunk-VXCRCSOD.js";
import "./chunk-RGAX3P7K.js";
import "./chunk-J5KM54P4.js";
import "./chunk-3GVOE7GY.js";
import "./chunk-FCPHWEZU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ZIDY2WHX.js";
import "./chunk-3DDMPKXN.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-L5OAWFDV.js";
import "./chunk-V6KY754X.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
