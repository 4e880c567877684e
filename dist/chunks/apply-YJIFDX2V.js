import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-VNKV4HSW.js";
import "./chunk-T55CMK62.js";
import "./chunk-IUWRSGPZ.js";
import "./chunk-J6OENYEY.js";
import "./chunk-ECOFD6F2.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-PPTLBXVO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-YDEVV7FX.js";
import "./chunk-57OUBYEJ.js";
import "./chunk-67DALGZP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QGPAIWF2.js";
import "./chunk-LHWWX62A.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
