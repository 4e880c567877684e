import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  codePointOf,
  findHiddenCharacters,
  hiddenCharacterMessage
} from "./chunk-BREP4LFV.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ZMOFJYRP.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias5;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/config/quotas.ts
var ORGANIZATIONS_QUOTAS = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";
var CLOUDFORMATION_QUOTAS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html";
var POLICY_HARD_LIMIT = 'hard limit: "All policy limits are hard limits"';
var CLOSE_ACCOUNT = "https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html";
var CLOSE_ACCOUNT_LIMIT = 'fixed by CloseAccount: "you can close the higher of either 250 or 20% of the member accounts in your organization, up to a maximum of 1,000"';
var IAM_QUOTAS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
var IAM_FIXED = "hard limit: the IAM quotas page lists it as not adjustable";
var TEMPLATE_LIMIT = "template limit";
var QUOTAS = {
  // "Number of policies that you can attach to an entity", row Service control policy: 10 per root, OU and account
  // (5 before 2026-05-15). Only direct attachments count, FullAWSAccess included; all policy limits are hard limits.
  scpsPerTarget: {
    default: 10,
    maximum: 100,
    description: "SCPs attached directly to one root, OU or account, counting FullAWSAccess",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT
  },
  // "Maximum size of a policy document": 10,240 characters for SCPs since 2026-05-15, doubled with the attachment
  // count (AWS What's New, "AWS Organizations increased SCP quotas"); copies of the quotas page from before say
  // "5120 characters", older ones "5120 bytes (not characters)". So vend counts UTF-8 bytes of the minified JSON it
  // sends: for ASCII the two agree, and for other text bytes can only over-count, never let a large policy through.
  scpSize: {
    default: 10240,
    maximum: 1e6,
    description: "size of one SCP as sent (minified JSON), counted in UTF-8 bytes",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT
  },
  // "OU maximum nesting in a root: Five levels of OUs deep under a root."
  organizationalUnitDepth: {
    default: 5,
    maximum: 20,
    description: "levels of OUs under the root",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: 'fixed by CreateOrganizationalUnit: "For service control policies, the limit is five"'
  },
  // "Number of OUs in an organization: 2,000" (the quotas page; 1,000 in older copies), with no Service Quotas
  // increase offered. CreateOrganizationalUnit past it fails with ConstraintViolationException, after earlier
  // stages ran.
  organizationalUnits: {
    default: 2e3,
    maximum: 1e5,
    description: "OUs in the organization",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: "fixed: the quotas page offers no increase for it"
  },
  // "Number of tags that you can attach to a root, OU, or account: 50".
  tagsPerAccount: {
    default: 50,
    maximum: 1e3,
    // Organizations' tag limit is per resource: vend checks OUs and SCPs it adopts against it too.
    description: "tags on one account, OU or SCP, counting vend's Owner and ManagedBy",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: "fixed: the quotas page marks the account count adjustable, not this"
  },
  // CloseAccount (Organizations API Reference, as the JavaScript SDK v3.1169 carries it): "Within a rolling
  // 30 day period you can close the higher of either 250 or 20% of the member accounts in your organization, up to a
  // maximum of 1,000." (It was 10% and at least 10 until AWS raised it.) Three numbers, each AWS's to change; plan
  // refuses closing more at once.
  accountClosurePercent: {
    default: 20,
    maximum: 100,
    description: "percent of member accounts CloseAccount closes in a rolling 30 days",
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT
  },
  accountClosureMinimum: {
    default: 250,
    maximum: 1e5,
    description: "accounts CloseAccount closes in a rolling 30 days, however small the organization",
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT
  },
  accountClosureMaximum: {
    default: 1e3,
    maximum: 1e5,
    description: "accounts CloseAccount closes in a rolling 30 days, however large the organization",
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT
  },
  // Template body size in a request: 51,200 bytes. Larger templates must be uploaded to S3 and passed as
  // TemplateURL, which vend does not do. The CreateStackSet TemplateBody member documentation (CloudFormation
  // model, shape TemplateBody) gives the same "maximum length of 51,200 bytes".
  templateBodySize: {
    default: 51200,
    maximum: 1048576,
    description: "bytes of one baseline template, sent as TemplateBody",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: "API constraint: the TemplateBody member of CreateStackSet and UpdateStackSet"
  },
  // Template description: 1,024 bytes.
  templateDescriptionSize: {
    default: 1024,
    maximum: 1048576,
    description: "bytes of a template's Description",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameters declared in a template: 200.
  parametersPerTemplate: {
    default: 200,
    maximum: 1e4,
    description: "parameters one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameter name: 255 characters.
  parameterNameLength: {
    default: 255,
    maximum: 1e4,
    description: "characters in a template parameter name",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameter value: 4,096 bytes. The model's ParameterValue shape has no length of its own.
  parameterValueSize: {
    default: 4096,
    maximum: 1048576,
    description: "bytes in one StackSet parameter value",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Resources declared in a template: 500 (200 in older copies of the page).
  resourcesPerTemplate: {
    default: 500,
    maximum: 1e5,
    description: "resources one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Outputs declared in a template: 200 (60 in older copies of the page).
  outputsPerTemplate: {
    default: 200,
    maximum: 1e5,
    description: "outputs one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Mappings declared in a template: 200 (100 in older copies of the page).
  mappingsPerTemplate: {
    default: 200,
    maximum: 1e5,
    description: "mappings one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Mapping attributes: 200 for each mapping (the name-value pairs under one of its keys).
  mappingAttributes: {
    default: 200,
    maximum: 1e5,
    description: "attributes under one key of one mapping",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Dynamic references: 60 in a stack template ({{resolve:ssm:…}}, {{resolve:secretsmanager:…}}).
  dynamicReferencesPerTemplate: {
    default: 60,
    maximum: 1e5,
    description: "dynamic references ({{resolve:\u2026}}) in one template",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // "Managed policy length: 6,144 characters"; IAM does not count white space. Not adjustable.
  managedPolicySize: {
    default: 6144,
    maximum: 1e6,
    description: "characters of one IAM managed policy in a template, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED
  },
  // "Role policy length: 10,240 characters", all of a role's inline policies together. Not adjustable.
  roleInlinePoliciesSize: {
    default: 10240,
    maximum: 1e6,
    description: "characters of a role's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED
  },
  // "Group policy length: 5,120 characters" and "User policy length: 2,048 characters", each entity's inline
  // policies together (its Policies, and AWS::IAM::Policy, GroupPolicy or UserPolicy resources naming it). Not
  // adjustable.
  groupInlinePoliciesSize: {
    default: 5120,
    maximum: 1e6,
    description: "characters of a group's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED
  },
  userInlinePoliciesSize: {
    default: 2048,
    maximum: 1e6,
    description: "characters of a user's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED
  }
};
function effectiveQuotas(organization2) {
  const quotas = {};
  for (const name of Object.keys(QUOTAS))
    quotas[name] = organization2?.quotas?.[name] ?? QUOTAS[name].default;
  return quotas;
}
function accountClosureLimit(quotas, members) {
  const share = Math.floor(members * quotas.accountClosurePercent / 100);
  return Math.min(quotas.accountClosureMaximum, Math.max(quotas.accountClosureMinimum, share));
}
function formatCount(count) {
  return count.toLocaleString("en-US");
}
function limitPhrase(authority, name, value, per = "") {
  const aws = QUOTAS[name].default;
  return value === aws ? `${authority} allows ${formatCount(value)}${per} (quota ${name})` : `the override quotas.${name} in baselines/organization.yaml allows ${formatCount(value)}${per} (${authority}: ${formatCount(aws)})`;
}

// src/config/repository.ts
import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, isAbsolute, join, normalize, sep } from "node:path";

// src/config/cloudformation-template.ts
var import_yaml = __toESM(require_dist(), 1);
function templateToJson(document) {
  return convert(document.contents, document);
}
function convert(node, document) {
  if ((0, import_yaml.isAlias)(node)) return convert(node.resolve(document), document);
  let value;
  if ((0, import_yaml.isMap)(node)) {
    const object = {};
    for (const pair of node.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      object[key] = convert(pair.value, document);
    }
    value = object;
  } else if ((0, import_yaml.isSeq)(node)) {
    value = node.items.map((item) => convert(item, document));
  } else if ((0, import_yaml.isScalar)(node)) {
    value = node.value;
  } else {
    value = null;
  }
  const tag = node?.tag;
  return tag?.startsWith("!") ? intrinsic(tag.slice(1), value) : value;
}
function intrinsic(name, value) {
  if (name === "Ref" || name === "Condition") return { [name]: value };
  if (name === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}
function resourcesOf(template) {
  const resources = template?.Resources;
  if (!resources || typeof resources !== "object") return [];
  return Object.entries(resources).map(([logicalId, resource]) => {
    const body = resource ?? {};
    return {
      logicalId,
      type: typeof body.Type === "string" ? body.Type : "",
      properties: body.Properties && typeof body.Properties === "object" ? body.Properties : {},
      ...body.Condition === void 0 ? {} : { condition: body.Condition },
      definition: resource
    };
  });
}
function isCloudFormationTemplate(template) {
  return !!template && typeof template === "object" && "Resources" in template;
}
function usesMacros(template) {
  if (template && typeof template === "object" && !Array.isArray(template) && "Transform" in template) return true;
  const visit2 = (value) => Array.isArray(value) ? value.some(visit2) : !!value && typeof value === "object" && Object.entries(value).some(([key, child]) => key === "Fn::Transform" || visit2(child));
  return visit2(template);
}
function parametersOf(template) {
  const parameters = template?.Parameters;
  return parameters && typeof parameters === "object" ? parameters : {};
}
function parameterNamesOf(template) {
  return Object.keys(parametersOf(template));
}
function parametersWithoutDefaultOf(template) {
  return Object.entries(parametersOf(template)).filter(([, declaration]) => !declaration || typeof declaration !== "object" || !("Default" in declaration)).map(([name]) => name);
}
function isIntrinsic(value) {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::"));
}
function parameterDefaults(template) {
  const parameters = template?.Parameters ?? {};
  return Object.fromEntries(
    Object.entries(parameters).flatMap(
      ([key, parameter]) => parameter?.Default === void 0 ? [] : [[key, String(parameter.Default)]]
    )
  );
}
function resolveString(value, values) {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return void 0;
  const {
    Ref: reference,
    "Fn::Sub": substitution,
    "Fn::Join": join2
  } = value;
  if (typeof reference === "string") return values[reference];
  if (join2 !== void 0) {
    const [delimiter, pieces] = Array.isArray(join2) ? join2 : [];
    if (typeof delimiter !== "string" || !Array.isArray(pieces)) return void 0;
    const resolved2 = pieces.map((piece) => resolveString(piece, values));
    return resolved2.every((piece) => piece !== void 0) ? resolved2.join(delimiter) : void 0;
  }
  const [text, variables] = Array.isArray(substitution) ? substitution : [substitution, {}];
  if (typeof text !== "string") return void 0;
  const local = Object.fromEntries(
    Object.entries(variables ?? {}).map(([key, variable]) => [
      key,
      resolveString(variable, values)
    ])
  );
  let unresolved = false;
  const resolved = text.replace(/\$\{([^}!]+)\}/g, (_match, name) => {
    const replacement = local[name] ?? values[name];
    if (replacement === void 0) unresolved = true;
    return replacement ?? "";
  });
  return unresolved ? void 0 : resolved;
}
function isListParameterType(type) {
  return typeof type === "string" && /^(CommaDelimitedList|List<)/.test(type);
}

// src/config/diagnostics.ts
var RULES = {
  yamlSyntax: "yaml-syntax",
  yamlDuplicateKey: "yaml-duplicate-key",
  yamlAliasLimit: "yaml-alias-limit",
  yamlNesting: "yaml-nesting",
  yamlFileTooLarge: "yaml-file-too-large",
  yamlEncoding: "yaml-encoding",
  hiddenCharacter: "hidden-character",
  yamlNotMapping: "yaml-not-mapping",
  yamlForbiddenKey: "yaml-forbidden-key",
  yamlKeyText: "yaml-key-text",
  yamlDirective: "yaml-directive",
  schema: "schema",
  repositoryLayout: "repository-layout",
  uniqueAccountName: "unique-account-name",
  uniqueAccountEmail: "unique-account-email",
  fileNameMatchesAccount: "file-name-matches-account",
  ouExists: "ou-exists",
  scpReference: "scp-reference",
  baselineReference: "baseline-reference",
  fileReference: "file-reference",
  baselineDependencyCycle: "baseline-dependency-cycle",
  ouDepth: "ou-depth",
  ouCount: "ou-count",
  ouNameCase: "ou-name-case",
  nameLikeId: "name-like-id",
  scpSize: "scp-size",
  scpSyntax: "scp-syntax",
  scpConditionValue: "scp-condition-value",
  scpAttachmentLimit: "scp-attachment-limit",
  quotaOverride: "quota-override",
  tagLimits: "tag-limits",
  allowedRegions: "allowed-regions",
  emailDomain: "email-domain",
  requiredTags: "required-tags",
  baselineOptOut: "baseline-opt-out",
  templateParse: "template-parse",
  templateNoIamUser: "template-no-iam-user",
  templatePermissionsBoundary: "template-permissions-boundary",
  templateNoAdminAllow: "template-no-admin-allow",
  templateOpenTrust: "template-open-trust",
  templateNamedIamSingleRegion: "template-named-iam-single-region",
  exceptionUnknownRule: "exception-unknown-rule",
  exceptionExpired: "exception-expired",
  exceptionExpiring: "exception-expiring",
  exceptionLongLived: "exception-long-lived",
  parameterReference: "parameter-reference",
  tagCharacters: "tag-characters",
  awsRegion: "aws-region",
  scpDescription: "scp-description",
  templateLimits: "template-limits",
  parameterValue: "parameter-value",
  operationPreferences: "operation-preferences",
  administrationRole: "administration-role",
  ownerUnassigned: "owner-unassigned",
  templateResource: "template-resource",
  templatePolicy: "template-policy",
  templateStructure: "template-structure",
  driftIgnore: "drift-ignore",
  driftIgnoreExpired: "drift-ignore-expired"
};
var WAIVABLE_RULES = [
  RULES.allowedRegions,
  RULES.emailDomain,
  RULES.requiredTags,
  RULES.baselineOptOut
];
function compareDiagnostics(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}

// src/config/documents.ts
function flattenOrganizationalUnits(units, parentPath = null, yamlPrefix = ["organizationalUnits"]) {
  const flattened = [];
  for (const [name, unit] of Object.entries(units ?? {})) {
    const path = parentPath === null ? name : `${parentPath}/${name}`;
    const document = unit ?? {};
    const yamlPath = [...yamlPrefix, name];
    flattened.push({ path, name, parentPath, depth: path.split("/").length, document, yamlPath });
    flattened.push(
      ...flattenOrganizationalUnits(document.organizationalUnits, path, [...yamlPath, "organizationalUnits"])
    );
  }
  return flattened;
}

// src/config/safe-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/config/json-syntax.ts
function findJsonSyntaxError(text) {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipWhitespace();
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.offset < text.length) scanner.fail("more text after the end of the JSON document");
    return void 0;
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var JsonScanError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var JsonScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  offset = 0;
  fail(message, offset = this.offset) {
    throw new JsonScanError(offset, message);
  }
  skipWhitespace() {
    while (/[ \t\n\r]/.test(this.text[this.offset] ?? "")) this.offset++;
  }
  found() {
    const character = this.text[this.offset];
    return character === void 0 ? "the end of the file" : `'${character}'`;
  }
  value() {
    const character = this.text[this.offset];
    if (character === "{") return this.object();
    if (character === "[") return this.array();
    if (character === '"') return this.string();
    if (character !== void 0 && /[-0-9]/.test(character)) return this.number();
    for (const literal of ["true", "false", "null"])
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return;
      }
    this.fail(`expected a value (an object, list, string, number, true, false or null), found ${this.found()}`);
  }
  object() {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return;
    }
    for (; ; ) {
      if (this.text[this.offset] !== '"') {
        const trailing = this.text[this.offset] === "}";
        this.fail(
          trailing ? "a comma before } (JSON allows no trailing comma); remove it" : `expected a property name in double quotes, found ${this.found()}`,
          trailing ? this.lastComma() : this.offset
        );
      }
      this.string();
      this.skipWhitespace();
      if (this.text[this.offset] !== ":") this.fail(`expected ':' after the property name, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
      this.value();
      this.skipWhitespace();
      if (this.text[this.offset] === "}") {
        this.offset++;
        return;
      }
      if (this.text[this.offset] !== ",") this.fail(`expected ',' or '}' after a property, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
    }
  }
  array() {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return;
    }
    for (; ; ) {
      if (this.text[this.offset] === "]")
        this.fail("a comma before ] (JSON allows no trailing comma); remove it", this.lastComma());
      this.value();
      this.skipWhitespace();
      if (this.text[this.offset] === "]") {
        this.offset++;
        return;
      }
      if (this.text[this.offset] !== ",") this.fail(`expected ',' or ']' after a list item, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
    }
  }
  /** The trailing comma itself is what to delete, so that is where the error points. */
  lastComma() {
    return this.text.lastIndexOf(",", this.offset);
  }
  string() {
    const start = this.offset;
    this.offset++;
    for (; ; ) {
      const character = this.text[this.offset];
      if (character === void 0) this.fail('a string that is never closed with "', start);
      if (character === '"') {
        this.offset++;
        return;
      }
      if (character === "\n" || character === "\r")
        this.fail('a string that is not closed before the end of its line; add the missing "', start);
      if (character < " ") this.fail("a control character inside a string; write it as an escape such as \\t");
      if (character === "\\") {
        const escape = this.text[this.offset + 1] ?? "";
        if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6)))
          this.offset += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== "") this.offset += 2;
        else this.fail(`an invalid escape \\${escape} in a string`);
      } else this.offset++;
    }
  }
  number() {
    NUMBER.lastIndex = this.offset;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`an invalid number, found ${this.found()}`);
    this.offset += match[0].length;
  }
};
function jsonSyntaxProblem(text) {
  const error = findJsonSyntaxError(text);
  if (!error) return void 0;
  const before = text.slice(0, error.offset);
  const position = { line: before.split("\n").length, column: error.offset - before.lastIndexOf("\n") };
  const comment = /^\s*(?:\/\/|\/\*)/.test(text.slice(error.offset));
  const notJsonAtAll = !comment && !/^\s*[{[]/.test(text);
  const advice = comment ? " JSON has no comments; remove it, or say it in the policy\u2019s description in organization.yaml." : notJsonAtAll ? " This file must be JSON (AWS accepts no YAML); rewrite it as a JSON document." : "";
  return { message: `JSON syntax error: ${error.message}.${advice}`, position };
}

// src/config/yaml-limits.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIASES = 10;
var MAX_ALIAS_EXPANSION = 1e4;
var MAX_NESTING = 100;
function firstNodeDeeperThan(root, limit) {
  const pending = [{ node: root, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (!(0, import_yaml2.isCollection)(next.node)) continue;
    if (next.depth > limit) return next.node;
    for (const item of next.node.items) {
      if ((0, import_yaml2.isPair)(item))
        pending.push({ node: item.key, depth: next.depth + 1 }, { node: item.value, depth: next.depth + 1 });
      else pending.push({ node: item, depth: next.depth + 1 });
    }
  }
  return void 0;
}
function aliasExpansion(document) {
  const sizes = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  let written = 0;
  let largest;
  const expandedSize = (node, counting) => {
    if ((0, import_yaml2.isAlias)(node)) {
      if (counting) written++;
      const size2 = expandedSize(node.resolve(document), false);
      if (counting && (!largest || size2 > largest.size)) largest = { node, size: size2 };
      return size2;
    }
    if (counting) written++;
    const known = sizes.get(node);
    if (known !== void 0 && !counting) return known;
    if (visiting.has(node)) return Infinity;
    visiting.add(node);
    let size = 1;
    if ((0, import_yaml2.isCollection)(node))
      for (const item of node.items)
        size += (0, import_yaml2.isPair)(item) ? expandedSize(item.key, counting) + expandedSize(item.value, counting) : expandedSize(item, counting);
    visiting.delete(node);
    sizes.set(node, size);
    return size;
  };
  const expanded = expandedSize(document.contents, true);
  return { added: expanded - written, largest: largest?.node };
}

// src/config/yaml-versions.ts
var import_yaml3 = __toESM(require_dist(), 1);
var YAML_1_1_BOOLEAN = /^(yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
var YAML_1_1_NUMBER = /^[-+]?(?:0[0-7_]+|0b[01_]+|0x[0-9a-fA-F]*_[0-9a-fA-F_]*|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[0-9][0-9_]*\.[0-9]*_[0-9_]*)$|^[-+]0x[0-9a-fA-F_]+$/;
var YAML_1_2_NUMBER = /^[-+]?(?:0o[0-7]+|0[0-9]*[89][0-9]*|[0-9]+(?:\.[0-9]*)?[eE][0-9]+|[0-9]+[eE][-+][0-9]+)$/;
function yamlVersionMismatch(written, value) {
  if (YAML_1_1_BOOLEAN.test(written))
    return `'${written}' is a boolean to CloudFormation, which reads templates as YAML 1.1, but text to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write true or false.`;
  if (YAML_1_1_NUMBER.test(written))
    return `'${written}' is a number to CloudFormation, which reads templates as YAML 1.1 (a leading 0 is octal, 0b binary, 0x hex even with a sign, ':' base 60, '_' ignored), but ${typeof value === "number" ? `${value}` : "text"} to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write the number in plain decimal.`;
  if (YAML_1_2_NUMBER.test(written))
    return `'${written}' is text to CloudFormation, which reads templates as YAML 1.1, but the number ${String(value)} to vend and its guardrail proofs (YAML 1.2). Quote it ("${written}") for text, or write the number in plain decimal.`;
  return void 0;
}
var REFUSED_TEMPLATE_TAGS = new Set(
  ["binary", "omap", "pairs", "set", "timestamp"].map((name) => `tag:yaml.org,2002:${name}`)
);
var TEMPLATE_ALIAS = 'CloudFormation refuses a template with YAML aliases ("YAML aliases are not allowed in CloudFormation templates"; User Guide, "CloudFormation template format"), though cfn-lint and aws cloudformation package resolve them: write the value out where the alias stands, and remove the anchor.';
function refusedTemplateTag(tag) {
  if (tag === void 0 || !REFUSED_TEMPLATE_TAGS.has(tag)) return void 0;
  return `CloudFormation does not read the YAML tag ${tag.replace("tag:yaml.org,2002:", "!!")} in a template (User Guide, "CloudFormation template format") and refuses the template: write the value without it.`;
}
function templateCollectionProblems(collection) {
  const tagged = refusedTemplateTag(collection.tag);
  const problems = tagged ? [{ message: tagged, offset: collection.range?.[0] }] : [];
  if ((0, import_yaml3.isMap)(collection)) {
    for (const item of collection.items)
      if ((0, import_yaml3.isScalar)(item.key) && item.key.type === "PLAIN" && item.key.value === "<<")
        problems.push({
          message: 'CloudFormation reads templates as YAML 1.1, where the key << merges another mapping in, and it does not support hash merges (User Guide, "CloudFormation template format"): write the keys out.',
          offset: item.key.range?.[0]
        });
  }
  return problems;
}
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
var COLLECTION_TAGS = new Set(["map", "seq"].map((name) => `tag:yaml.org,2002:${name}`));
var TEXT_TAGS = new Set(["str", "int", "float", "bool", "null"].map((name) => `tag:yaml.org,2002:${name}`));
function sameText(key) {
  return key.value !== null && key.source !== void 0 && String(key.value) === key.source;
}
function keyTextMessage(key) {
  const written = key.source ?? "";
  if (key.value === null)
    return `the key ${written === "" ? "(nothing)" : `'${written}'`} is read as null, which names nothing; write the name, quoted if it is ~ or null.`;
  const kind = typeof key.value === "boolean" ? "the boolean" : "the number";
  return `the key ${written} is read as ${kind} ${String(key.value)}, not as the text written (YAML 1.2 reads unquoted numbers and true/false so); quote it ('${written}') to keep it as written.`;
}
function collectionTagProblem(node) {
  if (node.tag === void 0 || COLLECTION_TAGS.has(node.tag)) return void 0;
  return `the YAML tag ${node.tag.replace(CORE_TAG_PREFIX, "!!")} makes this ${(0, import_yaml3.isMap)(node) ? "mapping" : "list"} other than the one written, and vend would read it as empty; remove the tag.`;
}

// src/config/safe-yaml.ts
var MAX_FILE_BYTES = 1024 * 1024;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isForbiddenKey(key) {
  return FORBIDDEN_KEYS.has(key);
}
var SourceFile = class {
  constructor(file, text, document, lines) {
    this.file = file;
    this.text = text;
    this.document = document;
    this.lines = lines;
  }
  file;
  text;
  document;
  lines;
  positionOfOffset(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
  /**
   * The position of the node at `path`. With `part: 'key'` it points at the key of the last path segment, which
   * is where a reader looks for "unknown key" or "missing value" problems. Falls back to the deepest ancestor
   * that exists, so a diagnostic is never without a line.
   */
  positionOf(path, part = "value") {
    let node = this.document.contents;
    let position = this.nodeStart(node) ?? { line: 1, column: 1 };
    for (let index = 0; index < path.length; index++) {
      const segment = path[index];
      const isLast = index === path.length - 1;
      if ((0, import_yaml4.isMap)(node)) {
        const pair = node.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment));
        if (!pair) return position;
        const keyPosition = this.nodeStart(pair.key);
        if (isLast && part === "key" && keyPosition) return keyPosition;
        node = pair.value;
        position = this.nodeStart(node) ?? keyPosition ?? position;
      } else if ((0, import_yaml4.isSeq)(node) && typeof segment === "number") {
        node = node.items[segment];
        position = this.nodeStart(node) ?? position;
      } else {
        return position;
      }
    }
    return position;
  }
  diagnostic(rule, message, path = [], part = "value") {
    return { file: this.file, ...this.positionOf(path, part), rule, severity: "error", message };
  }
  nodeStart(node) {
    const range = node?.range;
    return range ? this.positionOfOffset(range[0]) : void 0;
  }
};
function nestingError(file, position) {
  return fileError(
    file,
    RULES.yamlNesting,
    `lists and mappings nest more than ${MAX_NESTING} levels deep here; no vend file needs that many. Flatten the structure.`,
    position
  );
}
function fileError(file, rule, message, position = { line: 1, column: 1 }) {
  return { file, ...position, rule, severity: "error", message };
}
function parseRepositoryFile(file, bytes, options = {}) {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlFileTooLarge,
          `file is ${formatCount(bytes.byteLength)} bytes; the limit is ${formatCount(MAX_FILE_BYTES)} bytes (1 MiB). Split it or remove generated content.`
        )
      ]
    };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { diagnostics: [fileError(file, RULES.yamlEncoding, "file is not valid UTF-8; save it as UTF-8 text.")] };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlEncoding,
          "file contains a NUL byte, so it is binary, not YAML; replace it with a text file."
        )
      ]
    };
  }
  const readable = text.replace(/\r(?!\n)/g, "\n");
  const directive = /^%(YAML|TAG)\b/m.exec(text);
  if (directive) {
    const lines2 = new import_yaml4.LineCounter();
    (0, import_yaml4.parseDocument)(readable, { lineCounter: lines2 });
    const { line, col } = lines2.linePos(directive.index);
    return {
      diagnostics: [
        fileError(
          file,
          RULES.yamlDirective,
          `the %${directive[1]} directive is not supported: vend reads YAML 1.2 as written. Remove the directive line (and a lone '---' after it).`,
          { line, column: col }
        )
      ]
    };
  }
  const lines = new import_yaml4.LineCounter();
  const hidden = findHiddenCharacters(text);
  if (hidden.length > 0) {
    const counter = new import_yaml4.LineCounter();
    (0, import_yaml4.parseDocument)(readable, { lineCounter: counter });
    return {
      diagnostics: hidden.map((character) => {
        const { line, col } = counter.linePos(character.offset);
        return hiddenCharacterError(file, character, { line, column: col });
      })
    };
  }
  if (options.json) {
    const error = jsonSyntaxDiagnostic(file, readable);
    if (error) return { diagnostics: [error] };
  }
  const document = (0, import_yaml4.parseDocument)(readable, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: "1.2"
  });
  const source = new SourceFile(file, text, document, lines);
  const diagnostics = [];
  const at = (offset) => source.positionOfOffset(offset ?? 0);
  const overflow = document.errors.find((error) => error.message.includes("Maximum call stack size exceeded"));
  if (overflow) return { diagnostics: [nestingError(file, at(overflow.pos[0]))] };
  const reportedOffsets = /* @__PURE__ */ new Set();
  for (const error of document.errors) {
    if (reportedOffsets.has(error.pos[0])) continue;
    reportedOffsets.add(error.pos[0]);
    const duplicate = error.code === "DUPLICATE_KEY";
    diagnostics.push(
      fileError(
        file,
        duplicate ? RULES.yamlDuplicateKey : RULES.yamlSyntax,
        duplicate ? "duplicate key; each key may appear once in a mapping. Remove or rename one of them." : error.code === "MULTIPLE_DOCS" ? "a second YAML document starts here: each file holds one. Remove this '---' and what follows it, or move that into a file of its own." : `YAML syntax error: ${firstLine(error.message)}`,
        at(error.pos[0])
      )
    );
  }
  for (const warning of document.warnings) {
    const unresolved = warning.code === "TAG_RESOLVE_FAILED" ? /Unresolved tag: (\S+)/.exec(warning.message)?.[1] : void 0;
    const core = unresolved?.startsWith(CORE_TAG_PREFIX) ? `!!${unresolved.slice(CORE_TAG_PREFIX.length)}` : void 0;
    if (warning.code === "TAG_RESOLVE_FAILED" && options.allowCustomTags && !core) continue;
    diagnostics.push(
      fileError(
        file,
        core && options.allowCustomTags ? RULES.templateParse : RULES.yamlSyntax,
        core ? `the YAML tag ${core} does not fit the value it is on (a ${core === "!!map" ? "mapping" : core === "!!seq" ? "list" : "plain value"} tag on something else): remove the tag.` : warning.code === "TAG_RESOLVE_FAILED" ? `the YAML tag ${unresolved ?? ""} means nothing in vend's own files (CloudFormation's functions, such as !Ref, belong in templates under baselines/stacksets/): write the value itself.` : `YAML: ${firstLine(warning.message)}`,
        at(warning.pos[0])
      )
    );
  }
  if (diagnostics.length > 0) return { diagnostics };
  const tooDeep = firstNodeDeeperThan(document.contents, MAX_NESTING);
  if (tooDeep) return { diagnostics: [nestingError(file, at(tooDeep.range?.[0]))] };
  const templateProblems = (collection) => templateCollectionProblems(collection).map(
    ({ message, offset }) => fileError(file, RULES.templateParse, message, at(offset))
  );
  let aliases = 0;
  const collectionTag = (node) => {
    const problem = options.json ? void 0 : collectionTagProblem(node);
    if (problem) diagnostics.push(fileError(file, RULES.yamlSyntax, problem, at(node.range?.[0])));
  };
  (0, import_yaml4.visit)(document, {
    Alias(_key, node) {
      aliases++;
      if (options.allowCustomTags && aliases === 1)
        diagnostics.push(fileError(file, RULES.templateParse, TEMPLATE_ALIAS, at(node.range?.[0])));
      else if (aliases === MAX_ALIASES + 1) {
        diagnostics.push(
          fileError(
            file,
            RULES.yamlAliasLimit,
            `more than ${MAX_ALIASES} YAML aliases; write the values out instead of using anchors and aliases.`,
            at(node.range?.[0])
          )
        );
      }
    },
    // The parser's duplicate check compares keys as YAML values, so 7 and '7' (or true and 'true') pass it; vend, AWS
    // and CloudFormation read keys as text, where they are one key and the later silently replaces the first.
    Map(_key, map) {
      if (options.allowCustomTags) diagnostics.push(...templateProblems(map));
      else collectionTag(map);
      const seen = /* @__PURE__ */ new Set();
      for (const item of map.items) {
        const key = (0, import_yaml4.isAlias)(item.key) ? item.key.resolve(document) : item.key;
        if (!(0, import_yaml4.isScalar)(key)) continue;
        const text2 = String(key.value);
        if (seen.has(text2))
          diagnostics.push(
            fileError(
              file,
              RULES.yamlDuplicateKey,
              `duplicate key: '${text2}' is already a key of this mapping, written another way, and keys are text, so one would silently replace the other. Keep one of them.`,
              at(item.key?.range?.[0])
            )
          );
        seen.add(text2);
      }
    },
    Seq(_key, seq) {
      if (options.allowCustomTags) diagnostics.push(...templateProblems(seq));
      else collectionTag(seq);
    },
    Pair(_key, pair) {
      const key = (0, import_yaml4.isAlias)(pair.key) ? pair.key.resolve(document) : pair.key;
      const position = at(pair.key?.range?.[0]);
      if (!options.allowCustomTags && (0, import_yaml4.isScalar)(key) && key.type === "PLAIN" && key.value === "<<")
        diagnostics.push(
          fileError(
            file,
            RULES.yamlForbiddenKey,
            "a << key merges a mapping in only in YAML 1.1; vend reads YAML 1.2, where it is an ordinary key named '<<': write the keys out (or quote it, '<<', if it is a name).",
            position
          )
        );
      else if ((0, import_yaml4.isScalar)(key) && FORBIDDEN_KEYS.has(String(key.value)))
        diagnostics.push(
          fileError(file, RULES.yamlForbiddenKey, `key '${String(key.value)}' is not allowed; rename it.`, position)
        );
      else if (!options.allowCustomTags && (0, import_yaml4.isScalar)(key) && typeof key.value !== "string" && (key.tag === void 0 || TEXT_TAGS.has(key.tag)) && !sameText(key))
        diagnostics.push(fileError(file, RULES.yamlKeyText, keyTextMessage(key), position));
      else if (key !== null && !(0, import_yaml4.isScalar)(key))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlForbiddenKey,
            "a key must be plain text, not a list or a mapping; write it as text.",
            position
          )
        );
    },
    Scalar(_key, scalar) {
      const [escaped] = typeof scalar.value === "string" ? findHiddenCharacters(scalar.value) : [];
      if (escaped) diagnostics.push(hiddenCharacterError(file, escaped, at(scalar.range?.[0])));
      else if (typeof scalar.value === "string" && LONE_SURROGATE.test(scalar.value))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlEncoding,
            "this value has an unpaired surrogate escape (\\uD800-\\uDFFF), which is not a character; write the character itself.",
            at(scalar.range?.[0])
          )
        );
      else if (!options.allowCustomTags && !options.json && scalar.tag !== void 0 && !TEXT_TAGS.has(scalar.tag))
        diagnostics.push(
          fileError(
            file,
            RULES.yamlSyntax,
            `the YAML tag ${scalar.tag.replace("tag:yaml.org,2002:", "!!")} makes this value other than the text written; remove it, and quote the value if it must stay text.`,
            at(scalar.range?.[0])
          )
        );
      else if (options.allowCustomTags && refusedTemplateTag(scalar.tag))
        diagnostics.push(fileError(file, RULES.templateParse, refusedTemplateTag(scalar.tag), at(scalar.range?.[0])));
      else if (options.allowCustomTags && scalar.type === "PLAIN" && scalar.tag !== `${CORE_TAG_PREFIX}str`) {
        const problem = yamlVersionMismatch(scalar.source ?? String(scalar.value), scalar.value);
        if (problem) diagnostics.push(fileError(file, RULES.templateParse, problem, at(scalar.range?.[0])));
      }
    }
  });
  if (diagnostics.length === 0 && aliases > 0) {
    const expansion = aliasExpansion(document);
    if (expansion.added > MAX_ALIAS_EXPANSION)
      diagnostics.push(
        fileError(
          file,
          RULES.yamlAliasLimit,
          `YAML aliases expand this file by ${expansion.added === Infinity ? "an unbounded number of" : expansion.added} nodes; at most ${MAX_ALIAS_EXPANSION} are allowed. Write the values out instead of using anchors and aliases.`,
          at(expansion.largest?.range?.[0])
        )
      );
  }
  if (options.requireMapping !== false && !(0, import_yaml4.isMap)(document.contents)) {
    diagnostics.push(
      fileError(
        file,
        RULES.yamlNotMapping,
        options.json ? "the top level must be a JSON object ({ ... }); an SCP is one, with Version and Statement." : "the top level must be a mapping of keys to values (key: value).",
        at(document.contents?.range?.[0])
      )
    );
  }
  return diagnostics.length > 0 ? { diagnostics } : { source, diagnostics };
}
function hiddenCharacterError(file, character, position) {
  return fileError(file, RULES.hiddenCharacter, hiddenCharacterMessage(character), position);
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function jsonSyntaxDiagnostic(file, text) {
  const problem = jsonSyntaxProblem(text);
  return problem && fileError(file, RULES.yamlSyntax, problem.message, problem.position);
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}

// src/config/schema-check.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/config/aws-constraints.ts
var ORGANIZATIONS_TAG_CHARACTER = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
var ORGANIZATIONS_TAG_CHARACTERS = "letters, numbers, spaces and _ . : / = + - @";
var ORGANIZATIONS_TAG_KEY = {
  member: "the Organizations TagKey shape",
  minLength: 1,
  maxLength: 128,
  unit: "characters",
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS
};
var ORGANIZATIONS_TAG_VALUE = {
  member: "the Organizations TagValue shape",
  minLength: 0,
  maxLength: 256,
  unit: "characters",
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS
};
var CREATE_ACCOUNT_EMAIL = {
  member: "CreateAccount Email, shape Email",
  minLength: 6,
  maxLength: 64,
  unit: "characters"
};
var EMAIL_PATTERN = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+)$/;
function createAccountEmailProblem(email) {
  const length = lengthProblem(CREATE_ACCOUNT_EMAIL, email);
  if (length) return length;
  if (email.split("@").length === 2 && /\s/.test(email.split("@")[0])) return "has a space before the @";
  if (email.split("@").length === 2 && /\s/.test(email.split("@")[1])) return "has a space after the @";
  if (!EMAIL_PATTERN.test(email) || email.split("@").length !== 2) return "is not of the form local-part@domain";
  const [local = "", domain = ""] = email.split("@");
  if (/[^\x20-\x7E]/.test(email)) return "has characters outside 7-bit ASCII";
  if (/[\s"'()<>[\]:;,\\|%&]/.test(local)) return `has one of " ' ( ) < > [ ] : ; , \\ | % & before the @`;
  if (local.startsWith(".")) return "begins with a dot";
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(domain) || !domain.includes("."))
    return "has a domain with characters other than letters, digits, - and ., or one that begins or ends with - or a dot";
  return void 0;
}
var POLICY_DESCRIPTION = {
  member: "CreatePolicy Description, shape PolicyDescription",
  minLength: 0,
  maxLength: 512,
  unit: "characters"
};
var EXCLUSIVE_OPERATION_PREFERENCES = [
  ["maxConcurrentCount", "maxConcurrentPercentage"],
  ["failureToleranceCount", "failureTolerancePercentage"]
];
var TEMPLATE_PARAMETER_DESCRIPTION = {
  member: "a CloudFormation template parameter Description",
  minLength: 0,
  maxLength: 4e3,
  unit: "characters"
};
var TEMPLATE_OUTPUT_DESCRIPTION = {
  member: "a CloudFormation template output Description",
  minLength: 0,
  maxLength: 1024,
  unit: "bytes"
};
function lengthIn(unit, value) {
  return unit === "bytes" ? Buffer.byteLength(value, "utf8") : [...value].length;
}
function lengthProblem(constraint, value) {
  const length = lengthIn(constraint.unit, value);
  const amount = (count) => `${formatCount(count)} ${count === 1 ? constraint.unit.slice(0, -1) : constraint.unit}`;
  if (length > constraint.maxLength)
    return `is ${amount(length)}; at most ${formatCount(constraint.maxLength)} ${constraint.maxLength === 1 ? "fits" : "fit"}`;
  if (length < constraint.minLength)
    return `is ${amount(length)}; at least ${formatCount(constraint.minLength)} ${constraint.minLength === 1 ? "is" : "are"} needed`;
  return void 0;
}
function refusedCharacters(constraint, value) {
  const allowed = constraint.allowedCharacter;
  if (!allowed) return [];
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}
function describeCharacter(character) {
  const code = codePointOf(character);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `'${character}' (${code})` : code;
}

// schemas/account.schema.json
var account_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vend.dev/schemas/account.schema.json",
  title: "Vend account manifest",
  description: "One AWS account, in accounts/<name>.yaml.",
  type: "object",
  additionalProperties: false,
  required: ["name", "email", "ou", "owner"],
  properties: {
    name: {
      type: "string",
      pattern: "^[a-z][a-z0-9-]{1,48}[a-z0-9]$",
      description: "3-50 characters: lowercase letters, digits and hyphens, starting with a letter. The file must be named <name>.yaml."
    },
    accountName: {
      type: "string",
      pattern: "^[ -;=?-~]{1,50}$",
      description: "The account's name in AWS, when it differs from 'name' (an account adopted or imported with its name). 1-50 printable ASCII characters without < or >: what both CreateAccount and the Account Management API's PutAccountName accept. Default: 'name'. Changing it renames the account."
    },
    email: {
      type: "string",
      minLength: 6,
      maxLength: 64,
      pattern: "^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
      description: `The account's root email address, 6-64 characters, unique across manifests: before the @, printable ASCII other than spaces and " ' ( ) < > [ ] : ; , \\ | % & @, not starting with a dot; after it, a domain such as example.com. AWS CreateAccount refuses the others (CreateAccountRequest, Email), but only after apply has started.`
    },
    ou: {
      type: "string",
      pattern: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$",
      description: `An OU path declared in baselines/organization.yaml, such as Workloads/Prod: OU names joined with '/', each of printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'. Quote a path that YAML reads otherwise ('Teams/Team #1').`
    },
    owner: {
      type: "string",
      minLength: 1,
      maxLength: 256,
      description: "The owning team; becomes the tag Owner."
    },
    tags: {
      type: "object",
      additionalProperties: { type: "string" },
      description: "Account tags; values are strings (quote numbers)."
    },
    regions: {
      type: "array",
      items: { $ref: "#/$defs/region" },
      minItems: 1,
      uniqueItems: true,
      description: "Regions the account's regional baselines deploy to; defaults to the organization's defaultRegions."
    },
    baselines: {
      $ref: "#/$defs/nameList",
      description: "Extra baselines, added to the ones the OU path inherits."
    },
    excludeBaselines: {
      $ref: "#/$defs/nameList",
      description: "Inherited baselines to skip; needs an exception for rule baseline-opt-out."
    },
    scps: { $ref: "#/$defs/nameList", description: "Extra SCPs from the catalogue, attached to the account." },
    fullAWSAccess: {
      type: "boolean",
      description: "Keep the AWS-managed FullAWSAccess SCP attached to the account (default true)."
    },
    parameters: {
      type: "object",
      description: "Per-account StackSet parameter overrides, by baseline name.",
      additionalProperties: { type: "object", additionalProperties: { type: "string" } }
    },
    closed: { type: "boolean", description: "true closes the account (destructive)." },
    exceptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason", "approvedBy", "expires"],
        properties: {
          rule: {
            type: "string",
            description: "One of allowed-regions, email-domain, required-tags, baseline-opt-out."
          },
          reason: {
            type: "string",
            minLength: 1,
            maxLength: 1e3,
            pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]",
            description: "Why it stays: text of at most 1,000 characters (plans and the drift issue show it), not only spaces or characters that draw nothing."
          },
          approvedBy: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]",
            description: "Who approved it: text of at most 200 characters, not only spaces or characters that draw nothing."
          },
          expires: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            description: "Expiry date, YYYY-MM-DD."
          }
        }
      }
    }
  },
  $defs: {
    region: {
      type: "string",
      pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$",
      description: "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)."
    },
    nameList: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$",
        description: "A name from the catalogue in baselines/organization.yaml (its scps: or baselines:): letters, digits, _ and -, starting with a letter or digit."
      },
      uniqueItems: true
    }
  }
};

// schemas/organization.schema.json
var organization_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vend.dev/schemas/organization.schema.json",
  title: "Vend organization",
  description: "The OU tree, SCP catalogue and baseline catalogue, in baselines/organization.yaml.",
  type: "object",
  additionalProperties: false,
  required: [
    "managementAccountId",
    "homeRegion",
    "allowedRegions",
    "defaultRegions",
    "stackSets",
    "organizationalUnits"
  ],
  properties: {
    managementAccountId: {
      $ref: "#/$defs/accountId",
      description: "Vend refuses to plan or apply with credentials of another account."
    },
    delegatedAdministratorAccountId: {
      $ref: "#/$defs/accountId",
      description: "Optional delegated administrator account that may also run vend."
    },
    homeRegion: { $ref: "#/$defs/region" },
    allowedRegions: { type: "array", items: { $ref: "#/$defs/region" }, minItems: 1, uniqueItems: true },
    defaultRegions: { type: "array", items: { $ref: "#/$defs/region" }, minItems: 1, uniqueItems: true },
    emailDomains: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$",
        description: "A domain such as example.com, without the @: letters, digits, dots and hyphens, ending in a dot and a top-level domain of two or more letters, or an internationalised one in its ASCII form (xn--p1ai for .\u0440\u0444)."
      },
      uniqueItems: true
    },
    requiredTags: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
    stackSets: {
      type: "object",
      additionalProperties: false,
      required: ["permissionModel", "namePrefix"],
      properties: {
        permissionModel: { enum: ["SELF_MANAGED", "SERVICE_MANAGED"] },
        executionRoleName: {
          type: "string",
          pattern: "^[\\w+=,.@-]{1,64}$",
          description: "The name of the role StackSets assume in each account, 1-64 characters: letters, digits and + = , . @ _ - (CreateStackSet ExecutionRoleName, an IAM role name)."
        },
        administrationRoleArn: {
          type: "string",
          pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$",
          maxLength: 2048,
          description: "The ARN of the StackSet administration role, at most 2048 characters (CreateStackSet AdministrationRoleARN): arn:aws:iam::ACCOUNT:role/ then an optional path of printable ASCII ending in / and the role name, 1-64 letters, digits and +=,.@_- (IAM API Reference, CreateRole: Path, RoleName)."
        },
        callAs: { enum: ["SELF", "DELEGATED_ADMIN"] },
        namePrefix: {
          type: "string",
          pattern: "^[A-Za-z][A-Za-z0-9-]{0,30}$",
          description: "The start of the name of every StackSet vend owns, 1-31 characters: a letter, then letters, digits or hyphens. CreateStackSet StackSetName allows [a-zA-Z][-a-zA-Z0-9]*, at most 128 characters with the baseline's name after the prefix."
        },
        operationPreferences: {
          type: "object",
          additionalProperties: false,
          properties: {
            maxConcurrentPercentage: { type: "integer", minimum: 1, maximum: 100 },
            maxConcurrentCount: { type: "integer", minimum: 1, maximum: 2147483647 },
            failureTolerancePercentage: { type: "integer", minimum: 0, maximum: 100 },
            failureToleranceCount: { type: "integer", minimum: 0, maximum: 2147483647 },
            regionConcurrencyType: { enum: ["SEQUENTIAL", "PARALLEL"] },
            concurrencyMode: {
              enum: ["STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"],
              description: "How CloudFormation holds concurrency against the failure tolerance (StackSetOperationPreferences, ConcurrencyMode). STRICT_FAILURE_TOLERANCE, AWS's default, starts at the lower of the maximum concurrency and the failure tolerance + 1 account; SOFT_FAILURE_TOLERANCE runs at the maximum concurrency whatever the tolerance."
            }
          }
        }
      }
    },
    root: { $ref: "#/$defs/attachmentTarget" },
    organizationalUnits: { $ref: "#/$defs/organizationalUnits" },
    scps: {
      type: "object",
      propertyNames: { $ref: "#/$defs/scpName" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["file"],
        properties: { file: { type: "string", minLength: 1 }, description: { type: "string" } }
      }
    },
    baselines: {
      type: "object",
      propertyNames: { $ref: "#/$defs/catalogueName" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["template"],
        properties: {
          template: { type: "string", minLength: 1 },
          description: {
            type: "string",
            description: "For readers of the repository only: vend does not send it to CloudFormation (the StackSet's Description stays as CreateStackSet left it)."
          },
          regions: { type: "array", items: { $ref: "#/$defs/region" }, minItems: 1, uniqueItems: true },
          parameters: { type: "object", additionalProperties: { type: "string" } },
          dependsOn: { type: "array", items: { type: "string" }, uniqueItems: true }
        }
      }
    },
    ignore: {
      type: "array",
      description: "Drift findings that vend drift lists apart as ignored (collapsed, never hidden) until the entry expires. Each entry names one finding id, or a kind and optionally a target pattern.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["reason", "expires"],
        properties: {
          id: {
            type: "string",
            pattern: "^[0-9a-f]{12}$",
            description: "A finding id as vend drift prints it: 12 hexadecimal digits."
          },
          kind: {
            enum: [
              "scp-policy-type-disabled",
              "scp-missing",
              "scp-detached",
              "scp-content",
              "account-left-organization",
              "scp-foreign",
              "scp-ownership-tag",
              "full-aws-access-missing",
              "full-aws-access-undeclared",
              "ou-missing",
              "ou-ownership-tag",
              "ou-renamed",
              "ou-ambiguous",
              "account-wrong-ou",
              "account-suspended",
              "account-email",
              "stackset-missing",
              "stackset-template",
              "stackset-parameters",
              "stackset-roles",
              "stackset-auto-deployment",
              "stackset-ownership-tag",
              "stack-instance-missing",
              "stack-instance-failed",
              "stack-instance-inoperable",
              "stack-instance-overrides",
              "iam-resource-drift",
              "exception-expired",
              "blocking-problem",
              "scp-attached-undeclared",
              "scp-retired",
              "account-tags",
              "account-ownership-tag",
              "account-not-closed",
              "account-undeclared",
              "stackset-undeclared",
              "stack-instance-untargeted",
              "stackset-foreign",
              "stack-instance-outside-organization",
              "resource-drift",
              "scp-description",
              "ou-undeclared",
              "account-name",
              "parameter-overrides-record",
              "exception-expiring",
              "unmanaged-accounts"
            ],
            description: "A kind of drift finding (README, Drift)."
          },
          target: {
            type: "string",
            minLength: 1,
            maxLength: 512,
            pattern: "^[^\\u0000-\\u001f\\u007f]*$",
            description: "With kind: a pattern for the finding's target, such as account:legacy-* or ou:Sandbox/**; a target spelt exactly matches itself; otherwise * matches within one /-separated part, and ** crosses parts only as a part of its own (ou:Sandbox/**), else it is *; every other character is itself, but line breaks and other control characters, which no target holds, are refused. Default: every target."
          },
          reason: {
            type: "string",
            minLength: 1,
            maxLength: 1e3,
            pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]",
            description: "Why it stays: text of at most 1,000 characters (plans and the drift issue show it), not only spaces or characters that draw nothing."
          },
          approvedBy: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]",
            description: "Who approved it: text of at most 200 characters, not only spaces or characters that draw nothing."
          },
          expires: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            description: "Expiry date, YYYY-MM-DD: after that day the finding is reported again."
          }
        }
      }
    },
    quotas: {
      type: "object",
      additionalProperties: false,
      description: "Overrides of the AWS limits vend checks, for the day AWS raises one before vend is updated. Only AWS changes them (no Service Quotas request raises them): a number above AWS's only moves the refusal from validate into apply. See the README's Quotas table.",
      properties: {
        scpsPerTarget: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          description: "SCPs attached directly to one root, OU or account, counting FullAWSAccess. AWS default: 10. Override only when AWS has changed it: a positive integer up to 100."
        },
        scpSize: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Size of one SCP as sent (minified JSON), in UTF-8 bytes. AWS default: 10,240. Override only when AWS has changed it: a positive integer up to 1000000."
        },
        organizationalUnitDepth: {
          type: "integer",
          minimum: 1,
          maximum: 20,
          description: "Levels of OUs under the root. AWS default: 5. Override only when AWS has changed it: a positive integer up to 20."
        },
        organizationalUnits: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "OUs in the organization. AWS default: 2,000. Override only when AWS has changed it: a positive integer up to 100000."
        },
        tagsPerAccount: {
          type: "integer",
          minimum: 1,
          maximum: 1e3,
          description: "Tags on one account, counting Owner and ManagedBy. AWS default: 50. Override only when AWS has changed it: a positive integer up to 1000."
        },
        accountClosurePercent: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          description: "Percent of member accounts CloseAccount closes in a rolling 30 days. AWS default: 20. Override only when AWS has changed it: a positive integer up to 100."
        },
        accountClosureMinimum: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Accounts CloseAccount closes in a rolling 30 days, however small the organization. AWS default: 250. Override only when AWS has changed it: a positive integer up to 100000."
        },
        accountClosureMaximum: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Accounts CloseAccount closes in a rolling 30 days, however large the organization. AWS default: 1,000. Override only when AWS has changed it: a positive integer up to 100000."
        },
        templateBodySize: {
          type: "integer",
          minimum: 1,
          maximum: 1048576,
          description: "Bytes of one baseline template (TemplateBody). AWS default: 51,200. Override only when AWS has changed it: a positive integer up to 1048576."
        },
        templateDescriptionSize: {
          type: "integer",
          minimum: 1,
          maximum: 1048576,
          description: "Bytes of a template's Description. AWS default: 1,024. Override only when AWS has changed it: a positive integer up to 1048576."
        },
        parametersPerTemplate: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          description: "Parameters one template declares. AWS default: 200. Override only when AWS has changed it: a positive integer up to 10000."
        },
        parameterNameLength: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          description: "Characters in a template parameter name. AWS default: 255. Override only when AWS has changed it: a positive integer up to 10000."
        },
        parameterValueSize: {
          type: "integer",
          minimum: 1,
          maximum: 1048576,
          description: "Bytes in one StackSet parameter value. AWS default: 4,096. Override only when AWS has changed it: a positive integer up to 1048576."
        },
        resourcesPerTemplate: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Resources one template declares. AWS value: 500. Override only when AWS has changed it: a positive integer up to 100000."
        },
        outputsPerTemplate: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Outputs one template declares. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000."
        },
        mappingsPerTemplate: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Mappings one template declares. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000."
        },
        mappingAttributes: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Attributes under one key of one mapping. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000."
        },
        dynamicReferencesPerTemplate: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          description: "Dynamic references ({{resolve:\u2026}}) in one template. AWS value: 60. Override only when AWS has changed it: a positive integer up to 100000."
        },
        managedPolicySize: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Characters of one IAM managed policy in a baseline template, white space left out. AWS value: 6,144. Override only when AWS has changed it: a positive integer up to 1000000."
        },
        roleInlinePoliciesSize: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Characters of an IAM role's inline policies together in a baseline template, white space left out. AWS value: 10,240. Override only when AWS has changed it: a positive integer up to 1000000."
        },
        groupInlinePoliciesSize: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Characters of an IAM group's inline policies together in a baseline template, white space left out. AWS value: 5,120. Override only when AWS has changed it: a positive integer up to 1000000."
        },
        userInlinePoliciesSize: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Characters of an IAM user's inline policies together in a baseline template, white space left out. AWS value: 2,048. Override only when AWS has changed it: a positive integer up to 1000000."
        }
      }
    }
  },
  $defs: {
    accountId: { type: "string", pattern: "^\\d{12}$", description: "A 12-digit AWS account id, quoted." },
    region: {
      type: "string",
      pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$",
      description: "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)."
    },
    scpName: {
      type: "string",
      pattern: "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$",
      description: "SCP names in the catalogue are 1-64 characters: letters of either case, digits, _ and -, starting with a letter, and not FullAWSAccess, the name of AWS's own SCP (say where it stays attached with fullAWSAccess). The name is the policy's name in AWS (which allows up to 128 characters of any kind), so an existing SCP such as DenyKms keeps its name."
    },
    catalogueName: {
      type: "string",
      pattern: "^[a-z][a-z0-9-]{0,63}$",
      description: "Catalogue names are 1-64 characters: lowercase letters, digits and hyphens, starting with a letter. An SCP's name is its policy name in AWS; a baseline's, after namePrefix, its StackSet name."
    },
    attachmentTarget: {
      type: "object",
      additionalProperties: false,
      properties: {
        scps: { type: "array", items: { type: "string" }, uniqueItems: true },
        fullAWSAccess: {
          type: "boolean",
          description: "Keep the AWS-managed FullAWSAccess SCP attached here (default true)."
        }
      }
    },
    organizationalUnits: {
      type: "object",
      propertyNames: {
        type: "string",
        pattern: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$",
        description: `OU names are 1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'. AWS documents the name as "a string of any of the characters in the ASCII character range" (CreateOrganizationalUnit and UpdateOrganizationalUnit, Name); of those, control characters and spaces at the ends or two in a row are refused, which a plan would not show, and a '"' to start with, which vend keeps for quoting in a path the name of an OU that holds '/'. Quote a name that YAML reads otherwise ('Team #1': a ' #' starts a comment). No '/': an OU path joins names with '/', so a name with '/' would pose as a nested OU. Rename it, or nest it under organizationalUnits.`
      },
      additionalProperties: {
        type: ["object", "null"],
        additionalProperties: false,
        properties: {
          scps: { type: "array", items: { type: "string" }, uniqueItems: true },
          fullAWSAccess: {
            type: "boolean",
            description: "Keep the AWS-managed FullAWSAccess SCP attached here (default true)."
          },
          baselines: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Inherited by child OUs."
          },
          organizationalUnits: { $ref: "#/$defs/organizationalUnits" }
        }
      }
    }
  }
};

// src/config/schema-patterns.ts
var ACCOUNT_NAME = new RegExp(account_schema_default.properties.name.pattern, "u");
var ACCOUNT_NAME_IN_AWS = new RegExp(account_schema_default.properties.accountName.pattern, "u");
var ACCOUNT_NAME_MAX_LENGTH = Number(/\{1,(\d+)\}\$$/u.exec(account_schema_default.properties.accountName.pattern)[1]);
var CATALOGUE_NAME = new RegExp(organization_schema_default.$defs.catalogueName.pattern, "u");
var SCP_NAME = new RegExp(organization_schema_default.$defs.scpName.pattern, "u");
var ORGANIZATIONAL_UNIT_NAME = new RegExp(
  organization_schema_default.$defs.organizationalUnits.propertyNames.pattern,
  "u"
);
function organizationalUnitNameProblem(name) {
  if (ORGANIZATIONAL_UNIT_NAME.test(name)) return void 0;
  if (name.includes("/")) return "it has a '/', which would read as a nested OU in a path";
  if (/[^\x20-\x7E]/.test(name)) return "it has characters outside printable ASCII";
  if ([...name].length > 128) return `it is ${[...name].length} characters long, more than 128`;
  if (name.startsWith('"'))
    return `it starts with '"', which vend keeps for quoting in a path the name of an OU that holds '/'`;
  return "it has a space at either end or two in a row, which a plan would not show";
}
var ORGANIZATIONAL_UNIT_NAME_RULE = `1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"', and not __proto__, constructor or prototype`;
function isDeclarableOrganizationalUnitName(name) {
  return ORGANIZATIONAL_UNIT_NAME.test(name) && !isForbiddenKey(name);
}

// src/config/schema-validators.ts
var account = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://vend.dev/schemas/account.schema.json", "title": "Vend account manifest", "description": "One AWS account, in accounts/<name>.yaml.", "type": "object", "additionalProperties": false, "required": ["name", "email", "ou", "owner"], "properties": { "name": { "type": "string", "pattern": "^[a-z][a-z0-9-]{1,48}[a-z0-9]$", "description": "3-50 characters: lowercase letters, digits and hyphens, starting with a letter. The file must be named <name>.yaml." }, "accountName": { "type": "string", "pattern": "^[ -;=?-~]{1,50}$", "description": "The account's name in AWS, when it differs from 'name' (an account adopted or imported with its name). 1-50 printable ASCII characters without < or >: what both CreateAccount and the Account Management API's PutAccountName accept. Default: 'name'. Changing it renames the account." }, "email": { "type": "string", "minLength": 6, "maxLength": 64, "pattern": "^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$", "description": `The account's root email address, 6-64 characters, unique across manifests: before the @, printable ASCII other than spaces and " ' ( ) < > [ ] : ; , \\ | % & @, not starting with a dot; after it, a domain such as example.com. AWS CreateAccount refuses the others (CreateAccountRequest, Email), but only after apply has started.` }, "ou": { "type": "string", "pattern": "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$", "description": `An OU path declared in baselines/organization.yaml, such as Workloads/Prod: OU names joined with '/', each of printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'. Quote a path that YAML reads otherwise ('Teams/Team #1').` }, "owner": { "type": "string", "minLength": 1, "maxLength": 256, "description": "The owning team; becomes the tag Owner." }, "tags": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Account tags; values are strings (quote numbers)." }, "regions": { "type": "array", "items": { "$ref": "#/$defs/region" }, "minItems": 1, "uniqueItems": true, "description": "Regions the account's regional baselines deploy to; defaults to the organization's defaultRegions." }, "baselines": { "$ref": "#/$defs/nameList", "description": "Extra baselines, added to the ones the OU path inherits." }, "excludeBaselines": { "$ref": "#/$defs/nameList", "description": "Inherited baselines to skip; needs an exception for rule baseline-opt-out." }, "scps": { "$ref": "#/$defs/nameList", "description": "Extra SCPs from the catalogue, attached to the account." }, "fullAWSAccess": { "type": "boolean", "description": "Keep the AWS-managed FullAWSAccess SCP attached to the account (default true)." }, "parameters": { "type": "object", "description": "Per-account StackSet parameter overrides, by baseline name.", "additionalProperties": { "type": "object", "additionalProperties": { "type": "string" } } }, "closed": { "type": "boolean", "description": "true closes the account (destructive)." }, "exceptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "approvedBy", "expires"], "properties": { "rule": { "type": "string", "description": "One of allowed-regions, email-domain, required-tags, baseline-opt-out." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "pattern": "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", "description": "Why it stays: text of at most 1,000 characters (plans and the drift issue show it), not only spaces or characters that draw nothing." }, "approvedBy": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", "description": "Who approved it: text of at most 200 characters, not only spaces or characters that draw nothing." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Expiry date, YYYY-MM-DD." } } } } }, "$defs": { "region": { "type": "string", "pattern": "^[a-z]{2,4}(-[a-z]+)+-\\d+$", "description": "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)." }, "nameList": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "description": "A name from the catalogue in baselines/organization.yaml (its scps: or baselines:): letters, digits, _ and -, starting with a letter or digit." }, "uniqueItems": true } } };
var schema32 = { "type": "string", "pattern": "^[a-z]{2,4}(-[a-z]+)+-\\d+$", "description": "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)." };
var schema33 = { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "description": "A name from the catalogue in baselines/organization.yaml (its scps: or baselines:): letters, digits, _ and -, starting with a letter or digit." }, "uniqueItems": true };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("^[a-z][a-z0-9-]{1,48}[a-z0-9]$", "u");
var pattern5 = new RegExp("^[ -;=?-~]{1,50}$", "u");
var pattern6 = new RegExp("^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$", "u");
var pattern7 = new RegExp("^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$", "u");
var pattern8 = new RegExp("^[a-z]{2,4}(-[a-z]+)+-\\d+$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
var pattern12 = new RegExp("[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", "u");
var pattern14 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.email === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ou === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ou" }, message: "must have required property 'ou'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{1,48}[a-z0-9]$" }, message: 'must match pattern "^[a-z][a-z0-9-]{1,48}[a-z0-9]$"', schema: "^[a-z][a-z0-9-]{1,48}[a-z0-9]$", parentSchema: schema31.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.accountName !== void 0) {
      let data1 = data.accountName;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/accountName", schemaPath: "#/properties/accountName/pattern", keyword: "pattern", params: { pattern: "^[ -;=?-~]{1,50}$" }, message: 'must match pattern "^[ -;=?-~]{1,50}$"', schema: "^[ -;=?-~]{1,50}$", parentSchema: schema31.properties.accountName, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/accountName", schemaPath: "#/properties/accountName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.accountName.type, parentSchema: schema31.properties.accountName, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data2 = data.email;
      if (typeof data2 === "string") {
        if (func2(data2) > 64) {
          const err9 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.email, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data2) < 6) {
          const err10 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/minLength", keyword: "minLength", params: { limit: 6 }, message: "must NOT have fewer than 6 characters", schema: 6, parentSchema: schema31.properties.email, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err11 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/pattern", keyword: "pattern", params: { pattern: "^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$" }, message: 'must match pattern "^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"', schema: "^[!#$*+\\-/0-9=?A-Z^_`a-z{}~][!#$*+\\-./0-9=?A-Z^_`a-z{}~]*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$", parentSchema: schema31.properties.email, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.email.type, parentSchema: schema31.properties.email, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ou !== void 0) {
      let data3 = data.ou;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err13 = { instancePath: instancePath + "/ou", schemaPath: "#/properties/ou/pattern", keyword: "pattern", params: { pattern: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$" }, message: 'must match pattern "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$"', schema: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*(/[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~]))*)*$", parentSchema: schema31.properties.ou, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/ou", schemaPath: "#/properties/ou/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ou.type, parentSchema: schema31.properties.ou, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (func2(data4) > 256) {
          const err15 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.owner, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.owner, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.owner.type, parentSchema: schema31.properties.owner, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (typeof data6 !== "string") {
            const err18 = { instancePath: instancePath + "/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tags.additionalProperties.type, parentSchema: schema31.properties.tags.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.tags.type, parentSchema: schema31.properties.tags, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data7 = data.regions;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err20 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.regions, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (!pattern8.test(data8)) {
              const err21 = { instancePath: instancePath + "/regions/" + i0, schemaPath: "#/$defs/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2,4}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2,4}(-[a-z]+)+-\\d+$", parentSchema: schema32, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/regions/" + i0, schemaPath: "#/$defs/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data7[i1], data7[j0])) {
                const err23 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.regions, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.regions.type, parentSchema: schema31.properties.regions, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.baselines !== void 0) {
      let data9 = data.baselines;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (!pattern9.test(data10)) {
              const err25 = { instancePath: instancePath + "/baselines/" + i2, schemaPath: "#/$defs/nameList/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema33.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/baselines/" + i2, schemaPath: "#/$defs/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data9[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err27 = { instancePath: instancePath + "/baselines", schemaPath: "#/$defs/nameList/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema33, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/baselines", schemaPath: "#/$defs/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.excludeBaselines !== void 0) {
      let data11 = data.excludeBaselines;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data12 = data11[i4];
          if (typeof data12 === "string") {
            if (!pattern9.test(data12)) {
              const err29 = { instancePath: instancePath + "/excludeBaselines/" + i4, schemaPath: "#/$defs/nameList/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema33.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/excludeBaselines/" + i4, schemaPath: "#/$defs/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let i5 = data11.length;
        let j2;
        if (i5 > 1) {
          const indices1 = {};
          for (; i5--; ) {
            let item1 = data11[i5];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j2 = indices1[item1];
              const err31 = { instancePath: instancePath + "/excludeBaselines", schemaPath: "#/$defs/nameList/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
              break;
            }
            indices1[item1] = i5;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/excludeBaselines", schemaPath: "#/$defs/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.scps !== void 0) {
      let data13 = data.scps;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data14 = data13[i6];
          if (typeof data14 === "string") {
            if (!pattern9.test(data14)) {
              const err33 = { instancePath: instancePath + "/scps/" + i6, schemaPath: "#/$defs/nameList/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema33.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/scps/" + i6, schemaPath: "#/$defs/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        let i7 = data13.length;
        let j3;
        if (i7 > 1) {
          const indices2 = {};
          for (; i7--; ) {
            let item2 = data13[i7];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err35 = { instancePath: instancePath + "/scps", schemaPath: "#/$defs/nameList/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
              break;
            }
            indices2[item2] = i7;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/scps", schemaPath: "#/$defs/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.fullAWSAccess !== void 0) {
      let data15 = data.fullAWSAccess;
      if (typeof data15 !== "boolean") {
        const err37 = { instancePath: instancePath + "/fullAWSAccess", schemaPath: "#/properties/fullAWSAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.fullAWSAccess.type, parentSchema: schema31.properties.fullAWSAccess, data: data15 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data16 = data.parameters;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          let data17 = data16[key2];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key3 in data17) {
              let data18 = data17[key3];
              if (typeof data18 !== "string") {
                const err38 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.parameters.additionalProperties.additionalProperties.type, parentSchema: schema31.properties.parameters.additionalProperties.additionalProperties, data: data18 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.parameters.additionalProperties.type, parentSchema: schema31.properties.parameters.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.parameters.type, parentSchema: schema31.properties.parameters, data: data16 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.closed !== void 0) {
      let data19 = data.closed;
      if (typeof data19 !== "boolean") {
        const err41 = { instancePath: instancePath + "/closed", schemaPath: "#/properties/closed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.closed.type, parentSchema: schema31.properties.closed, data: data19 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data20 = data.exceptions;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i8 = 0; i8 < len4; i8++) {
          let data21 = data20[i8];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.rule === void 0) {
              const err42 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema31.properties.exceptions.items.required, parentSchema: schema31.properties.exceptions.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data21.reason === void 0) {
              const err43 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.exceptions.items.required, parentSchema: schema31.properties.exceptions.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data21.approvedBy === void 0) {
              const err44 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'", schema: schema31.properties.exceptions.items.required, parentSchema: schema31.properties.exceptions.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data21.expires === void 0) {
              const err45 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema31.properties.exceptions.items.required, parentSchema: schema31.properties.exceptions.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "rule" || key4 === "reason" || key4 === "approvedBy" || key4 === "expires")) {
                const err46 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.exceptions.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data21.rule !== void 0) {
              let data22 = data21.rule;
              if (typeof data22 !== "string") {
                const err47 = { instancePath: instancePath + "/exceptions/" + i8 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exceptions.items.properties.rule.type, parentSchema: schema31.properties.exceptions.items.properties.rule, data: data22 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.reason !== void 0) {
              let data23 = data21.reason;
              if (typeof data23 === "string") {
                if (func2(data23) > 1e3) {
                  const err48 = { instancePath: instancePath + "/exceptions/" + i8 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema31.properties.exceptions.items.properties.reason, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (func2(data23) < 1) {
                  const err49 = { instancePath: instancePath + "/exceptions/" + i8 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.exceptions.items.properties.reason, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (!pattern12.test(data23)) {
                  const err50 = { instancePath: instancePath + "/exceptions/" + i8 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]" }, message: 'must match pattern "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]"', schema: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", parentSchema: schema31.properties.exceptions.items.properties.reason, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/exceptions/" + i8 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exceptions.items.properties.reason.type, parentSchema: schema31.properties.exceptions.items.properties.reason, data: data23 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data21.approvedBy !== void 0) {
              let data24 = data21.approvedBy;
              if (typeof data24 === "string") {
                if (func2(data24) > 200) {
                  const err52 = { instancePath: instancePath + "/exceptions/" + i8 + "/approvedBy", schemaPath: "#/properties/exceptions/items/properties/approvedBy/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.exceptions.items.properties.approvedBy, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (func2(data24) < 1) {
                  const err53 = { instancePath: instancePath + "/exceptions/" + i8 + "/approvedBy", schemaPath: "#/properties/exceptions/items/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.exceptions.items.properties.approvedBy, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (!pattern12.test(data24)) {
                  const err54 = { instancePath: instancePath + "/exceptions/" + i8 + "/approvedBy", schemaPath: "#/properties/exceptions/items/properties/approvedBy/pattern", keyword: "pattern", params: { pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]" }, message: 'must match pattern "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]"', schema: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", parentSchema: schema31.properties.exceptions.items.properties.approvedBy, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/exceptions/" + i8 + "/approvedBy", schemaPath: "#/properties/exceptions/items/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exceptions.items.properties.approvedBy.type, parentSchema: schema31.properties.exceptions.items.properties.approvedBy, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.expires !== void 0) {
              let data25 = data21.expires;
              if (typeof data25 === "string") {
                if (!pattern14.test(data25)) {
                  const err56 = { instancePath: instancePath + "/exceptions/" + i8 + "/expires", schemaPath: "#/properties/exceptions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema31.properties.exceptions.items.properties.expires, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/exceptions/" + i8 + "/expires", schemaPath: "#/properties/exceptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exceptions.items.properties.expires.type, parentSchema: schema31.properties.exceptions.items.properties.expires, data: data25 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/exceptions/" + i8, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.exceptions.items.type, parentSchema: schema31.properties.exceptions.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exceptions.type, parentSchema: schema31.properties.exceptions, data: data20 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var organization = validate21;
var schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://vend.dev/schemas/organization.schema.json", "title": "Vend organization", "description": "The OU tree, SCP catalogue and baseline catalogue, in baselines/organization.yaml.", "type": "object", "additionalProperties": false, "required": ["managementAccountId", "homeRegion", "allowedRegions", "defaultRegions", "stackSets", "organizationalUnits"], "properties": { "managementAccountId": { "$ref": "#/$defs/accountId", "description": "Vend refuses to plan or apply with credentials of another account." }, "delegatedAdministratorAccountId": { "$ref": "#/$defs/accountId", "description": "Optional delegated administrator account that may also run vend." }, "homeRegion": { "$ref": "#/$defs/region" }, "allowedRegions": { "type": "array", "items": { "$ref": "#/$defs/region" }, "minItems": 1, "uniqueItems": true }, "defaultRegions": { "type": "array", "items": { "$ref": "#/$defs/region" }, "minItems": 1, "uniqueItems": true }, "emailDomains": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$", "description": "A domain such as example.com, without the @: letters, digits, dots and hyphens, ending in a dot and a top-level domain of two or more letters, or an internationalised one in its ASCII form (xn--p1ai for .\u0440\u0444)." }, "uniqueItems": true }, "requiredTags": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "stackSets": { "type": "object", "additionalProperties": false, "required": ["permissionModel", "namePrefix"], "properties": { "permissionModel": { "enum": ["SELF_MANAGED", "SERVICE_MANAGED"] }, "executionRoleName": { "type": "string", "pattern": "^[\\w+=,.@-]{1,64}$", "description": "The name of the role StackSets assume in each account, 1-64 characters: letters, digits and + = , . @ _ - (CreateStackSet ExecutionRoleName, an IAM role name)." }, "administrationRoleArn": { "type": "string", "pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$", "maxLength": 2048, "description": "The ARN of the StackSet administration role, at most 2048 characters (CreateStackSet AdministrationRoleARN): arn:aws:iam::ACCOUNT:role/ then an optional path of printable ASCII ending in / and the role name, 1-64 letters, digits and +=,.@_- (IAM API Reference, CreateRole: Path, RoleName)." }, "callAs": { "enum": ["SELF", "DELEGATED_ADMIN"] }, "namePrefix": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9-]{0,30}$", "description": "The start of the name of every StackSet vend owns, 1-31 characters: a letter, then letters, digits or hyphens. CreateStackSet StackSetName allows [a-zA-Z][-a-zA-Z0-9]*, at most 128 characters with the baseline's name after the prefix." }, "operationPreferences": { "type": "object", "additionalProperties": false, "properties": { "maxConcurrentPercentage": { "type": "integer", "minimum": 1, "maximum": 100 }, "maxConcurrentCount": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "failureTolerancePercentage": { "type": "integer", "minimum": 0, "maximum": 100 }, "failureToleranceCount": { "type": "integer", "minimum": 0, "maximum": 2147483647 }, "regionConcurrencyType": { "enum": ["SEQUENTIAL", "PARALLEL"] }, "concurrencyMode": { "enum": ["STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"], "description": "How CloudFormation holds concurrency against the failure tolerance (StackSetOperationPreferences, ConcurrencyMode). STRICT_FAILURE_TOLERANCE, AWS's default, starts at the lower of the maximum concurrency and the failure tolerance + 1 account; SOFT_FAILURE_TOLERANCE runs at the maximum concurrency whatever the tolerance." } } } } }, "root": { "$ref": "#/$defs/attachmentTarget" }, "organizationalUnits": { "$ref": "#/$defs/organizationalUnits" }, "scps": { "type": "object", "propertyNames": { "$ref": "#/$defs/scpName" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "type": "string", "minLength": 1 }, "description": { "type": "string" } } } }, "baselines": { "type": "object", "propertyNames": { "$ref": "#/$defs/catalogueName" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["template"], "properties": { "template": { "type": "string", "minLength": 1 }, "description": { "type": "string", "description": "For readers of the repository only: vend does not send it to CloudFormation (the StackSet's Description stays as CreateStackSet left it)." }, "regions": { "type": "array", "items": { "$ref": "#/$defs/region" }, "minItems": 1, "uniqueItems": true }, "parameters": { "type": "object", "additionalProperties": { "type": "string" } }, "dependsOn": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } } } }, "ignore": { "type": "array", "description": "Drift findings that vend drift lists apart as ignored (collapsed, never hidden) until the entry expires. Each entry names one finding id, or a kind and optionally a target pattern.", "items": { "type": "object", "additionalProperties": false, "required": ["reason", "expires"], "properties": { "id": { "type": "string", "pattern": "^[0-9a-f]{12}$", "description": "A finding id as vend drift prints it: 12 hexadecimal digits." }, "kind": { "enum": ["scp-policy-type-disabled", "scp-missing", "scp-detached", "scp-content", "account-left-organization", "scp-foreign", "scp-ownership-tag", "full-aws-access-missing", "full-aws-access-undeclared", "ou-missing", "ou-ownership-tag", "ou-renamed", "ou-ambiguous", "account-wrong-ou", "account-suspended", "account-email", "stackset-missing", "stackset-template", "stackset-parameters", "stackset-roles", "stackset-auto-deployment", "stackset-ownership-tag", "stack-instance-missing", "stack-instance-failed", "stack-instance-inoperable", "stack-instance-overrides", "iam-resource-drift", "exception-expired", "blocking-problem", "scp-attached-undeclared", "scp-retired", "account-tags", "account-ownership-tag", "account-not-closed", "account-undeclared", "stackset-undeclared", "stack-instance-untargeted", "stackset-foreign", "stack-instance-outside-organization", "resource-drift", "scp-description", "ou-undeclared", "account-name", "parameter-overrides-record", "exception-expiring", "unmanaged-accounts"], "description": "A kind of drift finding (README, Drift)." }, "target": { "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[^\\u0000-\\u001f\\u007f]*$", "description": "With kind: a pattern for the finding's target, such as account:legacy-* or ou:Sandbox/**; a target spelt exactly matches itself; otherwise * matches within one /-separated part, and ** crosses parts only as a part of its own (ou:Sandbox/**), else it is *; every other character is itself, but line breaks and other control characters, which no target holds, are refused. Default: every target." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "pattern": "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", "description": "Why it stays: text of at most 1,000 characters (plans and the drift issue show it), not only spaces or characters that draw nothing." }, "approvedBy": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", "description": "Who approved it: text of at most 200 characters, not only spaces or characters that draw nothing." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Expiry date, YYYY-MM-DD: after that day the finding is reported again." } } } }, "quotas": { "type": "object", "additionalProperties": false, "description": "Overrides of the AWS limits vend checks, for the day AWS raises one before vend is updated. Only AWS changes them (no Service Quotas request raises them): a number above AWS's only moves the refusal from validate into apply. See the README's Quotas table.", "properties": { "scpsPerTarget": { "type": "integer", "minimum": 1, "maximum": 100, "description": "SCPs attached directly to one root, OU or account, counting FullAWSAccess. AWS default: 10. Override only when AWS has changed it: a positive integer up to 100." }, "scpSize": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Size of one SCP as sent (minified JSON), in UTF-8 bytes. AWS default: 10,240. Override only when AWS has changed it: a positive integer up to 1000000." }, "organizationalUnitDepth": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Levels of OUs under the root. AWS default: 5. Override only when AWS has changed it: a positive integer up to 20." }, "organizationalUnits": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "OUs in the organization. AWS default: 2,000. Override only when AWS has changed it: a positive integer up to 100000." }, "tagsPerAccount": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "Tags on one account, counting Owner and ManagedBy. AWS default: 50. Override only when AWS has changed it: a positive integer up to 1000." }, "accountClosurePercent": { "type": "integer", "minimum": 1, "maximum": 100, "description": "Percent of member accounts CloseAccount closes in a rolling 30 days. AWS default: 20. Override only when AWS has changed it: a positive integer up to 100." }, "accountClosureMinimum": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Accounts CloseAccount closes in a rolling 30 days, however small the organization. AWS default: 250. Override only when AWS has changed it: a positive integer up to 100000." }, "accountClosureMaximum": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Accounts CloseAccount closes in a rolling 30 days, however large the organization. AWS default: 1,000. Override only when AWS has changed it: a positive integer up to 100000." }, "templateBodySize": { "type": "integer", "minimum": 1, "maximum": 1048576, "description": "Bytes of one baseline template (TemplateBody). AWS default: 51,200. Override only when AWS has changed it: a positive integer up to 1048576." }, "templateDescriptionSize": { "type": "integer", "minimum": 1, "maximum": 1048576, "description": "Bytes of a template's Description. AWS default: 1,024. Override only when AWS has changed it: a positive integer up to 1048576." }, "parametersPerTemplate": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Parameters one template declares. AWS default: 200. Override only when AWS has changed it: a positive integer up to 10000." }, "parameterNameLength": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Characters in a template parameter name. AWS default: 255. Override only when AWS has changed it: a positive integer up to 10000." }, "parameterValueSize": { "type": "integer", "minimum": 1, "maximum": 1048576, "description": "Bytes in one StackSet parameter value. AWS default: 4,096. Override only when AWS has changed it: a positive integer up to 1048576." }, "resourcesPerTemplate": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Resources one template declares. AWS value: 500. Override only when AWS has changed it: a positive integer up to 100000." }, "outputsPerTemplate": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Outputs one template declares. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000." }, "mappingsPerTemplate": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Mappings one template declares. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000." }, "mappingAttributes": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Attributes under one key of one mapping. AWS value: 200. Override only when AWS has changed it: a positive integer up to 100000." }, "dynamicReferencesPerTemplate": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Dynamic references ({{resolve:\u2026}}) in one template. AWS value: 60. Override only when AWS has changed it: a positive integer up to 100000." }, "managedPolicySize": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Characters of one IAM managed policy in a baseline template, white space left out. AWS value: 6,144. Override only when AWS has changed it: a positive integer up to 1000000." }, "roleInlinePoliciesSize": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Characters of an IAM role's inline policies together in a baseline template, white space left out. AWS value: 10,240. Override only when AWS has changed it: a positive integer up to 1000000." }, "groupInlinePoliciesSize": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Characters of an IAM group's inline policies together in a baseline template, white space left out. AWS value: 5,120. Override only when AWS has changed it: a positive integer up to 1000000." }, "userInlinePoliciesSize": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Characters of an IAM user's inline policies together in a baseline template, white space left out. AWS value: 2,048. Override only when AWS has changed it: a positive integer up to 1000000." } } } }, "$defs": { "accountId": { "type": "string", "pattern": "^\\d{12}$", "description": "A 12-digit AWS account id, quoted." }, "region": { "type": "string", "pattern": "^[a-z]{2,4}(-[a-z]+)+-\\d+$", "description": "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)." }, "scpName": { "type": "string", "pattern": "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$", "description": "SCP names in the catalogue are 1-64 characters: letters of either case, digits, _ and -, starting with a letter, and not FullAWSAccess, the name of AWS's own SCP (say where it stays attached with fullAWSAccess). The name is the policy's name in AWS (which allows up to 128 characters of any kind), so an existing SCP such as DenyKms keeps its name." }, "catalogueName": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$", "description": "Catalogue names are 1-64 characters: lowercase letters, digits and hyphens, starting with a letter. An SCP's name is its policy name in AWS; a baseline's, after namePrefix, its StackSet name." }, "attachmentTarget": { "type": "object", "additionalProperties": false, "properties": { "scps": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "fullAWSAccess": { "type": "boolean", "description": "Keep the AWS-managed FullAWSAccess SCP attached here (default true)." } } }, "organizationalUnits": { "type": "object", "propertyNames": { "type": "string", "pattern": "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$", "description": `OU names are 1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'. AWS documents the name as "a string of any of the characters in the ASCII character range" (CreateOrganizationalUnit and UpdateOrganizationalUnit, Name); of those, control characters and spaces at the ends or two in a row are refused, which a plan would not show, and a '"' to start with, which vend keeps for quoting in a path the name of an OU that holds '/'. Quote a name that YAML reads otherwise ('Team #1': a ' #' starts a comment). No '/': an OU path joins names with '/', so a name with '/' would pose as a nested OU. Rename it, or nest it under organizationalUnits.` }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "scps": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "fullAWSAccess": { "type": "boolean", "description": "Keep the AWS-managed FullAWSAccess SCP attached here (default true)." }, "baselines": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Inherited by child OUs." }, "organizationalUnits": { "$ref": "#/$defs/organizationalUnits" } } } } } };
var schema37 = { "type": "string", "pattern": "^\\d{12}$", "description": "A 12-digit AWS account id, quoted." };
var schema39 = { "type": "string", "pattern": "^[a-z]{2,4}(-[a-z]+)+-\\d+$", "description": "An AWS Region code such as us-east-1; validate checks it is a Region AWS has (rule aws-region)." };
var schema42 = { "type": "object", "additionalProperties": false, "properties": { "scps": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "fullAWSAccess": { "type": "boolean", "description": "Keep the AWS-managed FullAWSAccess SCP attached here (default true)." } } };
var schema44 = { "type": "string", "pattern": "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$", "description": "SCP names in the catalogue are 1-64 characters: letters of either case, digits, _ and -, starting with a letter, and not FullAWSAccess, the name of AWS's own SCP (say where it stays attached with fullAWSAccess). The name is the policy's name in AWS (which allows up to 128 characters of any kind), so an existing SCP such as DenyKms keeps its name." };
var schema45 = { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$", "description": "Catalogue names are 1-64 characters: lowercase letters, digits and hyphens, starting with a letter. An SCP's name is its policy name in AWS; a baseline's, after namePrefix, its StackSet name." };
var pattern15 = new RegExp("^\\d{12}$", "u");
var pattern20 = new RegExp("^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$", "u");
var pattern21 = new RegExp("^[\\w+=,.@-]{1,64}$", "u");
var pattern22 = new RegExp("^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$", "u");
var pattern23 = new RegExp("^[A-Za-z][A-Za-z0-9-]{0,30}$", "u");
var pattern25 = new RegExp("^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$", "u");
var pattern26 = new RegExp("^[a-z][a-z0-9-]{0,63}$", "u");
var pattern28 = new RegExp("^[0-9a-f]{12}$", "u");
var pattern29 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
var schema43 = { "type": "object", "propertyNames": { "type": "string", "pattern": "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$", "description": `OU names are 1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'. AWS documents the name as "a string of any of the characters in the ASCII character range" (CreateOrganizationalUnit and UpdateOrganizationalUnit, Name); of those, control characters and spaces at the ends or two in a row are refused, which a plan would not show, and a '"' to start with, which vend keeps for quoting in a path the name of an OU that holds '/'. Quote a name that YAML reads otherwise ('Team #1': a ' #' starts a comment). No '/': an OU path joins names with '/', so a name with '/' would pose as a nested OU. Rename it, or nest it under organizationalUnits.` }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "scps": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "fullAWSAccess": { "type": "boolean", "description": "Keep the AWS-managed FullAWSAccess SCP attached here (default true)." }, "baselines": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Inherited by child OUs." }, "organizationalUnits": { "$ref": "#/$defs/organizationalUnits" } } } };
var pattern24 = new RegExp("^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$", "u");
var wrapper0 = { validate: validate22 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern24.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$" }, message: 'must match pattern "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$"', schema: "^[!#-.0-~](?:[!-.0-~]| (?=[!-.0-~])){0,127}$", parentSchema: schema43.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.propertyNames.type, parentSchema: schema43.propertyNames, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema43.propertyNames, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: schema43.additionalProperties.type }, message: "must be object,null", schema: schema43.additionalProperties.type, parentSchema: schema43.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key2 in data0) {
          if (!(key2 === "scps" || key2 === "fullAWSAccess" || key2 === "baselines" || key2 === "organizationalUnits")) {
            const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.additionalProperties, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.scps !== void 0) {
          let data1 = data0.scps;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/scps/" + i0, schemaPath: "#/additionalProperties/properties/scps/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.additionalProperties.properties.scps.items.type, parentSchema: schema43.additionalProperties.properties.scps.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data1[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/scps", schemaPath: "#/additionalProperties/properties/scps/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema43.additionalProperties.properties.scps, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/scps", schemaPath: "#/additionalProperties/properties/scps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.additionalProperties.properties.scps.type, parentSchema: schema43.additionalProperties.properties.scps, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.fullAWSAccess !== void 0) {
          let data3 = data0.fullAWSAccess;
          if (typeof data3 !== "boolean") {
            const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fullAWSAccess", schemaPath: "#/additionalProperties/properties/fullAWSAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.additionalProperties.properties.fullAWSAccess.type, parentSchema: schema43.additionalProperties.properties.fullAWSAccess, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.baselines !== void 0) {
          let data4 = data0.baselines;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data5 = data4[i2];
              if (typeof data5 !== "string") {
                const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/baselines/" + i2, schemaPath: "#/additionalProperties/properties/baselines/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.additionalProperties.properties.baselines.items.type, parentSchema: schema43.additionalProperties.properties.baselines.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            let i3 = data4.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data4[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/baselines", schemaPath: "#/additionalProperties/properties/baselines/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema43.additionalProperties.properties.baselines, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/baselines", schemaPath: "#/additionalProperties/properties/baselines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.additionalProperties.properties.baselines.type, parentSchema: schema43.additionalProperties.properties.baselines, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.organizationalUnits !== void 0) {
          if (!wrapper0.validate(data0.organizationalUnits, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/organizationalUnits", parentData: data0, parentDataProperty: "organizationalUnits", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.managementAccountId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "managementAccountId" }, message: "must have required property 'managementAccountId'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.homeRegion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "homeRegion" }, message: "must have required property 'homeRegion'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.allowedRegions === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allowedRegions" }, message: "must have required property 'allowedRegions'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.defaultRegions === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "defaultRegions" }, message: "must have required property 'defaultRegions'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.stackSets === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stackSets" }, message: "must have required property 'stackSets'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.organizationalUnits === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organizationalUnits" }, message: "must have required property 'organizationalUnits'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema36.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.managementAccountId !== void 0) {
      let data0 = data.managementAccountId;
      if (typeof data0 === "string") {
        if (!pattern15.test(data0)) {
          const err7 = { instancePath: instancePath + "/managementAccountId", schemaPath: "#/$defs/accountId/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"', schema: "^\\d{12}$", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/managementAccountId", schemaPath: "#/$defs/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.delegatedAdministratorAccountId !== void 0) {
      let data1 = data.delegatedAdministratorAccountId;
      if (typeof data1 === "string") {
        if (!pattern15.test(data1)) {
          const err9 = { instancePath: instancePath + "/delegatedAdministratorAccountId", schemaPath: "#/$defs/accountId/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"', schema: "^\\d{12}$", parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/delegatedAdministratorAccountId", schemaPath: "#/$defs/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.homeRegion !== void 0) {
      let data2 = data.homeRegion;
      if (typeof data2 === "string") {
        if (!pattern8.test(data2)) {
          const err11 = { instancePath: instancePath + "/homeRegion", schemaPath: "#/$defs/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2,4}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2,4}(-[a-z]+)+-\\d+$", parentSchema: schema39, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/homeRegion", schemaPath: "#/$defs/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.allowedRegions !== void 0) {
      let data3 = data.allowedRegions;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err13 = { instancePath: instancePath + "/allowedRegions", schemaPath: "#/properties/allowedRegions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.allowedRegions, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern8.test(data4)) {
              const err14 = { instancePath: instancePath + "/allowedRegions/" + i0, schemaPath: "#/$defs/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2,4}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2,4}(-[a-z]+)+-\\d+$", parentSchema: schema39, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/allowedRegions/" + i0, schemaPath: "#/$defs/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data3[i1], data3[j0])) {
                const err16 = { instancePath: instancePath + "/allowedRegions", schemaPath: "#/properties/allowedRegions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema36.properties.allowedRegions, data: data3 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/allowedRegions", schemaPath: "#/properties/allowedRegions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.allowedRegions.type, parentSchema: schema36.properties.allowedRegions, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.defaultRegions !== void 0) {
      let data5 = data.defaultRegions;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err18 = { instancePath: instancePath + "/defaultRegions", schemaPath: "#/properties/defaultRegions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.defaultRegions, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (!pattern8.test(data6)) {
              const err19 = { instancePath: instancePath + "/defaultRegions/" + i2, schemaPath: "#/$defs/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2,4}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2,4}(-[a-z]+)+-\\d+$", parentSchema: schema39, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/defaultRegions/" + i2, schemaPath: "#/$defs/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data5[i3], data5[j1])) {
                const err21 = { instancePath: instancePath + "/defaultRegions", schemaPath: "#/properties/defaultRegions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema36.properties.defaultRegions, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/defaultRegions", schemaPath: "#/properties/defaultRegions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.defaultRegions.type, parentSchema: schema36.properties.defaultRegions, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.emailDomains !== void 0) {
      let data7 = data.emailDomains;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data8 = data7[i4];
          if (typeof data8 === "string") {
            if (!pattern20.test(data8)) {
              const err23 = { instancePath: instancePath + "/emailDomains/" + i4, schemaPath: "#/properties/emailDomains/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$" }, message: 'must match pattern "^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$"', schema: "^[A-Za-z0-9.-]+\\.(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$", parentSchema: schema36.properties.emailDomains.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/emailDomains/" + i4, schemaPath: "#/properties/emailDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.emailDomains.items.type, parentSchema: schema36.properties.emailDomains.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i5 = data7.length;
        let j2;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data7[i5];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j2 = indices0[item0];
              const err25 = { instancePath: instancePath + "/emailDomains", schemaPath: "#/properties/emailDomains/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema36.properties.emailDomains, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/emailDomains", schemaPath: "#/properties/emailDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.emailDomains.type, parentSchema: schema36.properties.emailDomains, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.requiredTags !== void 0) {
      let data9 = data.requiredTags;
      if (Array.isArray(data9)) {
        const len3 = data9.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data10 = data9[i6];
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err27 = { instancePath: instancePath + "/requiredTags/" + i6, schemaPath: "#/properties/requiredTags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.requiredTags.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/requiredTags/" + i6, schemaPath: "#/properties/requiredTags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.requiredTags.items.type, parentSchema: schema36.properties.requiredTags.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i7 = data9.length;
        let j3;
        if (i7 > 1) {
          const indices1 = {};
          for (; i7--; ) {
            let item1 = data9[i7];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j3 = indices1[item1];
              const err29 = { instancePath: instancePath + "/requiredTags", schemaPath: "#/properties/requiredTags/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema36.properties.requiredTags, data: data9 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
              break;
            }
            indices1[item1] = i7;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/requiredTags", schemaPath: "#/properties/requiredTags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.requiredTags.type, parentSchema: schema36.properties.requiredTags, data: data9 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.stackSets !== void 0) {
      let data11 = data.stackSets;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.permissionModel === void 0) {
          const err31 = { instancePath: instancePath + "/stackSets", schemaPath: "#/properties/stackSets/required", keyword: "required", params: { missingProperty: "permissionModel" }, message: "must have required property 'permissionModel'", schema: schema36.properties.stackSets.required, parentSchema: schema36.properties.stackSets, data: data11 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.namePrefix === void 0) {
          const err32 = { instancePath: instancePath + "/stackSets", schemaPath: "#/properties/stackSets/required", keyword: "required", params: { missingProperty: "namePrefix" }, message: "must have required property 'namePrefix'", schema: schema36.properties.stackSets.required, parentSchema: schema36.properties.stackSets, data: data11 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        for (const key1 in data11) {
          if (!(key1 === "permissionModel" || key1 === "executionRoleName" || key1 === "administrationRoleArn" || key1 === "callAs" || key1 === "namePrefix" || key1 === "operationPreferences")) {
            const err33 = { instancePath: instancePath + "/stackSets", schemaPath: "#/properties/stackSets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.stackSets, data: data11 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data11.permissionModel !== void 0) {
          let data12 = data11.permissionModel;
          if (!(data12 === "SELF_MANAGED" || data12 === "SERVICE_MANAGED")) {
            const err34 = { instancePath: instancePath + "/stackSets/permissionModel", schemaPath: "#/properties/stackSets/properties/permissionModel/enum", keyword: "enum", params: { allowedValues: schema36.properties.stackSets.properties.permissionModel.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.stackSets.properties.permissionModel.enum, parentSchema: schema36.properties.stackSets.properties.permissionModel, data: data12 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.executionRoleName !== void 0) {
          let data13 = data11.executionRoleName;
          if (typeof data13 === "string") {
            if (!pattern21.test(data13)) {
              const err35 = { instancePath: instancePath + "/stackSets/executionRoleName", schemaPath: "#/properties/stackSets/properties/executionRoleName/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema36.properties.stackSets.properties.executionRoleName, data: data13 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/stackSets/executionRoleName", schemaPath: "#/properties/stackSets/properties/executionRoleName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.stackSets.properties.executionRoleName.type, parentSchema: schema36.properties.stackSets.properties.executionRoleName, data: data13 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.administrationRoleArn !== void 0) {
          let data14 = data11.administrationRoleArn;
          if (typeof data14 === "string") {
            if (func2(data14) > 2048) {
              const err37 = { instancePath: instancePath + "/stackSets/administrationRoleArn", schemaPath: "#/properties/stackSets/properties/administrationRoleArn/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema36.properties.stackSets.properties.administrationRoleArn, data: data14 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!pattern22.test(data14)) {
              const err38 = { instancePath: instancePath + "/stackSets/administrationRoleArn", schemaPath: "#/properties/stackSets/properties/administrationRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$"', schema: "^arn:aws[a-z-]*:iam::\\d{12}:role/(?:[!-~]{1,510}/)?[\\w+=,.@-]{1,64}$", parentSchema: schema36.properties.stackSets.properties.administrationRoleArn, data: data14 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/stackSets/administrationRoleArn", schemaPath: "#/properties/stackSets/properties/administrationRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.stackSets.properties.administrationRoleArn.type, parentSchema: schema36.properties.stackSets.properties.administrationRoleArn, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.callAs !== void 0) {
          let data15 = data11.callAs;
          if (!(data15 === "SELF" || data15 === "DELEGATED_ADMIN")) {
            const err40 = { instancePath: instancePath + "/stackSets/callAs", schemaPath: "#/properties/stackSets/properties/callAs/enum", keyword: "enum", params: { allowedValues: schema36.properties.stackSets.properties.callAs.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.stackSets.properties.callAs.enum, parentSchema: schema36.properties.stackSets.properties.callAs, data: data15 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data11.namePrefix !== void 0) {
          let data16 = data11.namePrefix;
          if (typeof data16 === "string") {
            if (!pattern23.test(data16)) {
              const err41 = { instancePath: instancePath + "/stackSets/namePrefix", schemaPath: "#/properties/stackSets/properties/namePrefix/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9-]{0,30}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9-]{0,30}$"', schema: "^[A-Za-z][A-Za-z0-9-]{0,30}$", parentSchema: schema36.properties.stackSets.properties.namePrefix, data: data16 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/stackSets/namePrefix", schemaPath: "#/properties/stackSets/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.stackSets.properties.namePrefix.type, parentSchema: schema36.properties.stackSets.properties.namePrefix, data: data16 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data11.operationPreferences !== void 0) {
          let data17 = data11.operationPreferences;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key2 in data17) {
              if (!(key2 === "maxConcurrentPercentage" || key2 === "maxConcurrentCount" || key2 === "failureTolerancePercentage" || key2 === "failureToleranceCount" || key2 === "regionConcurrencyType" || key2 === "concurrencyMode")) {
                const err43 = { instancePath: instancePath + "/stackSets/operationPreferences", schemaPath: "#/properties/stackSets/properties/operationPreferences/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.stackSets.properties.operationPreferences, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.maxConcurrentPercentage !== void 0) {
              let data18 = data17.maxConcurrentPercentage;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err44 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentPercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentPercentage/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentPercentage.type, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentPercentage, data: data18 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 > 100 || isNaN(data18)) {
                  const err45 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentPercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentPercentage/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentPercentage, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data18 < 1 || isNaN(data18)) {
                  const err46 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentPercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentPercentage/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentPercentage, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data17.maxConcurrentCount !== void 0) {
              let data19 = data17.maxConcurrentCount;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err47 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentCount.type, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentCount, data: data19 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 2147483647 || isNaN(data19)) {
                  const err48 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentCount, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data19 < 1 || isNaN(data19)) {
                  const err49 = { instancePath: instancePath + "/stackSets/operationPreferences/maxConcurrentCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/maxConcurrentCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.maxConcurrentCount, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
            if (data17.failureTolerancePercentage !== void 0) {
              let data20 = data17.failureTolerancePercentage;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err50 = { instancePath: instancePath + "/stackSets/operationPreferences/failureTolerancePercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureTolerancePercentage/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.stackSets.properties.operationPreferences.properties.failureTolerancePercentage.type, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureTolerancePercentage, data: data20 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 100 || isNaN(data20)) {
                  const err51 = { instancePath: instancePath + "/stackSets/operationPreferences/failureTolerancePercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureTolerancePercentage/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureTolerancePercentage, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data20 < 0 || isNaN(data20)) {
                  const err52 = { instancePath: instancePath + "/stackSets/operationPreferences/failureTolerancePercentage", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureTolerancePercentage/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureTolerancePercentage, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            }
            if (data17.failureToleranceCount !== void 0) {
              let data21 = data17.failureToleranceCount;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err53 = { instancePath: instancePath + "/stackSets/operationPreferences/failureToleranceCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureToleranceCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.stackSets.properties.operationPreferences.properties.failureToleranceCount.type, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureToleranceCount, data: data21 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 2147483647 || isNaN(data21)) {
                  const err54 = { instancePath: instancePath + "/stackSets/operationPreferences/failureToleranceCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureToleranceCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureToleranceCount, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data21 < 0 || isNaN(data21)) {
                  const err55 = { instancePath: instancePath + "/stackSets/operationPreferences/failureToleranceCount", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/failureToleranceCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.failureToleranceCount, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data17.regionConcurrencyType !== void 0) {
              let data22 = data17.regionConcurrencyType;
              if (!(data22 === "SEQUENTIAL" || data22 === "PARALLEL")) {
                const err56 = { instancePath: instancePath + "/stackSets/operationPreferences/regionConcurrencyType", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/regionConcurrencyType/enum", keyword: "enum", params: { allowedValues: schema36.properties.stackSets.properties.operationPreferences.properties.regionConcurrencyType.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.stackSets.properties.operationPreferences.properties.regionConcurrencyType.enum, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.regionConcurrencyType, data: data22 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data17.concurrencyMode !== void 0) {
              let data23 = data17.concurrencyMode;
              if (!(data23 === "STRICT_FAILURE_TOLERANCE" || data23 === "SOFT_FAILURE_TOLERANCE")) {
                const err57 = { instancePath: instancePath + "/stackSets/operationPreferences/concurrencyMode", schemaPath: "#/properties/stackSets/properties/operationPreferences/properties/concurrencyMode/enum", keyword: "enum", params: { allowedValues: schema36.properties.stackSets.properties.operationPreferences.properties.concurrencyMode.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.stackSets.properties.operationPreferences.properties.concurrencyMode.enum, parentSchema: schema36.properties.stackSets.properties.operationPreferences.properties.concurrencyMode, data: data23 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/stackSets/operationPreferences", schemaPath: "#/properties/stackSets/properties/operationPreferences/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.stackSets.properties.operationPreferences.type, parentSchema: schema36.properties.stackSets.properties.operationPreferences, data: data17 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/stackSets", schemaPath: "#/properties/stackSets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.stackSets.type, parentSchema: schema36.properties.stackSets, data: data11 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data24 = data.root;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key3 in data24) {
          if (!(key3 === "scps" || key3 === "fullAWSAccess")) {
            const err60 = { instancePath: instancePath + "/root", schemaPath: "#/$defs/attachmentTarget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data24 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data24.scps !== void 0) {
          let data25 = data24.scps;
          if (Array.isArray(data25)) {
            const len4 = data25.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data26 = data25[i8];
              if (typeof data26 !== "string") {
                const err61 = { instancePath: instancePath + "/root/scps/" + i8, schemaPath: "#/$defs/attachmentTarget/properties/scps/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.scps.items.type, parentSchema: schema42.properties.scps.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            let i9 = data25.length;
            let j4;
            if (i9 > 1) {
              const indices2 = {};
              for (; i9--; ) {
                let item2 = data25[i9];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j4 = indices2[item2];
                  const err62 = { instancePath: instancePath + "/root/scps", schemaPath: "#/$defs/attachmentTarget/properties/scps/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema42.properties.scps, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i9;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/root/scps", schemaPath: "#/$defs/attachmentTarget/properties/scps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.scps.type, parentSchema: schema42.properties.scps, data: data25 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data24.fullAWSAccess !== void 0) {
          let data27 = data24.fullAWSAccess;
          if (typeof data27 !== "boolean") {
            const err64 = { instancePath: instancePath + "/root/fullAWSAccess", schemaPath: "#/$defs/attachmentTarget/properties/fullAWSAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema42.properties.fullAWSAccess.type, parentSchema: schema42.properties.fullAWSAccess, data: data27 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/root", schemaPath: "#/$defs/attachmentTarget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data24 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.organizationalUnits !== void 0) {
      if (!validate22(data.organizationalUnits, { instancePath: instancePath + "/organizationalUnits", parentData: data, parentDataProperty: "organizationalUnits", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.scps !== void 0) {
      let data29 = data.scps;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key4 in data29) {
          const _errs66 = errors;
          if (typeof key4 === "string") {
            if (!pattern25.test(key4)) {
              const err66 = { instancePath: instancePath + "/scps", schemaPath: "#/$defs/scpName/pattern", keyword: "pattern", params: { pattern: "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$"', schema: "^(?!FullAWSAccess$)[A-Za-z][A-Za-z0-9_-]{0,63}$", parentSchema: schema44, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/scps", schemaPath: "#/$defs/scpName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var valid25 = _errs66 === errors;
          if (!valid25) {
            const err68 = { instancePath: instancePath + "/scps", schemaPath: "#/properties/scps/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema36.properties.scps.propertyNames, parentSchema: schema36.properties.scps, data: data29 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        for (const key5 in data29) {
          let data30 = data29[key5];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.file === void 0) {
              const err69 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scps/additionalProperties/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema36.properties.scps.additionalProperties.required, parentSchema: schema36.properties.scps.additionalProperties, data: data30 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            for (const key6 in data30) {
              if (!(key6 === "file" || key6 === "description")) {
                const err70 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scps/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.scps.additionalProperties, data: data30 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data30.file !== void 0) {
              let data31 = data30.file;
              if (typeof data31 === "string") {
                if (func2(data31) < 1) {
                  const err71 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/scps/additionalProperties/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.scps.additionalProperties.properties.file, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/scps/additionalProperties/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.scps.additionalProperties.properties.file.type, parentSchema: schema36.properties.scps.additionalProperties.properties.file, data: data31 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data30.description !== void 0) {
              let data32 = data30.description;
              if (typeof data32 !== "string") {
                const err73 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/scps/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.scps.additionalProperties.properties.description.type, parentSchema: schema36.properties.scps.additionalProperties.properties.description, data: data32 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/scps/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scps/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.scps.additionalProperties.type, parentSchema: schema36.properties.scps.additionalProperties, data: data30 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/scps", schemaPath: "#/properties/scps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.scps.type, parentSchema: schema36.properties.scps, data: data29 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.baselines !== void 0) {
      let data33 = data.baselines;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key7 in data33) {
          const _errs79 = errors;
          if (typeof key7 === "string") {
            if (!pattern26.test(key7)) {
              const err76 = { instancePath: instancePath + "/baselines", schemaPath: "#/$defs/catalogueName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema45, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/baselines", schemaPath: "#/$defs/catalogueName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: key7, propertyName: key7 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          var valid29 = _errs79 === errors;
          if (!valid29) {
            const err78 = { instancePath: instancePath + "/baselines", schemaPath: "#/properties/baselines/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema36.properties.baselines.propertyNames, parentSchema: schema36.properties.baselines, data: data33 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        for (const key8 in data33) {
          let data34 = data33[key8];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.template === void 0) {
              const err79 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baselines/additionalProperties/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema36.properties.baselines.additionalProperties.required, parentSchema: schema36.properties.baselines.additionalProperties, data: data34 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            for (const key9 in data34) {
              if (!(key9 === "template" || key9 === "description" || key9 === "regions" || key9 === "parameters" || key9 === "dependsOn")) {
                const err80 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baselines/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.baselines.additionalProperties, data: data34 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data34.template !== void 0) {
              let data35 = data34.template;
              if (typeof data35 === "string") {
                if (func2(data35) < 1) {
                  const err81 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/template", schemaPath: "#/properties/baselines/additionalProperties/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.baselines.additionalProperties.properties.template, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/template", schemaPath: "#/properties/baselines/additionalProperties/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.baselines.additionalProperties.properties.template.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.template, data: data35 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data34.description !== void 0) {
              let data36 = data34.description;
              if (typeof data36 !== "string") {
                const err83 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/baselines/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.baselines.additionalProperties.properties.description.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.description, data: data36 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data34.regions !== void 0) {
              let data37 = data34.regions;
              if (Array.isArray(data37)) {
                if (data37.length < 1) {
                  const err84 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/regions", schemaPath: "#/properties/baselines/additionalProperties/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.baselines.additionalProperties.properties.regions, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                const len5 = data37.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data38 = data37[i10];
                  if (typeof data38 === "string") {
                    if (!pattern8.test(data38)) {
                      const err85 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/regions/" + i10, schemaPath: "#/$defs/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,4}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2,4}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2,4}(-[a-z]+)+-\\d+$", parentSchema: schema39, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/regions/" + i10, schemaPath: "#/$defs/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                let i11 = data37.length;
                let j5;
                if (i11 > 1) {
                  outer2: for (; i11--; ) {
                    for (j5 = i11; j5--; ) {
                      if (func0(data37[i11], data37[j5])) {
                        const err87 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/regions", schemaPath: "#/properties/baselines/additionalProperties/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema36.properties.baselines.additionalProperties.properties.regions, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                        break outer2;
                      }
                    }
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/regions", schemaPath: "#/properties/baselines/additionalProperties/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.baselines.additionalProperties.properties.regions.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.regions, data: data37 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data34.parameters !== void 0) {
              let data39 = data34.parameters;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key10 in data39) {
                  let data40 = data39[key10];
                  if (typeof data40 !== "string") {
                    const err89 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameters/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baselines/additionalProperties/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.baselines.additionalProperties.properties.parameters.additionalProperties.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.parameters.additionalProperties, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameters", schemaPath: "#/properties/baselines/additionalProperties/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.baselines.additionalProperties.properties.parameters.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.parameters, data: data39 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data34.dependsOn !== void 0) {
              let data41 = data34.dependsOn;
              if (Array.isArray(data41)) {
                const len6 = data41.length;
                for (let i12 = 0; i12 < len6; i12++) {
                  let data42 = data41[i12];
                  if (typeof data42 !== "string") {
                    const err91 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/dependsOn/" + i12, schemaPath: "#/properties/baselines/additionalProperties/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.baselines.additionalProperties.properties.dependsOn.items.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.dependsOn.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                let i13 = data41.length;
                let j6;
                if (i13 > 1) {
                  const indices3 = {};
                  for (; i13--; ) {
                    let item3 = data41[i13];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j6 = indices3[item3];
                      const err92 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/dependsOn", schemaPath: "#/properties/baselines/additionalProperties/properties/dependsOn/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema36.properties.baselines.additionalProperties.properties.dependsOn, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i13;
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/dependsOn", schemaPath: "#/properties/baselines/additionalProperties/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.baselines.additionalProperties.properties.dependsOn.type, parentSchema: schema36.properties.baselines.additionalProperties.properties.dependsOn, data: data41 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/baselines/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baselines/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.baselines.additionalProperties.type, parentSchema: schema36.properties.baselines.additionalProperties, data: data34 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/baselines", schemaPath: "#/properties/baselines/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.baselines.type, parentSchema: schema36.properties.baselines, data: data33 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data43 = data.ignore;
      if (Array.isArray(data43)) {
        const len7 = data43.length;
        for (let i14 = 0; i14 < len7; i14++) {
          let data44 = data43[i14];
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.reason === void 0) {
              const err96 = { instancePath: instancePath + "/ignore/" + i14, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema36.properties.ignore.items.required, parentSchema: schema36.properties.ignore.items, data: data44 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data44.expires === void 0) {
              const err97 = { instancePath: instancePath + "/ignore/" + i14, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema36.properties.ignore.items.required, parentSchema: schema36.properties.ignore.items, data: data44 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            for (const key11 in data44) {
              if (!(key11 === "id" || key11 === "kind" || key11 === "target" || key11 === "reason" || key11 === "approvedBy" || key11 === "expires")) {
                const err98 = { instancePath: instancePath + "/ignore/" + i14, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.ignore.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data44.id !== void 0) {
              let data45 = data44.id;
              if (typeof data45 === "string") {
                if (!pattern28.test(data45)) {
                  const err99 = { instancePath: instancePath + "/ignore/" + i14 + "/id", schemaPath: "#/properties/ignore/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{12}$" }, message: 'must match pattern "^[0-9a-f]{12}$"', schema: "^[0-9a-f]{12}$", parentSchema: schema36.properties.ignore.items.properties.id, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = { instancePath: instancePath + "/ignore/" + i14 + "/id", schemaPath: "#/properties/ignore/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ignore.items.properties.id.type, parentSchema: schema36.properties.ignore.items.properties.id, data: data45 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data44.kind !== void 0) {
              let data46 = data44.kind;
              if (!(data46 === "scp-policy-type-disabled" || data46 === "scp-missing" || data46 === "scp-detached" || data46 === "scp-content" || data46 === "account-left-organization" || data46 === "scp-foreign" || data46 === "scp-ownership-tag" || data46 === "full-aws-access-missing" || data46 === "full-aws-access-undeclared" || data46 === "ou-missing" || data46 === "ou-ownership-tag" || data46 === "ou-renamed" || data46 === "ou-ambiguous" || data46 === "account-wrong-ou" || data46 === "account-suspended" || data46 === "account-email" || data46 === "stackset-missing" || data46 === "stackset-template" || data46 === "stackset-parameters" || data46 === "stackset-roles" || data46 === "stackset-auto-deployment" || data46 === "stackset-ownership-tag" || data46 === "stack-instance-missing" || data46 === "stack-instance-failed" || data46 === "stack-instance-inoperable" || data46 === "stack-instance-overrides" || data46 === "iam-resource-drift" || data46 === "exception-expired" || data46 === "blocking-problem" || data46 === "scp-attached-undeclared" || data46 === "scp-retired" || data46 === "account-tags" || data46 === "account-ownership-tag" || data46 === "account-not-closed" || data46 === "account-undeclared" || data46 === "stackset-undeclared" || data46 === "stack-instance-untargeted" || data46 === "stackset-foreign" || data46 === "stack-instance-outside-organization" || data46 === "resource-drift" || data46 === "scp-description" || data46 === "ou-undeclared" || data46 === "account-name" || data46 === "parameter-overrides-record" || data46 === "exception-expiring" || data46 === "unmanaged-accounts")) {
                const err101 = { instancePath: instancePath + "/ignore/" + i14 + "/kind", schemaPath: "#/properties/ignore/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema36.properties.ignore.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.ignore.items.properties.kind.enum, parentSchema: schema36.properties.ignore.items.properties.kind, data: data46 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data44.target !== void 0) {
              let data47 = data44.target;
              if (typeof data47 === "string") {
                if (func2(data47) > 512) {
                  const err102 = { instancePath: instancePath + "/ignore/" + i14 + "/target", schemaPath: "#/properties/ignore/items/properties/target/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema36.properties.ignore.items.properties.target, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                if (func2(data47) < 1) {
                  const err103 = { instancePath: instancePath + "/ignore/" + i14 + "/target", schemaPath: "#/properties/ignore/items/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.ignore.items.properties.target, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (!pattern29.test(data47)) {
                  const err104 = { instancePath: instancePath + "/ignore/" + i14 + "/target", schemaPath: "#/properties/ignore/items/properties/target/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema36.properties.ignore.items.properties.target, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/ignore/" + i14 + "/target", schemaPath: "#/properties/ignore/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ignore.items.properties.target.type, parentSchema: schema36.properties.ignore.items.properties.target, data: data47 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data44.reason !== void 0) {
              let data48 = data44.reason;
              if (typeof data48 === "string") {
                if (func2(data48) > 1e3) {
                  const err106 = { instancePath: instancePath + "/ignore/" + i14 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema36.properties.ignore.items.properties.reason, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (func2(data48) < 1) {
                  const err107 = { instancePath: instancePath + "/ignore/" + i14 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.ignore.items.properties.reason, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (!pattern12.test(data48)) {
                  const err108 = { instancePath: instancePath + "/ignore/" + i14 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]" }, message: 'must match pattern "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]"', schema: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", parentSchema: schema36.properties.ignore.items.properties.reason, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/ignore/" + i14 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ignore.items.properties.reason.type, parentSchema: schema36.properties.ignore.items.properties.reason, data: data48 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data44.approvedBy !== void 0) {
              let data49 = data44.approvedBy;
              if (typeof data49 === "string") {
                if (func2(data49) > 200) {
                  const err110 = { instancePath: instancePath + "/ignore/" + i14 + "/approvedBy", schemaPath: "#/properties/ignore/items/properties/approvedBy/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema36.properties.ignore.items.properties.approvedBy, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (func2(data49) < 1) {
                  const err111 = { instancePath: instancePath + "/ignore/" + i14 + "/approvedBy", schemaPath: "#/properties/ignore/items/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.ignore.items.properties.approvedBy, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (!pattern12.test(data49)) {
                  const err112 = { instancePath: instancePath + "/ignore/" + i14 + "/approvedBy", schemaPath: "#/properties/ignore/items/properties/approvedBy/pattern", keyword: "pattern", params: { pattern: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]" }, message: 'must match pattern "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]"', schema: "[^\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0]", parentSchema: schema36.properties.ignore.items.properties.approvedBy, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/ignore/" + i14 + "/approvedBy", schemaPath: "#/properties/ignore/items/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ignore.items.properties.approvedBy.type, parentSchema: schema36.properties.ignore.items.properties.approvedBy, data: data49 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data44.expires !== void 0) {
              let data50 = data44.expires;
              if (typeof data50 === "string") {
                if (!pattern14.test(data50)) {
                  const err114 = { instancePath: instancePath + "/ignore/" + i14 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema36.properties.ignore.items.properties.expires, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/ignore/" + i14 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ignore.items.properties.expires.type, parentSchema: schema36.properties.ignore.items.properties.expires, data: data50 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/ignore/" + i14, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.ignore.items.type, parentSchema: schema36.properties.ignore.items, data: data44 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.ignore.type, parentSchema: schema36.properties.ignore, data: data43 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.quotas !== void 0) {
      let data51 = data.quotas;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key12 in data51) {
          if (!func1.call(schema36.properties.quotas.properties, key12)) {
            const err118 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.quotas, data: data51 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data51.scpsPerTarget !== void 0) {
          let data52 = data51.scpsPerTarget;
          if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
            const err119 = { instancePath: instancePath + "/quotas/scpsPerTarget", schemaPath: "#/properties/quotas/properties/scpsPerTarget/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.scpsPerTarget.type, parentSchema: schema36.properties.quotas.properties.scpsPerTarget, data: data52 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          if (typeof data52 == "number" && isFinite(data52)) {
            if (data52 > 100 || isNaN(data52)) {
              const err120 = { instancePath: instancePath + "/quotas/scpsPerTarget", schemaPath: "#/properties/quotas/properties/scpsPerTarget/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema36.properties.quotas.properties.scpsPerTarget, data: data52 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data52 < 1 || isNaN(data52)) {
              const err121 = { instancePath: instancePath + "/quotas/scpsPerTarget", schemaPath: "#/properties/quotas/properties/scpsPerTarget/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.scpsPerTarget, data: data52 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          }
        }
        if (data51.scpSize !== void 0) {
          let data53 = data51.scpSize;
          if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
            const err122 = { instancePath: instancePath + "/quotas/scpSize", schemaPath: "#/properties/quotas/properties/scpSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.scpSize.type, parentSchema: schema36.properties.quotas.properties.scpSize, data: data53 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          if (typeof data53 == "number" && isFinite(data53)) {
            if (data53 > 1e6 || isNaN(data53)) {
              const err123 = { instancePath: instancePath + "/quotas/scpSize", schemaPath: "#/properties/quotas/properties/scpSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema36.properties.quotas.properties.scpSize, data: data53 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (data53 < 1 || isNaN(data53)) {
              const err124 = { instancePath: instancePath + "/quotas/scpSize", schemaPath: "#/properties/quotas/properties/scpSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.scpSize, data: data53 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
          }
        }
        if (data51.organizationalUnitDepth !== void 0) {
          let data54 = data51.organizationalUnitDepth;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
            const err125 = { instancePath: instancePath + "/quotas/organizationalUnitDepth", schemaPath: "#/properties/quotas/properties/organizationalUnitDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.organizationalUnitDepth.type, parentSchema: schema36.properties.quotas.properties.organizationalUnitDepth, data: data54 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
          if (typeof data54 == "number" && isFinite(data54)) {
            if (data54 > 20 || isNaN(data54)) {
              const err126 = { instancePath: instancePath + "/quotas/organizationalUnitDepth", schemaPath: "#/properties/quotas/properties/organizationalUnitDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema36.properties.quotas.properties.organizationalUnitDepth, data: data54 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data54 < 1 || isNaN(data54)) {
              const err127 = { instancePath: instancePath + "/quotas/organizationalUnitDepth", schemaPath: "#/properties/quotas/properties/organizationalUnitDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.organizationalUnitDepth, data: data54 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        }
        if (data51.organizationalUnits !== void 0) {
          let data55 = data51.organizationalUnits;
          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
            const err128 = { instancePath: instancePath + "/quotas/organizationalUnits", schemaPath: "#/properties/quotas/properties/organizationalUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.organizationalUnits.type, parentSchema: schema36.properties.quotas.properties.organizationalUnits, data: data55 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          if (typeof data55 == "number" && isFinite(data55)) {
            if (data55 > 1e5 || isNaN(data55)) {
              const err129 = { instancePath: instancePath + "/quotas/organizationalUnits", schemaPath: "#/properties/quotas/properties/organizationalUnits/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.organizationalUnits, data: data55 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data55 < 1 || isNaN(data55)) {
              const err130 = { instancePath: instancePath + "/quotas/organizationalUnits", schemaPath: "#/properties/quotas/properties/organizationalUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.organizationalUnits, data: data55 };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
          }
        }
        if (data51.tagsPerAccount !== void 0) {
          let data56 = data51.tagsPerAccount;
          if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)) && isFinite(data56))) {
            const err131 = { instancePath: instancePath + "/quotas/tagsPerAccount", schemaPath: "#/properties/quotas/properties/tagsPerAccount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.tagsPerAccount.type, parentSchema: schema36.properties.quotas.properties.tagsPerAccount, data: data56 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
          if (typeof data56 == "number" && isFinite(data56)) {
            if (data56 > 1e3 || isNaN(data56)) {
              const err132 = { instancePath: instancePath + "/quotas/tagsPerAccount", schemaPath: "#/properties/quotas/properties/tagsPerAccount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema36.properties.quotas.properties.tagsPerAccount, data: data56 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data56 < 1 || isNaN(data56)) {
              const err133 = { instancePath: instancePath + "/quotas/tagsPerAccount", schemaPath: "#/properties/quotas/properties/tagsPerAccount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.tagsPerAccount, data: data56 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          }
        }
        if (data51.accountClosurePercent !== void 0) {
          let data57 = data51.accountClosurePercent;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
            const err134 = { instancePath: instancePath + "/quotas/accountClosurePercent", schemaPath: "#/properties/quotas/properties/accountClosurePercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.accountClosurePercent.type, parentSchema: schema36.properties.quotas.properties.accountClosurePercent, data: data57 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
          if (typeof data57 == "number" && isFinite(data57)) {
            if (data57 > 100 || isNaN(data57)) {
              const err135 = { instancePath: instancePath + "/quotas/accountClosurePercent", schemaPath: "#/properties/quotas/properties/accountClosurePercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema36.properties.quotas.properties.accountClosurePercent, data: data57 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data57 < 1 || isNaN(data57)) {
              const err136 = { instancePath: instancePath + "/quotas/accountClosurePercent", schemaPath: "#/properties/quotas/properties/accountClosurePercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.accountClosurePercent, data: data57 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          }
        }
        if (data51.accountClosureMinimum !== void 0) {
          let data58 = data51.accountClosureMinimum;
          if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
            const err137 = { instancePath: instancePath + "/quotas/accountClosureMinimum", schemaPath: "#/properties/quotas/properties/accountClosureMinimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.accountClosureMinimum.type, parentSchema: schema36.properties.quotas.properties.accountClosureMinimum, data: data58 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          if (typeof data58 == "number" && isFinite(data58)) {
            if (data58 > 1e5 || isNaN(data58)) {
              const err138 = { instancePath: instancePath + "/quotas/accountClosureMinimum", schemaPath: "#/properties/quotas/properties/accountClosureMinimum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.accountClosureMinimum, data: data58 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data58 < 1 || isNaN(data58)) {
              const err139 = { instancePath: instancePath + "/quotas/accountClosureMinimum", schemaPath: "#/properties/quotas/properties/accountClosureMinimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.accountClosureMinimum, data: data58 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
          }
        }
        if (data51.accountClosureMaximum !== void 0) {
          let data59 = data51.accountClosureMaximum;
          if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)) && isFinite(data59))) {
            const err140 = { instancePath: instancePath + "/quotas/accountClosureMaximum", schemaPath: "#/properties/quotas/properties/accountClosureMaximum/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.accountClosureMaximum.type, parentSchema: schema36.properties.quotas.properties.accountClosureMaximum, data: data59 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
          if (typeof data59 == "number" && isFinite(data59)) {
            if (data59 > 1e5 || isNaN(data59)) {
              const err141 = { instancePath: instancePath + "/quotas/accountClosureMaximum", schemaPath: "#/properties/quotas/properties/accountClosureMaximum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.accountClosureMaximum, data: data59 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (data59 < 1 || isNaN(data59)) {
              const err142 = { instancePath: instancePath + "/quotas/accountClosureMaximum", schemaPath: "#/properties/quotas/properties/accountClosureMaximum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.accountClosureMaximum, data: data59 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
        }
        if (data51.templateBodySize !== void 0) {
          let data60 = data51.templateBodySize;
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
            const err143 = { instancePath: instancePath + "/quotas/templateBodySize", schemaPath: "#/properties/quotas/properties/templateBodySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.templateBodySize.type, parentSchema: schema36.properties.quotas.properties.templateBodySize, data: data60 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 > 1048576 || isNaN(data60)) {
              const err144 = { instancePath: instancePath + "/quotas/templateBodySize", schemaPath: "#/properties/quotas/properties/templateBodySize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576", schema: 1048576, parentSchema: schema36.properties.quotas.properties.templateBodySize, data: data60 };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            if (data60 < 1 || isNaN(data60)) {
              const err145 = { instancePath: instancePath + "/quotas/templateBodySize", schemaPath: "#/properties/quotas/properties/templateBodySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.templateBodySize, data: data60 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          }
        }
        if (data51.templateDescriptionSize !== void 0) {
          let data61 = data51.templateDescriptionSize;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err146 = { instancePath: instancePath + "/quotas/templateDescriptionSize", schemaPath: "#/properties/quotas/properties/templateDescriptionSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.templateDescriptionSize.type, parentSchema: schema36.properties.quotas.properties.templateDescriptionSize, data: data61 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 > 1048576 || isNaN(data61)) {
              const err147 = { instancePath: instancePath + "/quotas/templateDescriptionSize", schemaPath: "#/properties/quotas/properties/templateDescriptionSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576", schema: 1048576, parentSchema: schema36.properties.quotas.properties.templateDescriptionSize, data: data61 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            if (data61 < 1 || isNaN(data61)) {
              const err148 = { instancePath: instancePath + "/quotas/templateDescriptionSize", schemaPath: "#/properties/quotas/properties/templateDescriptionSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.templateDescriptionSize, data: data61 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
          }
        }
        if (data51.parametersPerTemplate !== void 0) {
          let data62 = data51.parametersPerTemplate;
          if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
            const err149 = { instancePath: instancePath + "/quotas/parametersPerTemplate", schemaPath: "#/properties/quotas/properties/parametersPerTemplate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.parametersPerTemplate.type, parentSchema: schema36.properties.quotas.properties.parametersPerTemplate, data: data62 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (typeof data62 == "number" && isFinite(data62)) {
            if (data62 > 1e4 || isNaN(data62)) {
              const err150 = { instancePath: instancePath + "/quotas/parametersPerTemplate", schemaPath: "#/properties/quotas/properties/parametersPerTemplate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema36.properties.quotas.properties.parametersPerTemplate, data: data62 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data62 < 1 || isNaN(data62)) {
              const err151 = { instancePath: instancePath + "/quotas/parametersPerTemplate", schemaPath: "#/properties/quotas/properties/parametersPerTemplate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.parametersPerTemplate, data: data62 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        }
        if (data51.parameterNameLength !== void 0) {
          let data63 = data51.parameterNameLength;
          if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)) && isFinite(data63))) {
            const err152 = { instancePath: instancePath + "/quotas/parameterNameLength", schemaPath: "#/properties/quotas/properties/parameterNameLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.parameterNameLength.type, parentSchema: schema36.properties.quotas.properties.parameterNameLength, data: data63 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          if (typeof data63 == "number" && isFinite(data63)) {
            if (data63 > 1e4 || isNaN(data63)) {
              const err153 = { instancePath: instancePath + "/quotas/parameterNameLength", schemaPath: "#/properties/quotas/properties/parameterNameLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema36.properties.quotas.properties.parameterNameLength, data: data63 };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            if (data63 < 1 || isNaN(data63)) {
              const err154 = { instancePath: instancePath + "/quotas/parameterNameLength", schemaPath: "#/properties/quotas/properties/parameterNameLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.parameterNameLength, data: data63 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
        }
        if (data51.parameterValueSize !== void 0) {
          let data64 = data51.parameterValueSize;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err155 = { instancePath: instancePath + "/quotas/parameterValueSize", schemaPath: "#/properties/quotas/properties/parameterValueSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.parameterValueSize.type, parentSchema: schema36.properties.quotas.properties.parameterValueSize, data: data64 };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
          if (typeof data64 == "number" && isFinite(data64)) {
            if (data64 > 1048576 || isNaN(data64)) {
              const err156 = { instancePath: instancePath + "/quotas/parameterValueSize", schemaPath: "#/properties/quotas/properties/parameterValueSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576", schema: 1048576, parentSchema: schema36.properties.quotas.properties.parameterValueSize, data: data64 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (data64 < 1 || isNaN(data64)) {
              const err157 = { instancePath: instancePath + "/quotas/parameterValueSize", schemaPath: "#/properties/quotas/properties/parameterValueSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.parameterValueSize, data: data64 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
          }
        }
        if (data51.resourcesPerTemplate !== void 0) {
          let data65 = data51.resourcesPerTemplate;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
            const err158 = { instancePath: instancePath + "/quotas/resourcesPerTemplate", schemaPath: "#/properties/quotas/properties/resourcesPerTemplate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.resourcesPerTemplate.type, parentSchema: schema36.properties.quotas.properties.resourcesPerTemplate, data: data65 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 1e5 || isNaN(data65)) {
              const err159 = { instancePath: instancePath + "/quotas/resourcesPerTemplate", schemaPath: "#/properties/quotas/properties/resourcesPerTemplate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.resourcesPerTemplate, data: data65 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data65 < 1 || isNaN(data65)) {
              const err160 = { instancePath: instancePath + "/quotas/resourcesPerTemplate", schemaPath: "#/properties/quotas/properties/resourcesPerTemplate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.resourcesPerTemplate, data: data65 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
          }
        }
        if (data51.outputsPerTemplate !== void 0) {
          let data66 = data51.outputsPerTemplate;
          if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66))) {
            const err161 = { instancePath: instancePath + "/quotas/outputsPerTemplate", schemaPath: "#/properties/quotas/properties/outputsPerTemplate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.outputsPerTemplate.type, parentSchema: schema36.properties.quotas.properties.outputsPerTemplate, data: data66 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          if (typeof data66 == "number" && isFinite(data66)) {
            if (data66 > 1e5 || isNaN(data66)) {
              const err162 = { instancePath: instancePath + "/quotas/outputsPerTemplate", schemaPath: "#/properties/quotas/properties/outputsPerTemplate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.outputsPerTemplate, data: data66 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            if (data66 < 1 || isNaN(data66)) {
              const err163 = { instancePath: instancePath + "/quotas/outputsPerTemplate", schemaPath: "#/properties/quotas/properties/outputsPerTemplate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.outputsPerTemplate, data: data66 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          }
        }
        if (data51.mappingsPerTemplate !== void 0) {
          let data67 = data51.mappingsPerTemplate;
          if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
            const err164 = { instancePath: instancePath + "/quotas/mappingsPerTemplate", schemaPath: "#/properties/quotas/properties/mappingsPerTemplate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.mappingsPerTemplate.type, parentSchema: schema36.properties.quotas.properties.mappingsPerTemplate, data: data67 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
          if (typeof data67 == "number" && isFinite(data67)) {
            if (data67 > 1e5 || isNaN(data67)) {
              const err165 = { instancePath: instancePath + "/quotas/mappingsPerTemplate", schemaPath: "#/properties/quotas/properties/mappingsPerTemplate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.mappingsPerTemplate, data: data67 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (data67 < 1 || isNaN(data67)) {
              const err166 = { instancePath: instancePath + "/quotas/mappingsPerTemplate", schemaPath: "#/properties/quotas/properties/mappingsPerTemplate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.mappingsPerTemplate, data: data67 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          }
        }
        if (data51.mappingAttributes !== void 0) {
          let data68 = data51.mappingAttributes;
          if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68))) {
            const err167 = { instancePath: instancePath + "/quotas/mappingAttributes", schemaPath: "#/properties/quotas/properties/mappingAttributes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.mappingAttributes.type, parentSchema: schema36.properties.quotas.properties.mappingAttributes, data: data68 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 > 1e5 || isNaN(data68)) {
              const err168 = { instancePath: instancePath + "/quotas/mappingAttributes", schemaPath: "#/properties/quotas/properties/mappingAttributes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.mappingAttributes, data: data68 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data68 < 1 || isNaN(data68)) {
              const err169 = { instancePath: instancePath + "/quotas/mappingAttributes", schemaPath: "#/properties/quotas/properties/mappingAttributes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.mappingAttributes, data: data68 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        }
        if (data51.dynamicReferencesPerTemplate !== void 0) {
          let data69 = data51.dynamicReferencesPerTemplate;
          if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
            const err170 = { instancePath: instancePath + "/quotas/dynamicReferencesPerTemplate", schemaPath: "#/properties/quotas/properties/dynamicReferencesPerTemplate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.dynamicReferencesPerTemplate.type, parentSchema: schema36.properties.quotas.properties.dynamicReferencesPerTemplate, data: data69 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          if (typeof data69 == "number" && isFinite(data69)) {
            if (data69 > 1e5 || isNaN(data69)) {
              const err171 = { instancePath: instancePath + "/quotas/dynamicReferencesPerTemplate", schemaPath: "#/properties/quotas/properties/dynamicReferencesPerTemplate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema36.properties.quotas.properties.dynamicReferencesPerTemplate, data: data69 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (data69 < 1 || isNaN(data69)) {
              const err172 = { instancePath: instancePath + "/quotas/dynamicReferencesPerTemplate", schemaPath: "#/properties/quotas/properties/dynamicReferencesPerTemplate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.dynamicReferencesPerTemplate, data: data69 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          }
        }
        if (data51.managedPolicySize !== void 0) {
          let data70 = data51.managedPolicySize;
          if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)) && isFinite(data70))) {
            const err173 = { instancePath: instancePath + "/quotas/managedPolicySize", schemaPath: "#/properties/quotas/properties/managedPolicySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.managedPolicySize.type, parentSchema: schema36.properties.quotas.properties.managedPolicySize, data: data70 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
          if (typeof data70 == "number" && isFinite(data70)) {
            if (data70 > 1e6 || isNaN(data70)) {
              const err174 = { instancePath: instancePath + "/quotas/managedPolicySize", schemaPath: "#/properties/quotas/properties/managedPolicySize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema36.properties.quotas.properties.managedPolicySize, data: data70 };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
            if (data70 < 1 || isNaN(data70)) {
              const err175 = { instancePath: instancePath + "/quotas/managedPolicySize", schemaPath: "#/properties/quotas/properties/managedPolicySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.managedPolicySize, data: data70 };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
          }
        }
        if (data51.roleInlinePoliciesSize !== void 0) {
          let data71 = data51.roleInlinePoliciesSize;
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
            const err176 = { instancePath: instancePath + "/quotas/roleInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/roleInlinePoliciesSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.roleInlinePoliciesSize.type, parentSchema: schema36.properties.quotas.properties.roleInlinePoliciesSize, data: data71 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
          if (typeof data71 == "number" && isFinite(data71)) {
            if (data71 > 1e6 || isNaN(data71)) {
              const err177 = { instancePath: instancePath + "/quotas/roleInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/roleInlinePoliciesSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema36.properties.quotas.properties.roleInlinePoliciesSize, data: data71 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            if (data71 < 1 || isNaN(data71)) {
              const err178 = { instancePath: instancePath + "/quotas/roleInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/roleInlinePoliciesSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.roleInlinePoliciesSize, data: data71 };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
          }
        }
        if (data51.groupInlinePoliciesSize !== void 0) {
          let data72 = data51.groupInlinePoliciesSize;
          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
            const err179 = { instancePath: instancePath + "/quotas/groupInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/groupInlinePoliciesSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.groupInlinePoliciesSize.type, parentSchema: schema36.properties.quotas.properties.groupInlinePoliciesSize, data: data72 };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
          if (typeof data72 == "number" && isFinite(data72)) {
            if (data72 > 1e6 || isNaN(data72)) {
              const err180 = { instancePath: instancePath + "/quotas/groupInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/groupInlinePoliciesSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema36.properties.quotas.properties.groupInlinePoliciesSize, data: data72 };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data72 < 1 || isNaN(data72)) {
              const err181 = { instancePath: instancePath + "/quotas/groupInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/groupInlinePoliciesSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.groupInlinePoliciesSize, data: data72 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          }
        }
        if (data51.userInlinePoliciesSize !== void 0) {
          let data73 = data51.userInlinePoliciesSize;
          if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
            const err182 = { instancePath: instancePath + "/quotas/userInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/userInlinePoliciesSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.quotas.properties.userInlinePoliciesSize.type, parentSchema: schema36.properties.quotas.properties.userInlinePoliciesSize, data: data73 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          if (typeof data73 == "number" && isFinite(data73)) {
            if (data73 > 1e6 || isNaN(data73)) {
              const err183 = { instancePath: instancePath + "/quotas/userInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/userInlinePoliciesSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema36.properties.quotas.properties.userInlinePoliciesSize, data: data73 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
            if (data73 < 1 || isNaN(data73)) {
              const err184 = { instancePath: instancePath + "/quotas/userInlinePoliciesSize", schemaPath: "#/properties/quotas/properties/userInlinePoliciesSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.quotas.properties.userInlinePoliciesSize, data: data73 };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
          }
        }
      } else {
        const err185 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.quotas.type, parentSchema: schema36.properties.quotas, data: data51 };
        if (vErrors === null) {
          vErrors = [err185];
        } else {
          vErrors.push(err185);
        }
        errors++;
      }
    }
  } else {
    const err186 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err186];
    } else {
      vErrors.push(err186);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { account, organization };
var validatorFor = (name) => validators[name];

// src/config/schema-check.ts
function checkSchema(name, source, value) {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const nameErrors = new Map(
    errors.filter((error) => error.propertyName !== void 0).map((error) => [`${error.instancePath}/${error.propertyName}`, error])
  );
  return collapse(errors).map(
    (error) => toDiagnostic(source, error, nameErrors.get(`${error.instancePath}/${String(error.params.propertyName)}`))
  );
}
function collapse(errors) {
  const lengthWrong = new Set(
    errors.filter((error) => ["minLength", "maxLength"].includes(error.keyword)).map((error) => error.instancePath)
  );
  return errors.filter(
    (error) => !["if", "anyOf", "oneOf"].includes(error.keyword) && error.propertyName === void 0 && !(error.keyword === "pattern" && lengthWrong.has(error.instancePath))
  );
}
function pathOf(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describeLocation(path) {
  return path.length === 0 ? "the top level" : `'${path.join(".")}'`;
}
function toDiagnostic(source, error, nameError) {
  const path = pathOf(error.instancePath);
  const where = describeLocation(path);
  const hint = typeof error.parentSchema?.description === "string" ? ` ${error.parentSchema.description}` : "";
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return source.diagnostic(
        RULES.schema,
        `missing required key '${String(params.missingProperty)}' in ${where}; add it.`,
        path
      );
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const listed = allowed.length > 0 ? ` Allowed keys: ${allowed.join(", ")}.` : "";
      return source.diagnostic(
        RULES.schema,
        `unknown key '${key}' in ${where}; remove it or fix its spelling.${listed}`,
        [...path, key],
        "key"
      );
    }
    case "propertyNames": {
      const names = nameError?.parentSchema;
      const pattern = nameError?.params?.pattern;
      const rule = typeof names?.description === "string" ? ` ${names.description}` : typeof pattern === "string" ? ` Names must match ${pattern}.` : "";
      const name = String(params.propertyName);
      const problem = pattern === ORGANIZATIONAL_UNIT_NAME.source ? organizationalUnitNameProblem(name) : void 0;
      return source.diagnostic(
        RULES.schema,
        `invalid name '${name}' in ${where}${problem ? `: ${problem}` : ""}.${rule}`,
        [...path, name],
        "key"
      );
    }
    case "type":
      return source.diagnostic(
        RULES.schema,
        `${where} must be ${article(String(params.type))}; got ${typeOfValue(source, path)}.${quoteHint(source, path, params.type)}${hint}`,
        path
      );
    case "enum":
      return source.diagnostic(
        RULES.schema,
        `${where} must be one of: ${params.allowedValues.join(", ")}.`,
        path
      );
    case "pattern": {
      const value = source.document.getIn(path);
      const broken = path.length !== 1 || typeof value !== "string" ? void 0 : path[0] === "email" ? emailProblem(value) : path[0] === "accountName" ? accountNameProblem(value) : void 0;
      return source.diagnostic(
        RULES.schema,
        `${where} has an invalid value${broken ? `: it ${broken}` : ""}.${hint || ` It must match ${String(params.pattern)}.`}`,
        path
      );
    }
    case "uniqueItems": {
      const later = Math.max(Number(params.i), Number(params.j));
      return source.diagnostic(
        RULES.schema,
        // Ajv reports 0-based indexes in either order; people count from 1 and look for the copy to delete.
        `${where} lists the same item twice (items ${Math.min(Number(params.i), Number(params.j)) + 1} and ${later + 1}); remove the second.`,
        [...path, later]
      );
    }
    case "minItems":
      return source.diagnostic(
        RULES.schema,
        `${where} must list at least ${Number(params.limit) === 1 ? "one item" : `${String(params.limit)} items`}.`,
        path
      );
    case "minLength":
    case "maxLength":
      return source.diagnostic(RULES.schema, `${where} ${error.message ?? "has an invalid length"}.${hint}`, path);
    default:
      return source.diagnostic(RULES.schema, `${where} ${error.message ?? "is invalid"}.${hint}`, path);
  }
}
function article(type) {
  return type.split(",").map((t) => /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`).join(" or ");
}
function quoteHint(source, path, expected) {
  if (expected !== "string") return "";
  const node = source.document.getIn(path, true);
  if (!(0, import_yaml5.isScalar)(node) || typeof node.value !== "number" && typeof node.value !== "boolean") return "";
  return " Put it in quotes, so YAML reads it as text.";
}
function typeOfValue(source, path) {
  const found = source.document.getIn(path, true);
  const node = (0, import_yaml5.isAlias)(found) ? found.resolve(source.document) : found;
  if ((0, import_yaml5.isSeq)(node)) return "a list";
  if ((0, import_yaml5.isMap)(node)) return "a mapping";
  const value = (0, import_yaml5.isScalar)(node) ? node.value : void 0;
  if (value === null || value === void 0) return "nothing";
  if (path.includes("parameters")) return `a ${typeof value}`;
  const range = (0, import_yaml5.isScalar)(node) ? node.range : void 0;
  return `${typeof value} ${typeof value === "string" || !range ? JSON.stringify(value) : source.text.slice(range[0], range[1])}`;
}
function accountNameProblem(name) {
  const outside = [...name].find((character) => !/^[ -~]$/.test(character));
  if (outside !== void 0)
    return `has ${JSON.stringify(outside)} (U+${outside.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}), which is not printable ASCII`;
  const bracket = [...name].find((character) => character === "<" || character === ">");
  if (bracket !== void 0)
    return `has '${bracket}', which PutAccountName refuses, so vend could never rename the account to it or back`;
  const length = [...name].length;
  return length > 50 ? `is ${length} characters long, over 50` : length === 0 ? "is empty" : void 0;
}
function emailProblem(email) {
  const problem = createAccountEmailProblem(email);
  if (problem) return problem;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  return domain.split(".").some((label) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label)) ? "has a domain part between dots that is empty, or begins or ends with -" : void 0;
}

// src/config/repository.ts
var ORGANIZATION_FILE = "baselines/organization.yaml";
var ACCOUNTS_DIR = "accounts";
var BASELINES_DIR = "baselines";
function readRepository(root) {
  root = realPathOf(root) ?? root;
  const diagnostics = [];
  const repository = {
    organizationalUnits: [],
    accounts: [],
    accountsFailingSchema: [],
    scps: /* @__PURE__ */ new Map(),
    templates: /* @__PURE__ */ new Map(),
    filesRead: []
  };
  const organization2 = readDocument(
    root,
    ORGANIZATION_FILE,
    "organization",
    repository,
    diagnostics
  );
  if (organization2) {
    repository.organization = organization2;
    repository.organizationalUnits = flattenOrganizationalUnits(organization2.value.organizationalUnits);
    readScps(root, organization2, repository, diagnostics);
    readTemplates(root, organization2, repository, diagnostics);
  }
  for (const file of listAccountFiles(root, diagnostics)) {
    const account2 = readDocument(
      root,
      file,
      "account",
      repository,
      diagnostics,
      (failing) => repository.accountsFailingSchema?.push(failing)
    );
    if (account2) repository.accounts.push(account2);
  }
  return { repository, diagnostics };
}
function listAccountFiles(root, diagnostics) {
  if (linkOnPath(root, ACCOUNTS_DIR) !== void 0) {
    diagnostics.push(layoutError(ACCOUNTS_DIR, throughLink(`'${ACCOUNTS_DIR}'`, ACCOUNTS_DIR)));
    return [];
  }
  let entries;
  try {
    entries = readdirSync(join(root, ACCOUNTS_DIR), { withFileTypes: true });
  } catch (error) {
    const notDirectory = error.code === "ENOTDIR";
    diagnostics.push(
      layoutError(
        ACCOUNTS_DIR,
        notDirectory ? `'${ACCOUNTS_DIR}' is a file, not a directory; replace it with a directory holding one <name>.yaml manifest per account.` : `directory '${ACCOUNTS_DIR}/' is missing; create it with one <name>.yaml manifest per account.`
      )
    );
    return [];
  }
  const manifests = [];
  for (const entry of entries) {
    const file = `${ACCOUNTS_DIR}/${entry.name}`;
    if (entry.isDirectory()) diagnostics.push(...misplacedManifests(root, file));
    else if (entry.name.endsWith(".yaml")) manifests.push(file);
    else if (entry.isSymbolicLink()) diagnostics.push(layoutError(file, throughLink(`'${file}'`, file)));
    else if (looksLikeManifest(entry.name)) diagnostics.push(misplacedManifest(file));
  }
  return manifests.sort();
}
var looksLikeManifest = (name) => /\.ya?ml$/i.test(name);
function misplacedManifests(root, directory) {
  let entries;
  try {
    entries = readdirSync(join(root, directory), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return misplacedManifests(root, file);
    if (entry.isSymbolicLink()) return [layoutError(file, throughLink(`'${file}'`, file))];
    return looksLikeManifest(entry.name) ? [misplacedManifest(file)] : [];
  });
}
function misplacedManifest(file) {
  const name = basename(file).replace(/\.ya?ml$/i, "");
  return layoutError(
    file,
    `'${file}' is not read, so the account it describes would not be managed: vend reads account manifests only as ${ACCOUNTS_DIR}/<name>.yaml, directly in ${ACCOUNTS_DIR}/ and with a lower-case .yaml extension. Move it to ${ACCOUNTS_DIR}/${name}.yaml, or delete it.`
  );
}
function readDocument(root, file, schema, repository, diagnostics, failingSchema) {
  const read = readBytes(root, file, repository.filesRead);
  if (!("bytes" in read)) {
    diagnostics.push(
      layoutError(
        file,
        read.refused ?? (read.directory ? `'${file}' is a directory; vend reads it as a file, so replace the directory with the file.` : `'${file}' is missing; vend needs it to know the organization. See the README for its format.`)
      )
    );
    return void 0;
  }
  const parsed = parseRepositoryFile(file, read.bytes);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.source) return void 0;
  const value = parsed.source.document.toJS();
  const schemaErrors = checkSchema(schema, parsed.source, value);
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length === 0) return { source: parsed.source, value };
  failingSchema?.({ source: parsed.source, value });
  return void 0;
}
function readScps(root, organization2, repository, diagnostics) {
  for (const [name, entry] of Object.entries(organization2.value.scps ?? {})) {
    const file = referencedFile(organization2, entry.file, ["scps", name, "file"], diagnostics);
    if (!file) continue;
    const parsed = parseReferencedFile(
      root,
      file,
      organization2,
      ["scps", name, "file"],
      repository,
      diagnostics,
      false
    );
    if (!parsed) continue;
    repository.scps.set(name, {
      name,
      description: entry.description ?? "",
      file,
      source: parsed,
      document: parsed.document.toJS()
    });
  }
}
function readTemplates(root, organization2, repository, diagnostics) {
  for (const [baseline, entry] of Object.entries(organization2.value.baselines ?? {})) {
    const yamlPath = ["baselines", baseline, "template"];
    const file = referencedFile(organization2, entry.template, yamlPath, diagnostics);
    if (!file) continue;
    const parsed = parseReferencedFile(root, file, organization2, yamlPath, repository, diagnostics, true);
    if (!parsed) continue;
    repository.templates.set(baseline, {
      baseline,
      file,
      body: parsed.text,
      source: parsed,
      template: templateToJson(parsed.document)
    });
  }
}
function referencedFile(organization2, reference, yamlPath, diagnostics) {
  const file = normalize(join(BASELINES_DIR, reference)).split(sep).join("/");
  if (isAbsolute(reference) || !file.startsWith(`${BASELINES_DIR}/`)) {
    diagnostics.push(
      organization2.source.diagnostic(
        RULES.fileReference,
        `'${reference}' points outside ${BASELINES_DIR}/; use a path relative to ${BASELINES_DIR}/.`,
        yamlPath
      )
    );
    return void 0;
  }
  return file;
}
function parseReferencedFile(root, file, organization2, yamlPath, repository, diagnostics, isTemplate) {
  const read = readBytes(root, file, repository.filesRead);
  if (!("bytes" in read)) {
    diagnostics.push(
      organization2.source.diagnostic(
        RULES.fileReference,
        read.refused ?? (read.directory ? `'${file}' is a directory, not a file; point ${yamlPath.at(-1)} at the file itself (such as one inside it).` : `file '${file}' does not exist; create it or fix the path.`),
        yamlPath
      )
    );
    return void 0;
  }
  const parsed = parseRepositoryFile(file, read.bytes, { allowCustomTags: isTemplate, json: !isTemplate });
  for (const diagnostic of parsed.diagnostics) {
    diagnostics.push(
      isTemplate && diagnostic.rule === RULES.yamlSyntax ? { ...diagnostic, rule: RULES.templateParse, message: `template does not parse: ${diagnostic.message}` } : !isTemplate && diagnostic.rule === RULES.yamlSyntax ? { ...diagnostic, rule: RULES.scpSyntax } : !isTemplate && diagnostic.rule === RULES.yamlDuplicateKey ? {
        ...diagnostic,
        rule: RULES.scpSyntax,
        message: `${duplicateKeyAt(read.bytes, diagnostic) ?? "a key"} appears twice in one JSON object; which of the two a reader takes is up to the reader, so the policy means what nobody reviewed. Remove or rename one of them.`
      } : diagnostic
    );
  }
  return parsed.source;
}
function readBytes(root, file, filesRead) {
  const path = join(root, file);
  const link = linkOnPath(root, file);
  if (link !== void 0) return { refused: throughLink(`'${file}'`, link) };
  try {
    const stats = lstatSync(path);
    if (stats.isDirectory()) return { directory: true };
    if (!stats.isFile())
      return {
        refused: `'${file}' is not a regular file (a pipe, socket or device); vend reads only files, so replace it with one.`
      };
    const bytes = readFileSync(path);
    filesRead.push(file);
    return { bytes };
  } catch {
    return {};
  }
}
function linkOnPath(root, file) {
  const parts = file.split("/");
  for (let index = 1; index <= parts.length; index++) {
    const prefix = parts.slice(0, index).join("/");
    const stats = lstatSync(join(root, prefix), { throwIfNoEntry: false });
    if (!stats) return void 0;
    if (stats.isSymbolicLink()) return prefix;
    if (index < parts.length && !stats.isDirectory()) return void 0;
  }
  return void 0;
}
function throughLink(what, link) {
  return link === what.slice(1, -1) ? `${what} is a symbolic link; vend reads only files and directories committed as themselves, so commit the real one.` : `${what} is reached through the symbolic link '${link}'; vend reads only directories committed as themselves, since edits behind a link land under paths that CODEOWNERS and the plan workflow do not watch. Replace the link with the real directory.`;
}
function realPathOf(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}
function layoutError(file, message) {
  return { file, line: 1, column: 1, rule: RULES.repositoryLayout, severity: "error", message };
}
function readRepositoryBytes(root, file) {
  const read = readBytes(realPathOf(root) ?? root, file, []);
  if ("bytes" in read) return { bytes: read.bytes };
  return read.refused ? { refused: read.refused } : {};
}
function duplicateKeyAt(bytes, at) {
  const line = new TextDecoder().decode(bytes).split("\n")[at.line - 1] ?? "";
  return /^"(?:[^"\\]|\\.)*"/.exec(line.slice(at.column - 1))?.[0];
}

// src/name-lists.ts
function countOf(count, singular, plural = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
var LISTED_NAMES = 8;
function listNames(names, max = LISTED_NAMES) {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0];
  if (names.length <= max + 1) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(", ")} and ${formatCount(names.length - max)} more`;
}

// src/plan/declarations.ts
function declarationOf(target, desired, ...key) {
  const [kind, ...rest] = target.split(":");
  const name = rest.join(":");
  if (target === "root") return { file: ORGANIZATION_FILE, path: ["root", ...key] };
  if (kind === "ou")
    return {
      file: ORGANIZATION_FILE,
      path: [...name.split("/").flatMap((part) => ["organizationalUnits", part]), ...key]
    };
  if (kind === "account") {
    const file = desired.accounts.find((account2) => account2.name === name)?.file ?? `accounts/${name}.yaml`;
    return { file, path: key.length > 0 ? key : ["name"] };
  }
  if (kind === "scp") return { file: ORGANIZATION_FILE, path: ["scps", name, ...key] };
  if (kind === "stackset") {
    const prefix = desired.organization.stackSets.namePrefix;
    const baseline = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    return { file: ORGANIZATION_FILE, path: ["baselines", baseline, ...key] };
  }
  return { file: ORGANIZATION_FILE, path: ["stackSets", ...key] };
}
function problemPlace(problem) {
  const place = problem.file === void 0 ? "" : [problem.file, problem.line, problem.column].filter(Boolean).join(":");
  return [place, problem.rule ? `[${problem.rule}]` : ""].filter(Boolean).join(" ");
}

// src/config/desired-state.ts
var DEFAULT_STACK_SET_EXECUTION_ROLE = "AWSCloudFormationStackSetExecutionRole";
var DEFAULT_ACCOUNT_ACCESS_ROLE = "OrganizationAccountAccessRole";
function accountAccessRoleName(settings) {
  if (settings.permissionModel === "SERVICE_MANAGED") return DEFAULT_ACCOUNT_ACCESS_ROLE;
  return settings.executionRoleName ?? DEFAULT_STACK_SET_EXECUTION_ROLE;
}
var MANAGED_BY_TAG = { key: "ManagedBy", value: "vend" };
var OWNER_UNASSIGNED = "vend:unassigned";
var PARAMETER_OVERRIDES_TAG = "vend:parameter-overrides";
var VEND_TAG_PREFIX = "vend:";
function recordedParameterOverrides(tags) {
  return (tags?.[PARAMETER_OVERRIDES_TAG] ?? "").split(" ").filter(Boolean);
}
function declaredParameterOverrides(account2) {
  return account2.baselines.filter((baseline) => Object.keys(account2.parameters[baseline] ?? {}).length > 0).sort();
}
function recordChanges(account2, tags) {
  const recorded = [...new Set(recordedParameterOverrides(tags))].sort();
  return recorded.join(" ") !== declaredParameterOverrides(account2).join(" ");
}
var FULL_AWS_ACCESS_POLICY_NAME = "FullAWSAccess";

export {
  RULES,
  WAIVABLE_RULES,
  compareDiagnostics,
  require_dist,
  templateToJson,
  resourcesOf,
  isCloudFormationTemplate,
  usesMacros,
  parametersOf,
  parameterNamesOf,
  parametersWithoutDefaultOf,
  isIntrinsic,
  parameterDefaults,
  resolveString,
  isListParameterType,
  flattenOrganizationalUnits,
  QUOTAS,
  effectiveQuotas,
  accountClosureLimit,
  formatCount,
  limitPhrase,
  isForbiddenKey,
  parseRepositoryFile,
  LONE_SURROGATE,
  ORGANIZATIONS_TAG_KEY,
  ORGANIZATIONS_TAG_VALUE,
  POLICY_DESCRIPTION,
  EXCLUSIVE_OPERATION_PREFERENCES,
  TEMPLATE_PARAMETER_DESCRIPTION,
  TEMPLATE_OUTPUT_DESCRIPTION,
  lengthIn,
  lengthProblem,
  refusedCharacters,
  describeCharacter,
  ACCOUNT_NAME,
  ACCOUNT_NAME_IN_AWS,
  ACCOUNT_NAME_MAX_LENGTH,
  CATALOGUE_NAME,
  SCP_NAME,
  ORGANIZATIONAL_UNIT_NAME,
  organizationalUnitNameProblem,
  ORGANIZATIONAL_UNIT_NAME_RULE,
  isDeclarableOrganizationalUnitName,
  checkSchema,
  ORGANIZATION_FILE,
  ACCOUNTS_DIR,
  readRepository,
  readRepositoryBytes,
  countOf,
  LISTED_NAMES,
  listNames,
  declarationOf,
  problemPlace,
  DEFAULT_STACK_SET_EXECUTION_ROLE,
  DEFAULT_ACCOUNT_ACCESS_ROLE,
  accountAccessRoleName,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX,
  recordedParameterOverrides,
  declaredParameterOverrides,
  recordChanges,
  FULL_AWS_ACCESS_POLICY_NAME
};
