/* Kabar Arsip offline search. The search page loads search/index.js with a <script> tag: it sets
   window.KABAR_SEARCH to the number of documents and the shard keys. A query then adds a <script>
   tag for each file it needs (the words and postings of the keys its words begin with, then the
   documents it shows); each file adds itself to window.KABAR_SEARCH_SHARD. So search works from
   disk (file://), with no fetch() and no other host, and a query reads a few files, not the index.
   The file layout is described in plugins/kabar/search.py.
   The same functions run under Node for the benchmark (tools/bench_search.py). */
(function (root) {
  "use strict";
  var EXTRA = { "đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h" };
  var TOKEN = /[\p{L}\p{N}]+/gu;
  // light affix stripping for words the archive never uses (Indonesian and English)
  var PREFIXES = ["memper", "mempe", "meng", "meny", "mem", "men", "me", "ber", "be", "di", "ter", "ke", "se", "peng", "pem", "pen", "per", "pe"];
  // meN-/peN- drop the first consonant of the root: mengunjungi <- kunjung, memimpin <- pimpin
  var RESTORE = { meng: "k", peng: "k", mem: "p", pem: "p", men: "t", pen: "t", meny: "s", peny: "s" };
  var SUFFIXES = ["kannya", "annya", "nya", "kan", "lah", "kah", "an", "i", "ing", "ed", "es", "s"];
  var KEY_LENGTH = 2;  // the shortest shard key (search.py: KEY_LENGTH)
  var PREFIX_MATCHES = 60;  // a word being typed stands for the stems of the first archive words it begins
  var SHOWN = 100;  // results shown, and whose documents a query loads
  var WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
  var ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
  var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };
  var EMPTY = { w: {}, p: {} };

  function fold(word) {
    return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[đøłßæœıħ]/g, function (c) { return EXTRA[c]; });
  }

  function tokens(text) { return (text.match(TOKEN) || []).map(fold); }

  function chars(text) { return Array.from(text); }  // code points, as Python counts them

  /* The file name of a shard key: search.py's shard_name. */
  function shardName(key) {
    var name = chars(key).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
    return !name || WINDOWS_DEVICE.test(name) ? name + "_" : name;
  }

  /* The order the archive's words had in the one-file index (a JavaScript object's key order):
     array indices ("7", "2024") first, by value, then the others by code point. */
  function isIndex(word) { return ARRAY_INDEX.test(word) && Number(word) < 4294967295; }
  function wordOrder(a, b) {
    var ia = isIndex(a), ib = isIndex(b);
    if (ia || ib) return ia && ib ? Number(a) - Number(b) : (ia ? -1 : 1);
    var i = 0;
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === a.length || i === b.length) return a.length - b.length;
    return a.codePointAt(i) - b.codePointAt(i);
  }

  /* The forms the light affix strip tries for a word the archive never uses, in order. */
  function affixForms(word) {
    var out = [], i, j, cand;
    for (i = 0; i < PREFIXES.length; i++) {
      for (j = -1; j < SUFFIXES.length; j++) {
        cand = word;
        if (cand.indexOf(PREFIXES[i]) === 0) cand = cand.slice(PREFIXES[i].length); else if (i > 0) continue;
        if (j >= 0) { if (cand.length > SUFFIXES[j].length + 2 && cand.slice(-SUFFIXES[j].length) === SUFFIXES[j]) cand = cand.slice(0, -SUFFIXES[j].length); else continue; }
        if (cand.length < 3 || cand === word) continue;
        out.push(cand);
        if (RESTORE[PREFIXES[i]] && word.indexOf(PREFIXES[i]) === 0) out.push(RESTORE[PREFIXES[i]] + cand);
      }
    }
    return out;
  }

  function MissingFile(file) {
    this.name = "MissingFile";
    this.file = file;
    this.message = "the search index file " + file + " could not be loaded";
  }
  MissingFile.prototype = Object.create(Error.prototype);

  /* manifest: window.KABAR_SEARCH; load(id) -> a promise of window.KABAR_SEARCH_SHARD[id]
     ("t/ru", "d/0"), rejected with a MissingFile when the file cannot be loaded. */
  function Searcher(manifest, load) {
    this.n = manifest.n;
    this.chunk = manifest.chunk;
    this.keyList = manifest.keys;
    this.keys = new Set(manifest.keys);
    this.longest = manifest.keys.reduce(function (m, k) { return Math.max(m, chars(k).length); }, 0);
    this.load = load;
    this.shards = new Map();  // key -> its loaded shard
    this.docChunks = new Map();  // chunk number -> its documents
    this.cache = new Map();  // stem -> its postings, decoded
  }

  /* The shard key that owns a word or stem: the longest key it begins with (search.py: owner). */
  Searcher.prototype.owner = function (text) {
    var c = chars(text), stop = Math.min(c.length, KEY_LENGTH);
    for (var n = Math.min(c.length, this.longest); n >= stop; n--) {
      var key = c.slice(0, n).join("");
      if (this.keys.has(key)) return key;
    }
    return null;
  };

  Searcher.prototype.loadKeys = function (keys) {
    var self = this;
    return Promise.all(keys.filter(function (k) { return !self.shards.has(k); }).map(function (key) {
      return self.load("t/" + shardName(key)).then(function (shard) { self.shards.set(key, shard); });
    }));
  };

  /* Loads the shards that own these words or stems. */
  Searcher.prototype.need = function (texts) {
    var self = this, keys = new Set();
    texts.forEach(function (text) {
      var key = self.owner(text);
      if (key !== null) keys.add(key);
    });
    return this.loadKeys(Array.from(keys));
  };

  Searcher.prototype.shardOf = function (text) {
    var key = this.owner(text);
    return (key !== null && this.shards.get(key)) || EMPTY;
  };

  Searcher.prototype.wordStems = function (word) {  // null when the archive never uses the word
    var w = this.shardOf(word).w;
    return has(w, word) ? [].concat(w[word]) : null;
  };

  /* The keys of every word a typed word begins: its owner and the keys that begin with it. */
  Searcher.prototype.prefixKeys = function (word) {
    var own = this.owner(word);
    return this.keyList.filter(function (k) { return k === own || k.indexOf(word) === 0; });
  };

  Searcher.prototype.postings = function (stem) {
    var hit = this.cache.get(stem);
    if (hit) return hit;
    var post = this.shardOf(stem).p, out = new Map(), doc = 0, parts = has(post, stem) ? post[stem].split(",") : [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i], title = p.charAt(p.length - 1) === "!";
      doc += parseInt(title ? p.slice(0, -1) : p, 36);
      out.set(doc, title);
    }
    this.cache.set(stem, out);
    return out;
  };

  /* The stems a query word stands for, loading what it takes to know. */
  Searcher.prototype.stemsOf = function (word) {
    var self = this, known = this.wordStems(word);
    if (known) return Promise.resolve(known);
    var forms = affixForms(word);
    return this.need(forms).then(function () {
      var found = [];
      forms.forEach(function (form) {
        var stems = self.wordStems(form);
        if (stems) found = found.concat(stems);
        else if (has(self.shardOf(form).p, form)) found.push(form);
      });
      if (found.length || word.length < 3) return found;
      // a word being typed: the stems of the first archive words it begins
      var keys = self.prefixKeys(word);
      return self.loadKeys(keys).then(function () {
        var matches = new Set();
        keys.forEach(function (k) {
          Object.keys(self.shards.get(k).w).forEach(function (w) { if (w.indexOf(word) === 0) matches.add(w); });
        });
        matches = Array.from(matches).sort(wordOrder);
        for (var i = 0; i < matches.length && found.length < PREFIX_MATCHES; i++) found = found.concat(self.wordStems(matches[i]));
        return found;
      });
    });
  };

  /* -> a promise of {results: [{doc, score}], all: true when every word matched, words} */
  Searcher.prototype.search = function (query) {
    var words = tokens(query), self = this, n = this.n;
    if (!words.length) return Promise.resolve({ results: [], all: true, words: [] });
    // "Ha Noi" also finds "Hanoi": a word joined with its neighbour counts for both
    var joined = words.map(function (word, i) {
      return [words[i - 1] ? words[i - 1] + word : null, words[i + 1] ? word + words[i + 1] : null].filter(Boolean);
    });
    return this.need(words.concat([].concat.apply([], joined))).then(function () {
      return Promise.all(words.map(function (word) { return self.stemsOf(word); }));
    }).then(function (stemsPerWord) {
      stemsPerWord = stemsPerWord.map(function (stems, i) {
        joined[i].forEach(function (j) { stems = stems.concat(self.wordStems(j) || []); });
        return stems;
      });
      return self.need([].concat.apply([], stemsPerWord)).then(function () { return stemsPerWord; });
    }).then(function (stemsPerWord) {
      var perWord = stemsPerWord.map(function (stems) {
        var scores = new Map();
        stems.forEach(function (stem) {
          var post = self.postings(stem), idf = Math.log(1 + n / (post.size || 1));
          post.forEach(function (inTitle, doc) {
            var s = idf * (inTitle ? 3 : 1);
            if (!scores.has(doc) || scores.get(doc) < s) scores.set(doc, s);
          });
        });
        return scores;
      });
      // documents are numbered newest first: the number breaks ties as the date did
      function combine(requireAll) {
        var total = new Map();
        perWord.forEach(function (scores) {
          scores.forEach(function (s, doc) { total.set(doc, (total.get(doc) || 0) + s); });
        });
        var out = [];
        total.forEach(function (score, doc) {
          if (requireAll && !perWord.every(function (m) { return m.has(doc); })) return;
          out.push({ doc: doc, score: score });
        });
        out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return out;
      }
      var all = combine(true);
      if (all.length || perWord.length === 1) return { results: all, all: true, words: words };
      return { results: combine(false), all: false, words: words };
    });
  };

  /* -> a promise of the documents ([url, title, lang, date, "RU-VN"], or a person's
     ["people/{slug}.html", name, "", "", "", "person", reports]) of these numbers */
  Searcher.prototype.docs = function (numbers) {
    var self = this, chunk = this.chunk, wanted = new Set(numbers.map(function (d) { return Math.floor(d / chunk); }));
    return Promise.all(Array.from(wanted).filter(function (c) { return !self.docChunks.has(c); }).map(function (c) {
      return self.load("d/" + c).then(function (docs) { self.docChunks.set(c, docs); });
    })).then(function () {
      return numbers.map(function (d) { return self.docChunks.get(Math.floor(d / chunk))[d % chunk]; });
    });
  };

  /* load(id) for a page: a <script> tag for search/{id}.js, resolved by its onload. */
  function scriptLoader(page, base) {
    var pending = new Map();
    return function (id) {
      var registry = root.KABAR_SEARCH_SHARD || (root.KABAR_SEARCH_SHARD = {});
      if (has(registry, id)) return Promise.resolve(registry[id]);
      if (!pending.has(id)) {
        pending.set(id, new Promise(function (resolve, reject) {
          var script = page.createElement("script"), file = base + id + ".js";
          script.src = file;
          script.setAttribute("data-search-file", id);
          script.onload = function () {
            if (has(root.KABAR_SEARCH_SHARD, id)) resolve(root.KABAR_SEARCH_SHARD[id]);
            else { pending.delete(id); reject(new MissingFile(file)); }
          };
          script.onerror = function () {
            pending.delete(id);
            script.remove();  // a later query tries again
            reject(new MissingFile(file));
          };
          page.head.appendChild(script);
        }));
      }
      return pending.get(id);
    };
  }

  function render(page) {
    var labels = JSON.parse(page.getElementById("search-labels").textContent);
    var form = page.getElementById("search-page-form"), input = page.getElementById("search-page-q");
    var status = page.getElementById("search-status"), list = page.getElementById("search-results");
    var params = new URLSearchParams(root.location.search), q = params.get("q") || "";
    var base = labels.root + "search/";
    var searcher = root.KABAR_SEARCH ? new Searcher(root.KABAR_SEARCH, scriptLoader(page, base)) : null;
    var dateFormat = new Intl.DateTimeFormat(labels.locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    var latest = 0;  // the query being answered: an earlier one that finishes later is dropped
    input.value = q;
    function fail(file) {
      list.textContent = "";
      status.textContent = labels.missing.replace("%(file)s", file);
    }
    function show(query) {
      var asked = ++latest;
      list.textContent = "";
      if (!query.trim()) { status.textContent = labels.prompt; return; }
      if (!searcher) { fail(base + "index.js"); return; }
      status.textContent = labels.searching;
      var found;
      searcher.search(query).then(function (f) {
        found = f;
        return searcher.docs(f.results.slice(0, SHOWN).map(function (r) { return r.doc; }));
      }).then(function (docs) {
        if (asked !== latest) return;
        status.textContent = (found.results.length ? (found.all ? labels.count : labels.some) : labels.none)
          .replace("%(num)s", String(found.results.length)).replace("%(query)s", query);
        docs.forEach(function (d) {
          var li = page.createElement("li"), a = page.createElement("a");
          var meta = page.createElement("div"); meta.className = "item-meta";
          a.textContent = d[1]; a.className = "item-title";
          if (d[5] === "person") {  // a person's page, in this page's section
            a.href = labels.root + labels.section + "/" + d[0];
            meta.textContent = labels.person.replace("%(num)s", String(d[6]));
            li.className = "person-result";
          } else {
            a.href = labels.root + d[0]; a.lang = d[2];
            var bits = [labels.languages[d[2]] || d[2]];
            if (d[3]) bits.unshift(dateFormat.format(new Date(d[3] + "T00:00:00Z")));
            if (d[4]) bits.push(labels.pairs[d[4]] || d[4]);
            meta.textContent = bits.join(" · ");
          }
          li.appendChild(a); li.appendChild(meta); list.appendChild(li);
        });
      }).catch(function (err) {
        if (asked !== latest) return;
        if (err instanceof MissingFile) fail(err.file);
        else throw err;
      });
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var url = new URL(root.location.href); url.searchParams.set("q", input.value);
      root.history.replaceState(null, "", url.toString());
      show(input.value);
    });
    show(q);
  }

  root.KabarSearch = { fold: fold, tokens: tokens, shardName: shardName, Searcher: Searcher, MissingFile: MissingFile,
    scriptLoader: scriptLoader };
  if (typeof module !== "undefined" && module.exports) module.exports = root.KabarSearch;
  if (typeof document !== "undefined" && document.getElementById("search-labels")) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { render(document); });
    else render(document);
  }
})(typeof window !== "undefined" ? window : globalThis);
