import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-6NHUCDIZ.js";
import "./chunk-T55CMK62.js";
import "./chunk-3FXPNKUV.js";
import "./chunk-DZKOWONN.js";
import "./chunk-QOHINGOZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-7FUVOO5R.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-VAE3GRX2.js";
import "./chunk-M6MHNAK6.js";
import "./chunk-YFXU6WFK.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-LHWWX62A.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
