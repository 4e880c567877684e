import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-O2KXBLIM.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-ZVASWW54.js";
import "./chunk-XCCUABBR.js";
import "./chunk-P25AJT4Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SYUZ54H4.js";
import "./chunk-AWNBMV4R.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-E4GB4NEQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-YJ3Q6IJP.js";
import "./chunk-OOSERXYV.js";
import "./chunk-UKY7YRG7.js";
import "./chunk-5RO5SIU4.js";
import "./chunk-AGUSTD7B.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
