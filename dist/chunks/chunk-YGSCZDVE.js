import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  hostAllowed,
  loadVerifiers
} from "./chunk-QGFSZZQT.js";
import {
  parseRetryAfter
} from "./chunk-SYH7AL26.js";
import {
  verificationRank
} from "./chunk-B4DN4HVJ.js";
import {
  readStateFile,
  replaceStateFile
} from "./chunk-Z2QTASWP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-WF6X2IZB.js";

// node_modules/aws4/lru.js
var require_lru = __commonJS({
  "node_modules/aws4/lru.js"(exports, module) {
    module.exports = function(size) {
      return new LruCache(size);
    };
    function LruCache(size) {
      this.capacity = size | 0;
      this.map = /* @__PURE__ */ Object.create(null);
      this.list = new DoublyLinkedList();
    }
    LruCache.prototype.get = function(key) {
      var node = this.map[key];
      if (node == null) return void 0;
      this.used(node);
      return node.val;
    };
    LruCache.prototype.set = function(key, val) {
      var node = this.map[key];
      if (node != null) {
        node.val = val;
      } else {
        if (!this.capacity) this.prune();
        if (!this.capacity) return false;
        node = new DoublyLinkedNode(key, val);
        this.map[key] = node;
        this.capacity--;
      }
      this.used(node);
      return true;
    };
    LruCache.prototype.used = function(node) {
      this.list.moveToFront(node);
    };
    LruCache.prototype.prune = function() {
      var node = this.list.pop();
      if (node != null) {
        delete this.map[node.key];
        this.capacity++;
      }
    };
    function DoublyLinkedList() {
      this.firstNode = null;
      this.lastNode = null;
    }
    DoublyLinkedList.prototype.moveToFront = function(node) {
      if (this.firstNode == node) return;
      this.remove(node);
      if (this.firstNode == null) {
        this.firstNode = node;
        this.lastNode = node;
        node.prev = null;
        node.next = null;
      } else {
        node.prev = null;
        node.next = this.firstNode;
        node.next.prev = node;
        this.firstNode = node;
      }
    };
    DoublyLinkedList.prototype.pop = function() {
      var lastNode = this.lastNode;
      if (lastNode != null) {
        this.remove(lastNode);
      }
      return lastNode;
    };
    DoublyLinkedList.prototype.remove = function(node) {
      if (this.firstNode == node) {
        this.firstNode = node.next;
      } else if (node.prev != null) {
        node.prev.next = node.next;
      }
      if (this.lastNode == node) {
        this.lastNode = node.prev;
      } else if (node.next != null) {
        node.next.prev = node.prev;
      }
    };
    function DoublyLinkedNode(key, val) {
      this.key = key;
      this.val = val;
      this.prev = null;
      this.next = null;
    }
  }
});

// node_modules/aws4/aws4.js
var require_aws4 = __commonJS({
  "node_modules/aws4/aws4.js"(exports) {
    var aws42 = exports;
    var url = __require("url");
    var querystring = __require("querystring");
    var crypto = __require("crypto");
    var lru = require_lru();
    var credentialsCache = lru(1e3);
    function hmac(key, string, encoding) {
      return crypto.createHmac("sha256", key).update(string, "utf8").digest(encoding);
    }
    function hash(string, encoding) {
      return crypto.createHash("sha256").update(string, "utf8").digest(encoding);
    }
    function encodeRfc3986(urlEncodedString) {
      return urlEncodedString.replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    function encodeRfc3986Full(str) {
      return encodeRfc3986(encodeURIComponent(str));
    }
    var HEADERS_TO_IGNORE = {
      "authorization": true,
      "connection": true,
      "x-amzn-trace-id": true,
      "user-agent": true,
      "expect": true,
      "presigned-expires": true,
      "range": true
    };
    function RequestSigner(request, credentials) {
      if (typeof request === "string") request = url.parse(request);
      var headers = request.headers = Object.assign({}, request.headers || {}), hostParts = (!this.service || !this.region) && this.matchHost(request.hostname || request.host || headers.Host || headers.host);
      this.request = request;
      this.credentials = credentials || this.defaultCredentials();
      this.service = request.service || hostParts[0] || "";
      this.region = request.region || hostParts[1] || "us-east-1";
      if (this.service === "email") this.service = "ses";
      if (!request.method && request.body)
        request.method = "POST";
      if (!headers.Host && !headers.host) {
        headers.Host = request.hostname || request.host || this.createHost();
        if (request.port)
          headers.Host += ":" + request.port;
      }
      if (!request.hostname && !request.host)
        request.hostname = headers.Host || headers.host;
      this.isCodeCommitGit = this.service === "codecommit" && request.method === "GIT";
      this.extraHeadersToIgnore = request.extraHeadersToIgnore || /* @__PURE__ */ Object.create(null);
      this.extraHeadersToInclude = request.extraHeadersToInclude || /* @__PURE__ */ Object.create(null);
    }
    RequestSigner.prototype.matchHost = function(host) {
      var match = (host || "").match(/([^\.]{1,63})\.(?:([^\.]{0,63})\.)?amazonaws\.com(\.cn)?$/);
      var hostParts = (match || []).slice(1, 3);
      if (hostParts[1] === "es" || hostParts[1] === "aoss")
        hostParts = hostParts.reverse();
      if (hostParts[1] == "s3") {
        hostParts[0] = "s3";
        hostParts[1] = "us-east-1";
      } else {
        for (var i = 0; i < 2; i++) {
          if (/^s3-/.test(hostParts[i])) {
            hostParts[1] = hostParts[i].slice(3);
            hostParts[0] = "s3";
            break;
          }
        }
      }
      return hostParts;
    };
    RequestSigner.prototype.isSingleRegion = function() {
      if (["s3", "sdb"].indexOf(this.service) >= 0 && this.region === "us-east-1") return true;
      return ["cloudfront", "ls", "route53", "iam", "importexport", "sts"].indexOf(this.service) >= 0;
    };
    RequestSigner.prototype.createHost = function() {
      var region = this.isSingleRegion() ? "" : "." + this.region, subdomain = this.service === "ses" ? "email" : this.service;
      return subdomain + region + ".amazonaws.com";
    };
    RequestSigner.prototype.prepareRequest = function() {
      this.parsePath();
      var request = this.request, headers = request.headers, query;
      if (request.signQuery) {
        this.parsedPath.query = query = this.parsedPath.query || {};
        if (this.credentials.sessionToken)
          query["X-Amz-Security-Token"] = this.credentials.sessionToken;
        if (this.service === "s3" && !query["X-Amz-Expires"])
          query["X-Amz-Expires"] = 86400;
        if (query["X-Amz-Date"])
          this.datetime = query["X-Amz-Date"];
        else
          query["X-Amz-Date"] = this.getDateTime();
        query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256";
        query["X-Amz-Credential"] = this.credentials.accessKeyId + "/" + this.credentialString();
        query["X-Amz-SignedHeaders"] = this.signedHeaders();
      } else {
        if (!request.doNotModifyHeaders && !this.isCodeCommitGit) {
          if (request.body && !headers["Content-Type"] && !headers["content-type"])
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
          if (request.body && !headers["Content-Length"] && !headers["content-length"])
            headers["Content-Length"] = Buffer.byteLength(request.body);
          if (this.credentials.sessionToken && !headers["X-Amz-Security-Token"] && !headers["x-amz-security-token"])
            headers["X-Amz-Security-Token"] = this.credentials.sessionToken;
          if (this.service === "s3" && !headers["X-Amz-Content-Sha256"] && !headers["x-amz-content-sha256"])
            headers["X-Amz-Content-Sha256"] = hash(this.request.body || "", "hex");
          if (headers["X-Amz-Date"] || headers["x-amz-date"])
            this.datetime = headers["X-Amz-Date"] || headers["x-amz-date"];
          else
            headers["X-Amz-Date"] = this.getDateTime();
        }
        delete headers.Authorization;
        delete headers.authorization;
      }
    };
    RequestSigner.prototype.sign = function() {
      if (!this.parsedPath) this.prepareRequest();
      if (this.request.signQuery) {
        this.parsedPath.query["X-Amz-Signature"] = this.signature();
      } else {
        this.request.headers.Authorization = this.authHeader();
      }
      this.request.path = this.formatPath();
      return this.request;
    };
    RequestSigner.prototype.getDateTime = function() {
      if (!this.datetime) {
        var headers = this.request.headers, date = new Date(headers.Date || headers.date || /* @__PURE__ */ new Date());
        this.datetime = date.toISOString().replace(/[:\-]|\.\d{3}/g, "");
        if (this.isCodeCommitGit) this.datetime = this.datetime.slice(0, -1);
      }
      return this.datetime;
    };
    RequestSigner.prototype.getDate = function() {
      return this.getDateTime().substr(0, 8);
    };
    RequestSigner.prototype.authHeader = function() {
      return [
        "AWS4-HMAC-SHA256 Credential=" + this.credentials.accessKeyId + "/" + this.credentialString(),
        "SignedHeaders=" + this.signedHeaders(),
        "Signature=" + this.signature()
      ].join(", ");
    };
    RequestSigner.prototype.signature = function() {
      var date = this.getDate(), cacheKey2 = [this.credentials.secretAccessKey, date, this.region, this.service].join(), kDate, kRegion, kService, kCredentials = credentialsCache.get(cacheKey2);
      if (!kCredentials) {
        kDate = hmac("AWS4" + this.credentials.secretAccessKey, date);
        kRegion = hmac(kDate, this.region);
        kService = hmac(kRegion, this.service);
        kCredentials = hmac(kService, "aws4_request");
        credentialsCache.set(cacheKey2, kCredentials);
      }
      return hmac(kCredentials, this.stringToSign(), "hex");
    };
    RequestSigner.prototype.stringToSign = function() {
      return [
        "AWS4-HMAC-SHA256",
        this.getDateTime(),
        this.credentialString(),
        hash(this.canonicalString(), "hex")
      ].join("\n");
    };
    RequestSigner.prototype.canonicalString = function() {
      if (!this.parsedPath) this.prepareRequest();
      var pathStr = this.parsedPath.path, query = this.parsedPath.query, headers = this.request.headers, queryStr = "", normalizePath = this.service !== "s3", decodePath = this.service === "s3" || this.request.doNotEncodePath, decodeSlashesInPath = this.service === "s3", firstValOnly = this.service === "s3", bodyHash;
      if (this.service === "s3" && this.request.signQuery) {
        bodyHash = "UNSIGNED-PAYLOAD";
      } else if (this.isCodeCommitGit) {
        bodyHash = "";
      } else {
        bodyHash = headers["X-Amz-Content-Sha256"] || headers["x-amz-content-sha256"] || hash(this.request.body || "", "hex");
      }
      if (query) {
        var reducedQuery = Object.keys(query).reduce(function(obj, key) {
          if (!key) return obj;
          obj[encodeRfc3986Full(key)] = !Array.isArray(query[key]) ? query[key] : firstValOnly ? query[key][0] : query[key];
          return obj;
        }, {});
        var encodedQueryPieces = [];
        Object.keys(reducedQuery).sort().forEach(function(key) {
          if (!Array.isArray(reducedQuery[key])) {
            encodedQueryPieces.push(key + "=" + encodeRfc3986Full(reducedQuery[key]));
          } else {
            reducedQuery[key].map(encodeRfc3986Full).sort().forEach(function(val) {
              encodedQueryPieces.push(key + "=" + val);
            });
          }
        });
        queryStr = encodedQueryPieces.join("&");
      }
      if (pathStr !== "/") {
        if (normalizePath) pathStr = pathStr.replace(/\/{2,}/g, "/");
        pathStr = pathStr.split("/").reduce(function(path, piece) {
          if (normalizePath && piece === "..") {
            path.pop();
          } else if (!normalizePath || piece !== ".") {
            if (decodePath) piece = decodeURIComponent(piece.replace(/\+/g, " "));
            path.push(encodeRfc3986Full(piece));
          }
          return path;
        }, []).join("/");
        if (pathStr[0] !== "/") pathStr = "/" + pathStr;
        if (decodeSlashesInPath) pathStr = pathStr.replace(/%2F/g, "/");
      }
      return [
        this.request.method || "GET",
        pathStr,
        queryStr,
        this.canonicalHeaders() + "\n",
        this.signedHeaders(),
        bodyHash
      ].join("\n");
    };
    RequestSigner.prototype.filterHeaders = function() {
      var headers = this.request.headers, extraHeadersToInclude = this.extraHeadersToInclude, extraHeadersToIgnore = this.extraHeadersToIgnore;
      this.filteredHeaders = Object.keys(headers).map(function(key) {
        return [key.toLowerCase(), headers[key]];
      }).filter(function(entry) {
        return extraHeadersToInclude[entry[0]] || HEADERS_TO_IGNORE[entry[0]] == null && !extraHeadersToIgnore[entry[0]];
      }).sort(function(a, b) {
        return a[0] < b[0] ? -1 : 1;
      });
    };
    RequestSigner.prototype.canonicalHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0] + ":" + entry[1].toString().trim().replace(/\s+/g, " ");
      }).join("\n");
    };
    RequestSigner.prototype.signedHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0];
      }).join(";");
    };
    RequestSigner.prototype.credentialString = function() {
      return [
        this.getDate(),
        this.region,
        this.service,
        "aws4_request"
      ].join("/");
    };
    RequestSigner.prototype.defaultCredentials = function() {
      var env = process.env;
      return {
        accessKeyId: env.AWS_ACCESS_KEY_ID || env.AWS_ACCESS_KEY,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY || env.AWS_SECRET_KEY,
        sessionToken: env.AWS_SESSION_TOKEN
      };
    };
    RequestSigner.prototype.parsePath = function() {
      var path = this.request.path || "/";
      if (/[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]/.test(path)) {
        path = encodeURI(decodeURI(path));
      }
      var queryIx = path.indexOf("?"), query = null;
      if (queryIx >= 0) {
        query = querystring.parse(path.slice(queryIx + 1));
        path = path.slice(0, queryIx);
      }
      this.parsedPath = {
        path,
        query
      };
    };
    RequestSigner.prototype.formatPath = function() {
      var path = this.parsedPath.path, query = this.parsedPath.query;
      if (!query) return path;
      if (query[""] != null) delete query[""];
      return path + "?" + encodeRfc3986(querystring.stringify(query));
    };
    aws42.RequestSigner = RequestSigner;
    aws42.sign = function(request, credentials) {
      return new RequestSigner(request, credentials).sign();
    };
  }
});

// src/verify/verify-findings.ts
import { createHash } from "node:crypto";

// src/verify/canary.ts
var AWS_CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
  "052310077262",
  "171436882533",
  "266735846894",
  "534261010715",
  "595918472158",
  "717712589309",
  "729780141977",
  "730335385048",
  "819147034852",
  "992382622183"
]);
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function awsAccountOfKeyId(keyId) {
  if (!/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(keyId)) return void 0;
  let bits = 0n;
  for (const char of keyId.slice(4, 14)) bits = bits << 5n | BigInt(BASE32.indexOf(char));
  const first48 = bits >> 2n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
function canaryReason(secret, id) {
  for (const value of [id, secret]) {
    const account = value ? awsAccountOfKeyId(value) : void 0;
    if (account && AWS_CANARY_ACCOUNTS.has(account))
      return `AWS account ${account} issues canary tokens (canarytokens.org): not called, so its alarm stays quiet`;
  }
  return void 0;
}

// src/verify/classify.ts
function jsonAt(value, path) {
  let current = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return void 0;
    current = Array.isArray(current) ? current[Number(part)] : current[part];
  }
  return current;
}
function matches(matcher, response, json) {
  if (!matcher.status.includes(response.status)) return false;
  if (matcher.body_includes && !matcher.body_includes.every((text) => response.body.includes(text))) return false;
  if (matcher.json) {
    const parsed = json();
    if (parsed === void 0) return false;
    for (const [path, expected] of Object.entries(matcher.json)) if (jsonAt(parsed, path) !== expected) return false;
  }
  return true;
}
function classifyResponse(definition, host, response) {
  const from = `${response.status} from ${host}`;
  if (response.status >= 300 && response.status < 400) {
    let target = "an unreadable location";
    try {
      const location = new URL(String(response.headers.location ?? ""), `https://${host}/`);
      target = location.hostname === host ? `${host} (same host)` : `another host, ${location.hostname}`;
    } catch {
    }
    return { state: "unknown", reason: `${from}: redirect to ${target}, not followed` };
  }
  if (response.status === 429) return { state: "unknown", reason: `${from}: rate limited` };
  if (response.status >= 500) return { state: "unknown", reason: `${from}: server error` };
  if (response.truncated) return { state: "unknown", reason: `${from}: an answer over 64 KB, not a key check's` };
  const type = String(response.headers["content-type"] ?? "");
  if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(response.body))
    return { state: "unknown", reason: `${from}: an HTML page, not the vendor's API answer (a WAF or proxy?)` };
  let parsed;
  let parsedOnce = false;
  const json = () => {
    if (!parsedOnce) {
      parsedOnce = true;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        parsed = void 0;
      }
    }
    return parsed;
  };
  for (const kind of ["live", "invalid"]) {
    const matcher = definition[kind].find((candidate) => matches(candidate, response, json));
    if (matcher) return { state: kind, reason: `${from}: ${matcher.reason}` };
  }
  return { state: "unknown", reason: `${from}: not an answer this verifier recognises` };
}

// src/verify/disk-cache.ts
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
var WHAT = "verification cache";
var KEY_WHAT = "verification cache key";
var DiskCache = class {
  constructor(directory, ttlMs) {
    this.ttlMs = ttlMs;
    this.#file = join(directory, "verify-cache.json");
    this.#hmacKey = cacheKey(join(directory, "verify-cache.key"));
    let entries = {};
    try {
      const parsed = JSON.parse(readStateFile(this.#file, WHAT) ?? "{}");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        entries = parsed;
    } catch {
    }
    this.#entries = entries;
  }
  ttlMs;
  #file;
  #hmacKey;
  #entries;
  #changed = false;
  /** `key` is the run's hash of verifier and credential; what is stored is its HMAC under this user's key. */
  get(key, now = Date.now()) {
    const entry = this.#entries[this.#stored(key)];
    if (!entry || entry.state !== "live" && entry.state !== "invalid") return void 0;
    const age = now - Date.parse(entry.checkedAt);
    return age >= 0 && age < this.ttlMs ? entry : void 0;
  }
  set(key, verification) {
    if (verification.state === "unknown") return;
    this.#entries[this.#stored(key)] = verification;
    this.#changed = true;
  }
  #stored(key) {
    return createHmac("sha256", this.#hmacKey).update(key).digest("hex");
  }
  save(now = Date.now()) {
    if (!this.#changed) return;
    for (const [key, entry] of Object.entries(this.#entries))
      if (now - Date.parse(entry.checkedAt) >= this.ttlMs) delete this.#entries[key];
    mkdirSync(join(this.#file, ".."), { recursive: true, mode: 448 });
    replaceStateFile(this.#file, `${JSON.stringify(this.#entries)}
`, WHAT);
  }
};
function cacheKey(file) {
  try {
    const stored = readStateFile(file, KEY_WHAT)?.trim();
    if (stored && /^[0-9a-f]{64}$/.test(stored)) return Buffer.from(stored, "hex");
  } catch {
  }
  const key = randomBytes(32);
  try {
    mkdirSync(join(file, ".."), { recursive: true, mode: 448 });
    replaceStateFile(file, `${key.toString("hex")}
`, KEY_WHAT);
  } catch {
  }
  return key;
}

// src/verify/host-limiter.ts
var HostPaused = class extends Error {
  constructor(waitMs) {
    super(`asked to wait ${Math.ceil(waitMs / 1e3)}s (Retry-After)`);
    this.waitMs = waitMs;
  }
  waitMs;
};
var HostLimiter = class {
  constructor(concurrency, intervalMs) {
    this.concurrency = concurrency;
    this.intervalMs = intervalMs;
  }
  concurrency;
  intervalMs;
  #hosts = /* @__PURE__ */ new Map();
  #host(host) {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }
  /** When the host may next be called (ms since epoch). */
  pausedUntil(host) {
    return this.#host(host).nextStart;
  }
  /** Retry-After: no request to `host` starts before `until`. */
  pause(host, until) {
    const state = this.#host(host);
    state.nextStart = Math.max(state.nextStart, until);
  }
  /**
   * Runs `task` when the host's turn comes; throws HostPaused instead of waiting longer than `maxWaitMs` (a
   * Retry-After that arrived while this task was queued).
   */
  async run(host, maxWaitMs, task) {
    const state = this.#host(host);
    while (state.active >= this.concurrency) await new Promise((resolve) => state.waiting.push(resolve));
    state.active++;
    try {
      for (; ; ) {
        const wait = state.nextStart - Date.now();
        if (wait <= 0) break;
        if (wait > maxWaitMs) throw new HostPaused(wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      state.nextStart = Date.now() + this.intervalMs;
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }
};

// src/verify/plan-request.ts
var import_aws4 = __toESM(require_aws4(), 1);
var URL_SAFE = /^[A-Za-z0-9._~:-]+$/;
var HEADER_SAFE = /^[\x21-\x7e ]+$/;
function planRequest(definition, input) {
  const values = { secret: input.secret };
  if (input.id !== void 0) values.id = input.id;
  for (const [name, pattern] of Object.entries(definition.extract ?? {})) {
    const value = new RegExp(pattern).exec(input.secret)?.groups?.value;
    if (value === void 0) return { refused: `the key has no ${name} part` };
    values[name] = value;
  }
  for (const value of Object.values(values))
    if (!HEADER_SAFE.test(value)) return { refused: "the key has characters no request can carry" };
  const missing = /* @__PURE__ */ new Set();
  const fill = (template, inUrl) => template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    const value = values[name];
    if (value === void 0) {
      missing.add(name);
      return "";
    }
    if (inUrl && !URL_SAFE.test(value)) missing.add(`${name} (not URL-safe)`);
    return value;
  });
  let url;
  try {
    url = new URL(fill(definition.request.url, true));
  } catch {
    return { refused: "the request URL does not parse" };
  }
  if (url.protocol !== "https:" || !hostAllowed(url.hostname, definition.hosts))
    return { refused: `${url.hostname} is not one of the vendor's hosts (${definition.hosts.join(", ")})` };
  if (input.endpoint) {
    url.protocol = input.endpoint.protocol;
    url.host = input.endpoint.host;
    const base = input.endpoint.pathname.replace(/\/$/, "");
    if (base) url.pathname = `${base}${url.pathname}`;
  }
  const headers = {
    "user-agent": "leakscan-verify (+read-only key check)",
    accept: "application/json"
  };
  for (const [name, template] of Object.entries(definition.request.headers ?? {}))
    headers[name.toLowerCase()] = fill(template, false);
  const auth = definition.request.basic_auth;
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${fill(auth.username, false)}:${fill(auth.password, false)}`).toString("base64")}`;
  const body = definition.request.body === void 0 ? void 0 : fill(definition.request.body, false);
  if (missing.size > 0) return { refused: `no value for ${[...missing].join(", ")}` };
  const planned = {
    method: definition.request.method,
    url,
    headers,
    body,
    secrets: Object.values(values).filter((value) => value.length >= 4)
  };
  if (definition.code === "aws-sigv4") return signAws(planned, values);
  return planned;
}
function signAws(planned, values) {
  if (!values.id) return { refused: "no access key id next to the secret (the pair is needed to sign)" };
  const signed = import_aws4.default.sign(
    {
      service: "sts",
      region: "us-east-1",
      method: planned.method,
      host: planned.url.host,
      path: `${planned.url.pathname}${planned.url.search}`,
      headers: { ...planned.headers, "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: planned.body ?? ""
    },
    { accessKeyId: values.id, secretAccessKey: values.secret }
  );
  const headers = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) headers[name.toLowerCase()] = String(value);
  delete headers.host;
  delete headers["content-length"];
  return { ...planned, headers, secrets: [...planned.secrets, headers.authorization ?? ""] };
}
function describePlan(planned) {
  const mask = (text) => planned.secrets.reduce((out, secret) => secret ? out.split(secret).join("********") : out, text);
  const headers = Object.entries(planned.headers).map(([name, value]) => `${name}: ${name === "authorization" ? `${value.split(" ")[0]} ********` : mask(value)}`).join("; ");
  return `${planned.method} ${mask(planned.url.href)} [${headers}]`;
}

// src/verify/send-request.ts
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP as isIP2 } from "node:net";
import tls from "node:tls";

// src/verify/address.ts
import { isIP } from "node:net";
function isInternalAddress(address) {
  const kind = isIP(address);
  if (kind === 4) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return a === 0 || a === 10 || a === 127 || a === 100 && b >= 64 && b <= 127 || a === 169 && b === 254 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a >= 224;
  }
  if (kind === 6) {
    const lower = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
    if (mapped) return isInternalAddress(mapped);
    return lower === "::" || lower === "::1" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe8") || lower.startsWith("fe9") || lower.startsWith("fea") || lower.startsWith("feb") || lower.startsWith("ff");
  }
  return false;
}

// src/verify/send-request.ts
var SendFailure = class extends Error {
};
var MAX_BODY = 64 * 1024;
function guardedLookup(allowInternal) {
  return ((hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses;
      const blocked = list.find((entry) => isInternalAddress(entry.address));
      if (blocked && !allowInternal)
        return callback(
          new SendFailure(
            `${hostname} resolves to internal address ${blocked.address} (--verify-allow-internal allows it)`
          )
        );
      if (options.all) return callback(null, list);
      const first = list[0];
      return callback(null, first?.address, first?.family);
    });
  });
}
function tunnel(proxy, host, port, timeoutMs) {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: "CONNECT",
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}` },
      timeout: timeoutMs
    });
    request.on("connect", (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new SendFailure(`proxy refused CONNECT ${host}:${port} (${response.statusCode})`));
      }
    });
    request.on("timeout", () => request.destroy(new SendFailure("proxy timed out")));
    request.on(
      "error",
      (error) => reject(error instanceof SendFailure ? error : new SendFailure(`proxy: ${error.message}`))
    );
    request.end();
  });
}
function secureOver(raw, host, timeoutMs) {
  return new Promise((resolve, reject) => {
    const secured = tls.connect({ socket: raw, host, ...isIP2(host) ? {} : { servername: host } });
    const timer = setTimeout(
      () => secured.destroy(new SendFailure(`no TLS handshake within ${timeoutMs} ms`)),
      timeoutMs
    );
    secured.once("secureConnect", () => {
      clearTimeout(timer);
      resolve(secured);
    });
    secured.once("error", (error) => {
      clearTimeout(timer);
      raw.destroy();
      reject(error instanceof SendFailure ? error : new SendFailure(`TLS: ${error.message}`));
    });
  });
}
async function sendRequest(planned, options) {
  const target = options.testOrigin ?? planned.url;
  const secure = target.protocol === "https:";
  const port = Number(target.port || (secure ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.testOrigin && !options.allowInternal && isInternalAddress(host))
    throw new SendFailure(`${host} is an internal address (--verify-allow-internal allows it)`);
  let socket;
  if (options.proxy && !options.testOrigin) {
    socket = await tunnel(options.proxy, host, port, options.timeoutMs);
    if (secure) socket = await secureOver(socket, host, options.timeoutMs);
  }
  const headers = { ...planned.headers, host: planned.url.host };
  if (planned.body !== void 0) headers["content-length"] = String(Buffer.byteLength(planned.body));
  const requestOptions = {
    method: planned.method,
    host,
    port,
    path: `${planned.url.pathname}${planned.url.search}`,
    headers,
    timeout: options.timeoutMs,
    agent: false,
    ...socket ? { createConnection: () => socket } : { lookup: guardedLookup(options.allowInternal || !!options.testOrigin) },
    ...secure && !options.testOrigin && !isIP2(host) ? { servername: host } : {}
  };
  return await new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(requestOptions, (response) => {
      const chunks = [];
      let size = 0;
      const done = () => resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString("utf8"),
        truncated: size >= MAX_BODY
      });
      response.on("data", (chunk) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY) {
          done();
          request.destroy();
        }
      });
      response.on("end", done);
      response.on("error", (error) => reject(new SendFailure(`response: ${error.message}`)));
    });
    const deadline = setTimeout(
      () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)));
    request.on(
      "error",
      (error) => reject(
        error instanceof SendFailure ? error : new SendFailure(`network error: ${error.code ?? error.message}`)
      )
    );
    request.end(planned.body);
  });
}
function proxyFor(host, env = process.env) {
  const raw = env.HTTPS_PROXY ?? env.https_proxy;
  if (!raw) return void 0;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? "").split(",").map(
    (entry) => entry.trim().toLowerCase().replace(/^\*?\./, "")
  ).filter(Boolean);
  if (noProxy.includes("*") || noProxy.some((entry) => host === entry || host.endsWith(`.${entry}`))) return void 0;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    return void 0;
  }
}

// src/verify/verify-findings.ts
var MAX_RETRY_WAIT_MS = 1e4;
var PER_HOST_CONCURRENCY = 2;
var PER_HOST_INTERVAL_MS = 100;
var TEST_ORIGIN_ENV = "LEAKSCAN_VERIFY_TEST_ORIGIN";
async function verifyFindings(findings, options) {
  const verifiers = await loadVerifiers();
  const byRule = /* @__PURE__ */ new Map();
  for (const verifier of verifiers) for (const rule of verifier.rules) byRule.set(rule, verifier);
  const session = new Session(options);
  const verified = await Promise.all(
    findings.map(async (finding) => {
      const verifier = byRule.get(finding.ruleId);
      const verification = verifier ? await session.verify(verifier, finding) : { state: "unknown", reason: `no verifier for ${finding.ruleId}`, checkedAt: (/* @__PURE__ */ new Date()).toISOString() };
      return { ...finding, verification };
    })
  );
  session.save();
  const sorted = verified.map((finding, index) => ({ finding, index })).sort(
    (a, b) => verificationRank(a.finding.verification) - verificationRank(b.finding.verification) || a.index - b.index
  ).map(({ finding }) => finding);
  return { findings: sorted, requests: session.requests };
}
var Session = class {
  constructor(options) {
    this.options = options;
    this.#disk = options.cacheTtlMs > 0 && options.cacheDir ? new DiskCache(options.cacheDir, options.cacheTtlMs) : void 0;
    const origin = (options.env ?? process.env)[TEST_ORIGIN_ENV];
    this.#testOrigin = origin ? new URL(origin) : void 0;
  }
  options;
  requests = 0;
  #answers = /* @__PURE__ */ new Map();
  #limiter = new HostLimiter(PER_HOST_CONCURRENCY, PER_HOST_INTERVAL_MS);
  #disk;
  #testOrigin;
  verify(verifier, finding) {
    const secret = finding.secret.reveal();
    const id = finding.pairedWith?.secret.reveal();
    const key = createHash("sha256").update(`${verifier.id}\0${secret}\0${id ?? ""}`).digest("hex");
    let answer = this.#answers.get(key);
    if (!answer) {
      answer = this.#check(verifier, secret, id, key).then((result) => ({ ...result, verifier: verifier.id }));
      this.#answers.set(key, answer);
    }
    return answer;
  }
  save() {
    this.#disk?.save();
  }
  async #check(verifier, secret, id, key) {
    const now = () => (/* @__PURE__ */ new Date()).toISOString();
    const unknown = (reason) => ({ state: "unknown", reason, checkedAt: now() });
    const cached = this.#disk?.get(key);
    if (cached) return { ...cached, reason: `${cached.reason} (cached)` };
    const canary = canaryReason(secret, id);
    if (canary) return unknown(canary);
    const endpoint = this.options.endpoints.get(verifier.id) ?? this.#endpointForRules(verifier);
    const planned = planRequest(verifier, { secret, id, endpoint });
    if ("refused" in planned) return unknown(`not checked: ${planned.refused}`);
    const host = planned.url.hostname;
    let response;
    for (let attempt = 0; attempt < 2; attempt++) {
      const paused = this.#limiter.pausedUntil(host) - Date.now();
      if (paused > MAX_RETRY_WAIT_MS)
        return unknown(`not checked: ${host} asked to wait ${Math.ceil(paused / 1e3)}s (Retry-After)`);
      if (this.requests >= this.options.budget)
        return unknown(`not checked: the request budget of ${this.options.budget} is used up (--verify-budget)`);
      this.requests++;
      try {
        response = await this.#limiter.run(host, MAX_RETRY_WAIT_MS, () => {
          this.options.log?.(`verify: ${verifier.id}: ${describePlan(planned)}`);
          return sendRequest(planned, {
            timeoutMs: this.options.timeoutMs,
            allowInternal: this.options.allowInternal,
            proxy: proxyFor(host, this.options.env),
            testOrigin: this.#testOrigin
          });
        });
      } catch (error) {
        if (error instanceof HostPaused) {
          this.requests--;
          return unknown(`not checked: ${host} ${error.message}`);
        }
        const reason = error instanceof SendFailure ? error.message : `request failed: ${error.message}`;
        this.options.log?.(`verify: ${verifier.id}: unknown (${reason})`);
        return unknown(`${host}: ${reason}`);
      }
      if (response.status !== 429) break;
      const wait = parseRetryAfter(response.headers["retry-after"]);
      if (wait === void 0) break;
      this.#limiter.pause(host, Date.now() + wait);
      if (wait > MAX_RETRY_WAIT_MS) break;
    }
    if (!response) return unknown("no response");
    const outcome = classifyResponse(verifier, host, response);
    const retryAfter = response.status === 429 ? response.headers["retry-after"] : void 0;
    const verification = {
      state: outcome.state,
      reason: retryAfter ? `${outcome.reason} (Retry-After ${String(retryAfter)})` : outcome.reason,
      checkedAt: now()
    };
    this.options.log?.(`verify: ${verifier.id}: ${verification.state} (${verification.reason})`);
    this.#disk?.set(key, verification);
    return verification;
  }
  #endpointForRules(verifier) {
    for (const rule of verifier.rules) {
      const endpoint = this.options.endpoints.get(rule);
      if (endpoint) return endpoint;
    }
    return void 0;
  }
};
async function verifierHosts(endpoints = /* @__PURE__ */ new Map()) {
  const lines = [];
  for (const verifier of await loadVerifiers()) {
    const override = endpoints.get(verifier.id) ?? verifier.rules.map((rule) => endpoints.get(rule)).find(Boolean);
    const hosts = override ? [override.host] : verifier.hosts;
    for (const host of hosts) lines.push(`${host}	${verifier.id}	${verifier.vendor}`);
  }
  return lines;
}

export {
  TEST_ORIGIN_ENV,
  verifyFindings,
  verifierHosts
};
