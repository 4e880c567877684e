import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-5TUNNWGJ.js";
import "./chunk-T55CMK62.js";
import "./chunk-W2BTTTWC.js";
import "./chunk-AHCNYD2C.js";
import "./chunk-NF4XXLF5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PSO4JKW4.js";
import "./chunk-WUNXFZ6U.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-26OE4VCD.js";
import "./chunk-MY45NLFV.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-LHWWX62A.js";
import "./chunk-5NGZOPUI.js";
import "./chunk-G4WGAGIN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
