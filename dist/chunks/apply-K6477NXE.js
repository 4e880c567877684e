import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-KG5PW45A.js";
import "./chunk-T55CMK62.js";
import "./chunk-XU5BCKLL.js";
import "./chunk-BFVJWRE2.js";
import "./chunk-WSP22GLZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-7JXWSOM3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LYOIGIWO.js";
import "./chunk-57OUBYEJ.js";
import "./chunk-OYYKCGLR.js";
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
