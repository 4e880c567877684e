import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-B6YHRFYX.js";
import "./chunk-T55CMK62.js";
import "./chunk-TISQNOZ5.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-YYIQ2HTX.js";
import "./chunk-IYLM3RD3.js";
import "./chunk-6FA25KIR.js";
import "./chunk-OG6EYOC5.js";
import "./chunk-PJEV4GUT.js";
import "./chunk-ZY2MMUWD.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LYKCSNTN.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VS7R6JJQ.js";
import "./chunk-YXO7JWRB.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
