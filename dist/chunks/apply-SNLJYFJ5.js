import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-PG27CUWP.js";
import "./chunk-T55CMK62.js";
import "./chunk-M6EUTSNH.js";
import "./chunk-2OVPK72Q.js";
import "./chunk-CGCNNOAV.js";
import "./chunk-CYCIKFCL.js";
import "./chunk-UNAIGEPK.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BE5PFGJX.js";
import "./chunk-L4HPXP6F.js";
import "./chunk-E2IHRBMA.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
