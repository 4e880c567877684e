import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-DCN6NRNB.js";
import "./chunk-T55CMK62.js";
import "./chunk-LK4OC5FI.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-PRT2WOOK.js";
import "./chunk-V7VWTBX5.js";
import "./chunk-7UVFP7A7.js";
import "./chunk-U65VDDEO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-I576CQWD.js";
import "./chunk-FQQ66EKS.js";
import "./chunk-PVHKEN4E.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DX4R2SUZ.js";
import "./chunk-JDKYSSEC.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z5FTXGMY.js";
import "./chunk-NQHI53NI.js";
import "./chunk-3ZWH33MC.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
