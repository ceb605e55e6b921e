import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-A5CIQFFQ.js";
import {
  globMatcher
} from "./chunk-GIWBHFB6.js";
import {
  SourceError
} from "./chunk-SBG2HJLT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WF6X2IZB.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/directory.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/sources/decode-text.ts
import { isUtf8 } from "node:buffer";
var BINARY_SIGNATURES = [
  [137, 80, 78, 71],
  // PNG
  [255, 216, 255],
  // JPEG
  [71, 73, 70, 56],
  // GIF
  [80, 75, 3, 4],
  // ZIP, JAR, DOCX
  [31, 139],
  // gzip
  [127, 69, 76, 70],
  // ELF
  [207, 250, 237, 254],
  // Mach-O
  [77, 90],
  // PE / DOS executable
  [37, 80, 68, 70],
  // PDF
  [119, 79, 70],
  // WOFF
  [0, 97, 115, 109],
  // WebAssembly
  [83, 81, 76, 105, 116, 101],
  // SQLite
  [202, 254, 186, 190],
  // Java class
  [66, 90, 104],
  // bzip2
  [253, 55, 122, 88, 90],
  // xz
  [40, 181, 47, 253]
  // zstd
];
var SNIFF_BYTES = 1024 * 1024;
var CONTROL_RATIO = 0.1;
var SIGNATURE_CONTROL_RATIO = 0.05;
var UTF16_ZERO_HALF = 0.5;
var UTF16_SAMPLE_BYTES = 64 * 1024;
function sniffEncoding(bytes) {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  const signature = signatureLength(sample);
  const rest = sample.length - signature;
  const limit = signature > 0 ? SIGNATURE_CONTROL_RATIO : CONTROL_RATIO;
  if (rest > 0 && controlCount(sample, signature, sample.length, 1) / rest > limit) return void 0;
  return isUtf8(withoutPartialTail(sample)) ? "utf8" : "latin1";
}
function looksBinary(bytes) {
  return sniffEncoding(bytes) === void 0;
}
function decodeText(bytes, encoding = sniffEncoding(bytes) ?? "latin1") {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const bomLength = bomEncoding(bytes) === encoding ? encoding === "utf8" ? 3 : 2 : 0;
  const body = buffer.subarray(bomLength);
  switch (encoding) {
    case "utf16le":
      return body.subarray(0, body.length - body.length % 2).toString("utf16le");
    case "utf16be":
      return Buffer.from(body.subarray(0, body.length - body.length % 2)).swap16().toString("utf16le");
    case "utf8":
      return isUtf8(body) ? body.toString("utf8") : body.toString("latin1");
    case "latin1":
      return body.toString("latin1");
  }
}
var DECODER_LABEL = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  latin1: "latin1"
};
function bomEncoding(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return "utf8";
  if (bytes[0] === 255 && bytes[1] === 254) return "utf16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf16be";
  return void 0;
}
function signatureLength(bytes) {
  return BINARY_SIGNATURES.find(
    (signature) => signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte)
  )?.length ?? 0;
}
var CONTROL_BYTE = new Uint8Array(256);
for (let byte = 0; byte < 32; byte++) CONTROL_BYTE[byte] = [9, 10, 12, 13, 27].includes(byte) ? 0 : 1;
CONTROL_BYTE[127] = 1;
function controlCount(bytes, from, to, step) {
  let count = 0;
  for (let i = from; i < to; i += step) count += CONTROL_BYTE[bytes[i]];
  return count;
}
function utf16WithoutBom(sample) {
  const length = Math.min(sample.length, UTF16_SAMPLE_BYTES) & ~1;
  const pairs = length / 2;
  if (pairs === 0 || sample.subarray(0, length).indexOf(0) === -1) return void 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const textSide = (low) => controlCount(sample, low, length, 2) / pairs <= CONTROL_RATIO;
  if (zeroOdd / pairs >= UTF16_ZERO_HALF && zeroEven / pairs < CONTROL_RATIO && textSide(0)) return "utf16le";
  if (zeroEven / pairs >= UTF16_ZERO_HALF && zeroOdd / pairs < CONTROL_RATIO && textSide(1)) return "utf16be";
  return void 0;
}
function withoutPartialTail(sample) {
  for (let back = 1; back <= Math.min(3, sample.length); back++) {
    const byte = sample[sample.length - back];
    if (byte < 128) return sample;
    if (byte >= 192) {
      const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
      return needed > back ? sample.subarray(0, sample.length - back) : sample;
    }
  }
  return sample;
}

// src/sources/minified.ts
var BUNDLE_EXTENSION = /\.(?:[cm]?js|css)$/i;
var SOURCE_MAP_COMMENT = /[#@] sourceMappingURL=/;
var MIN_BUNDLE_CHARS = 2048;
var MINIFIED_LINE = 500;
var MINIFIED_SHARE = 0.9;
function withoutMinifiedLines(text, path) {
  if (!BUNDLE_EXTENSION.test(path) || text.length < MIN_BUNDLE_CHARS) return void 0;
  if (!SOURCE_MAP_COMMENT.test(text.slice(-512))) return void 0;
  const lines = text.split("\n");
  let minifiedChars = 0;
  let minifiedLines = 0;
  for (const line of lines) {
    if (line.length >= MINIFIED_LINE) {
      minifiedChars += line.length;
      minifiedLines++;
    }
  }
  if (minifiedChars / text.length < MINIFIED_SHARE) return void 0;
  return {
    text: lines.map((line) => line.length >= MINIFIED_LINE ? "" : line).join("\n"),
    lines: minifiedLines,
    chars: minifiedChars
  };
}

// src/sources/text-windows.ts
var OVERLAP_CHARS = 64 * 1024;
var MIN_WINDOW_CHARS = 4 * OVERLAP_CHARS;
var TextWindows = class {
  buffer = "";
  /** Position of buffer[0] in the whole text. */
  line = 1;
  column = 1;
  /** Offset in `buffer` where text no window has seen begins. */
  unseen = 0;
  emitted = 0;
  windowChars;
  constructor(windowChars) {
    this.windowChars = Math.max(windowChars, MIN_WINDOW_CHARS);
  }
  push(piece) {
    this.buffer += piece;
    const windows = [];
    while (this.buffer.length > this.windowChars) windows.push(this.cut());
    return windows;
  }
  end() {
    if (this.emitted > 0 && this.unseen >= this.buffer.length) return [];
    const last = this.window(this.buffer.length);
    this.buffer = "";
    return [last];
  }
  cut() {
    const limit = this.windowChars;
    let cut = this.buffer.lastIndexOf("\n", limit - 1) + 1;
    if (cut < limit / 2) cut = limit;
    if (isHighSurrogate(this.buffer.charCodeAt(cut - 1))) cut--;
    const window = this.window(cut);
    const newline = this.buffer.indexOf("\n", cut - OVERLAP_CHARS - 1);
    let next = newline !== -1 && newline + 1 < cut ? newline + 1 : cut - OVERLAP_CHARS;
    if (isLowSurrogate(this.buffer.charCodeAt(next))) next++;
    const start = this.advance(0, next, this.line, this.column);
    this.buffer = this.buffer.slice(next);
    this.line = start.line;
    this.column = start.column;
    this.unseen = cut - next;
    return window;
  }
  window(end) {
    const unseenFrom = this.emitted > 0 ? this.advance(0, this.unseen, this.line, this.column) : void 0;
    this.emitted++;
    return {
      text: this.buffer.slice(0, end),
      startLine: this.line,
      startColumn: this.column,
      unseenFrom: unseenFrom || void 0
    };
  }
  /** The position reached from (line, column) after the buffer's characters [from, to). */
  advance(from, to, line, column) {
    let lastNewline = -1;
    for (let i = this.buffer.indexOf("\n", from); i !== -1 && i < to; i = this.buffer.indexOf("\n", i + 1)) {
      line++;
      lastNewline = i;
    }
    return lastNewline === -1 ? { line, column: column + (to - from) } : { line, column: to - lastNewline };
  }
};
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;
var isLowSurrogate = (code) => code >= 56320 && code <= 57343;

// src/sources/directory.ts
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
var readOptions = (maxFileBytes, defaultIgnores) => ({
  maxFileBytes,
  skipMinifiedBundles: defaultIgnores.length > 0
});
var CHUNK_BYTES = 1024 * 1024;
function readListedFile(file, read) {
  const skip = (reason, detail) => ({
    skipped: { path: file.path, reason, detail: detail || void 0 }
  });
  const origin = { kind: "file", path: file.path };
  let fd;
  try {
    fd = openSync(file.absolute, "r");
    const { size } = fstatSync(fd);
    const headSize = Math.min(size, read.maxFileBytes + 1);
    const probe = Buffer.allocUnsafe(Math.min(headSize, SNIFF_BYTES));
    const probeLength = readFully(fd, probe, 0);
    const encoding = sniffEncoding(probe.subarray(0, probeLength));
    if (encoding === void 0) return skip("binary");
    let bytes = probe.subarray(0, probeLength);
    if (probeLength === probe.length && headSize > probe.length) {
      const head = Buffer.allocUnsafe(headSize);
      probe.copy(head);
      bytes = head.subarray(0, probeLength + readFully(fd, head.subarray(probeLength), probeLength));
    }
    const headLength = bytes.length;
    if (headLength <= read.maxFileBytes) {
      const text = decodeText(bytes, encoding);
      const bundle = read.skipMinifiedBundles ? withoutMinifiedLines(text, file.path) : void 0;
      if (bundle) {
        const unscanned = {
          path: file.path,
          reason: "minified-bundle",
          detail: `${bundle.lines} minified line(s) of ${bundle.chars} characters not scanned`
        };
        return { fragments: [{ text: bundle.text, origin, startLine: 1 }], bytes: headLength, unscanned };
      }
      return { fragments: [{ text, origin, startLine: 1 }], bytes: headLength };
    }
    const windowed = { fragments: fileWindows(fd, bytes, encoding, read.maxFileBytes, origin), bytes: size };
    fd = void 0;
    return windowed;
  } catch (error) {
    return skip("unreadable", error.code ?? error.message);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readFully(fd, buffer, position) {
  let filled = 0;
  while (filled < buffer.length) {
    const count = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return filled;
}
function* fileWindows(fd, head, encoding, windowBytes, origin) {
  try {
    const decoder = new TextDecoder(DECODER_LABEL[encoding]);
    const windows = new TextWindows(windowBytes);
    const toFragment = (window) => ({ ...window, origin });
    for (const window of windows.push(decoder.decode(head, { stream: true }))) yield toFragment(window);
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = head.length; ; ) {
      const count = readFully(fd, chunk, position);
      if (count === 0) break;
      position += count;
      for (const window of windows.push(decoder.decode(chunk.subarray(0, count), { stream: true })))
        yield toFragment(window);
    }
    for (const window of windows.push(decoder.decode())) yield toFragment(window);
    for (const window of windows.end()) yield toFragment(window);
  } finally {
    closeSync(fd);
  }
}
function fileNameFragment(path) {
  return {
    text: path.slice(path.replace(/\/+$/, "").lastIndexOf("/") + 1),
    origin: { kind: "file", path },
    startLine: 1,
    decodedFrom: "file name"
  };
}
async function listFiles(options, skipped, onFile) {
  const roots = options.paths.length > 0 ? options.paths : ["."];
  const root = options.root ?? await scanRoot(options.cwd, roots);
  const filters = {
    isDefaultIgnored: globMatcher(options.defaultIgnores),
    isAllowlisted: globMatcher(options.allowlistPaths)
  };
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (absolute) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const path = reportPath(root, absolute);
    if (filters.isDefaultIgnored(path)) skipped.push({ path, reason: "default-ignored-path" });
    else if (filters.isAllowlisted(path)) skipped.push({ path, reason: "allowlisted-path" });
    else onFile({ absolute, path });
  };
  for (const given of roots) {
    const absolute = await realLocation(options.cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = error.code;
      throw new SourceError(
        code === "ENOENT" ? `path does not exist: ${given}` : `cannot read ${given}: ${code ?? error.message}`,
        { file: given }
      );
    }
    if (info.isFile()) {
      names.push(reportPath(root, absolute));
      add(absolute);
    } else if (info.isDirectory()) {
      const walk = {
        root: absolute,
        reportRoot: root,
        options,
        filters,
        skipped,
        add,
        names,
        tracked: options.gitignore ? await trackedFiles(absolute) : []
      };
      await walkDirectory(absolute, "", [], walk);
    } else skipped.push({ path: reportPath(root, absolute), reason: "not-a-regular-file" });
  }
  return { names, root };
}
async function scanRoot(cwd, paths) {
  return rootOf(await scannedDirectories(cwd, paths));
}
async function scannedDirectories(cwd, paths) {
  const containers = /* @__PURE__ */ new Set();
  for (const given of paths.length > 0 ? paths : ["."]) containers.add(await scannedDirectory(cwd, given));
  return [...containers];
}
async function rootOf([first, ...others]) {
  const top = await workTreeTop(first);
  if (top !== void 0 && others.every((dir) => isWithin(top, dir))) return top;
  const tops = [top ?? first];
  for (const dir of others) tops.push(await workTreeTop(dir) ?? dir);
  return tops.reduce(commonAncestor);
}
async function scannedDirectory(cwd, given) {
  const absolute = await realLocation(cwd, given);
  try {
    if ((await stat(absolute)).isDirectory()) return absolute;
  } catch {
  }
  return dirname(absolute);
}
async function workTreeTop(directory) {
  try {
    const result = await runGit(directory, ["rev-parse", "--show-toplevel"]);
    const top = result.stdout.toString("utf8").replace(/\n$/, "");
    return result.code === 0 && top !== "" ? await realpath(top) : void 0;
  } catch {
    return void 0;
  }
}
async function realLocation(cwd, given) {
  const absolute = resolve(cwd, given);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return await realpath(absolute);
    return join(await realpath(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}
var isWithin = (parent, path) => {
  const rel = relative(parent, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
function commonAncestor(a, b) {
  let ancestor = a;
  while (!isWithin(ancestor, b)) {
    const parent = dirname(ancestor);
    if (parent === ancestor) break;
    ancestor = parent;
  }
  return ancestor;
}
async function trackedFiles(directory) {
  try {
    const result = await runGit(directory, ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached"]);
    if (result.code !== 0) return [];
    return result.stdout.toString("utf8").split("\0").filter(Boolean).sort();
  } catch {
    return [];
  }
}
function trackedAt(tracked, rel, isDirectory) {
  if (!isDirectory) return binarySearch(tracked, rel) ? [rel] : [];
  const prefix = `${rel}/`;
  let low = 0;
  let high = tracked.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (tracked[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  const found = [];
  for (let i = low; i < tracked.length && tracked[i].startsWith(prefix); i++)
    found.push(tracked[i]);
  return found;
}
function binarySearch(sorted, value) {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const item = sorted[mid];
    if (item === value) return true;
    if (item < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
function reportPath(cwd, absolute) {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
}
function gitignored(levels, rel, isDirectory) {
  for (const { base, rules } of levels) {
    const local = base === "" ? rel : rel.slice(base.length + 1);
    if (rules.ignores(isDirectory ? `${local}/` : local)) return true;
  }
  return false;
}
function addIgnored(rel, isDirectory, walk) {
  const { root } = walk;
  const tracked = trackedAt(walk.tracked, rel, isDirectory);
  const path = `${reportPath(walk.reportRoot, join(root, rel))}${isDirectory ? "/" : ""}`;
  if (tracked.length === 0) walk.skipped.push({ path, reason: "gitignored" });
  else if (isDirectory)
    walk.skipped.push({
      path,
      reason: "gitignored",
      detail: `its untracked files; the ${tracked.length} tracked one(s) are scanned`
    });
  for (const file of tracked) {
    const absolute = join(root, file);
    const path2 = reportPath(walk.reportRoot, absolute);
    walk.names.push(path2);
    let info;
    try {
      info = lstatSync(absolute);
    } catch {
      continue;
    }
    if (info.isSymbolicLink())
      walk.skipped.push({ path: path2, reason: "symlink", detail: "symbolic links are not followed" });
    else if (info.isFile()) walk.add(absolute);
    else walk.skipped.push({ path: path2, reason: "not-a-regular-file" });
  }
}
async function walkDirectory(absolute, rel, inherited, walk) {
  const { options, filters, skipped, reportRoot } = walk;
  let entries;
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    skipped.push({
      path: reportPath(reportRoot, absolute),
      reason: "unreadable",
      detail: error.code ?? "unreadable directory"
    });
    return;
  }
  let levels = inherited;
  if (options.gitignore && entries.some((entry) => entry.name === ".gitignore" && entry.isFile())) {
    try {
      levels = [...inherited, { base: rel, rules: (0, import_ignore.default)().add(await readFile(join(absolute, ".gitignore"), "utf8")) }];
    } catch {
    }
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
    const childAbsolute = join(absolute, entry.name);
    if (entry.name === ".git" && entry.isDirectory()) continue;
    const path = reportPath(reportRoot, childAbsolute);
    if (entry.isDirectory()) {
      if (gitignored(levels, childRel, true)) addIgnored(childRel, true, walk);
      else if (filters.isDefaultIgnored(`${path}/-`))
        skipped.push({ path: `${path}/`, reason: "default-ignored-path" });
      else {
        walk.names.push(path);
        await walkDirectory(childAbsolute, childRel, levels, walk);
      }
      continue;
    }
    if (gitignored(levels, childRel, false)) {
      addIgnored(childRel, false, walk);
      continue;
    }
    walk.names.push(path);
    if (entry.isSymbolicLink()) skipped.push({ path, reason: "symlink", detail: "symbolic links are not followed" });
    else if (entry.isFile()) walk.add(childAbsolute);
    else skipped.push({ path, reason: "not-a-regular-file" });
  }
}

export {
  sniffEncoding,
  looksBinary,
  decodeText,
  DECODER_LABEL,
  TextWindows,
  readOptions,
  readListedFile,
  fileNameFragment,
  listFiles,
  scanRoot,
  scannedDirectories,
  rootOf
};
