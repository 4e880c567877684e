import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-3WUDV5CP.js";
import "./chunk-HSF5BOZY.js";
import "./chunk-SOYLKODK.js";
import "./chunk-PGAJ2LLS.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
