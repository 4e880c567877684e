import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-ULK6AHFS.js";
import "./chunk-G7L6VEV3.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-CT35BO6U.js";
import "./chunk-HURHG3R5.js";
import "./chunk-RX6XE4TP.js";
import "./chunk-5IIUAT2P.js";
import "./chunk-OT2D7QC7.js";
import "./chunk-T5FKYR67.js";
import "./chunk-M3BOY7N3.js";
import "./chunk-D2TZBGIT.js";
import "./chunk-5XRBG6QD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
