import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-KRGPZPCW.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-IG5FIIAQ.js";
import "./chunk-5LERGDLF.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FGYVIDGA.js";
import "./chunk-KNXPLSYF.js";
import "./chunk-3CSCM5OX.js";
import "./chunk-6DJST4GZ.js";
import "./chunk-BMJQ7F4J.js";
import "./chunk-FAHFXD3F.js";
import "./chunk-4W2LYCA7.js";
import "./chunk-O4GSI6TQ.js";
import "./chunk-MYXJDJZ7.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-RZTR4GB5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZXZ65ENI.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-Z75X7GVK.js";
import "./chunk-OF364UNH.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
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
