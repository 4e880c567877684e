import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-WTWQIF4R.js";
import "./chunk-QFZSUYA5.js";
import "./chunk-I4DJKIYG.js";
import "./chunk-7S7GEUIG.js";
import "./chunk-N7ZI4X5Q.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HFJZ7A7K.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-AILWXWHG.js";
import "./chunk-TW3HB63M.js";
import "./chunk-NGXUDXY4.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
