import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-S4MNUGQ6.js";
import "./chunk-ZVASWW54.js";
import "./chunk-XCCUABBR.js";
import "./chunk-P25AJT4Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SYUZ54H4.js";
import "./chunk-GOSWMRTQ.js";
import "./chunk-FWPHBJA3.js";
import "./chunk-AWNBMV4R.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-B2FOM2AZ.js";
import "./chunk-U7GOM2UM.js";
import "./chunk-E4GB4NEQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-YJ3Q6IJP.js";
import "./chunk-OOSERXYV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-UKY7YRG7.js";
import "./chunk-UR33ZAST.js";
import "./chunk-5RO5SIU4.js";
import "./chunk-AGUSTD7B.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
