/* Kabar Arsip offline search. The index (search/index.js) is loaded by a <script> tag and sets
   window.KABAR_SEARCH, so this works from disk (file://) with no fetch() and no other host.
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

  function fold(word) {
    return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[đøłßæœıħ]/g, function (c) { return EXTRA[c]; });
  }

  function tokens(text) { return (text.match(TOKEN) || []).map(fold); }

  function Searcher(index) {
    this.index = index;
    this.cache = {};
    this.words = Object.keys(index.words);
    this.stemIndex = new Map();
    for (var i = 0; i < index.stems.length; i++) this.stemIndex.set(index.stems[i], i);
  }

  Searcher.prototype.postings = function (stem) {
    var hit = this.cache[stem];
    if (hit) return hit;
    var out = new Map(), doc = 0, parts = this.index.post[stem] ? this.index.post[stem].split(",") : [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i], title = p.charAt(p.length - 1) === "!";
      doc += parseInt(title ? p.slice(0, -1) : p, 36);
      out.set(doc, title);
    }
    this.cache[stem] = out;
    return out;
  };

  Searcher.prototype.stemsOf = function (word) {
    var w = this.index.words;
    if (Object.prototype.hasOwnProperty.call(w, word)) return [].concat(w[word]);
    var found = [], i, j, cand;
    for (i = 0; i < PREFIXES.length; i++) {
      for (j = -1; j < SUFFIXES.length; j++) {
        cand = word;
        if (cand.indexOf(PREFIXES[i]) === 0) cand = cand.slice(PREFIXES[i].length); else if (i > 0) continue;
        if (j >= 0) { if (cand.length > SUFFIXES[j].length + 2 && cand.slice(-SUFFIXES[j].length) === SUFFIXES[j]) cand = cand.slice(0, -SUFFIXES[j].length); else continue; }
        if (cand.length < 3 || cand === word) continue;
        var forms = RESTORE[PREFIXES[i]] && word.indexOf(PREFIXES[i]) === 0 ? [cand, RESTORE[PREFIXES[i]] + cand] : [cand];
        for (var k = 0; k < forms.length; k++) {
          if (Object.prototype.hasOwnProperty.call(w, forms[k])) found = found.concat(w[forms[k]]);
          else if (this.stemIndex.has(forms[k])) found.push(this.stemIndex.get(forms[k]));
        }
      }
    }
    if (found.length) return found;
    if (word.length >= 3) {  // a word being typed: every archive word it begins
      for (i = 0; i < this.words.length && found.length < 60; i++) {
        if (this.words[i].indexOf(word) === 0) found = found.concat(w[this.words[i]]);
      }
    }
    return found;
  };

  /* -> {results: [{doc, score}], all: true when every word matched} */
  Searcher.prototype.search = function (query) {
    var words = tokens(query), n = this.index.docs.length, perWord = [], self = this;
    if (!words.length) return { results: [], all: true, words: [] };
    words.forEach(function (word, i) {
      var scores = new Map(), stems = self.stemsOf(word);
      // "Ha Noi" also finds "Hanoi": a word joined with its neighbour counts for both
      [words[i - 1] ? words[i - 1] + word : null, words[i + 1] ? word + words[i + 1] : null].forEach(function (joined) {
        if (joined && Object.prototype.hasOwnProperty.call(self.index.words, joined)) stems = stems.concat(self.index.words[joined]);
      });
      stems.forEach(function (stem) {
        var post = self.postings(stem), idf = Math.log(1 + n / (post.size || 1));
        post.forEach(function (inTitle, doc) {
          var s = idf * (inTitle ? 3 : 1);
          if (!scores.has(doc) || scores.get(doc) < s) scores.set(doc, s);
        });
      });
      perWord.push(scores);
    });
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
      var docs = self.index.docs;
      out.sort(function (a, b) {
        return b.score - a.score || (docs[b.doc][3] > docs[a.doc][3] ? 1 : docs[b.doc][3] < docs[a.doc][3] ? -1 : a.doc - b.doc);
      });
      return out;
    }
    var all = combine(true);
    if (all.length || perWord.length === 1) return { results: all, all: true, words: words };
    return { results: combine(false), all: false, words: words };
  };

  function render(page) {
    var labels = JSON.parse(page.getElementById("search-labels").textContent);
    var form = page.getElementById("search-page-form"), input = page.getElementById("search-page-q");
    var status = page.getElementById("search-status"), list = page.getElementById("search-results");
    var params = new URLSearchParams(root.location.search), q = params.get("q") || "";
    var searcher = new Searcher(root.KABAR_SEARCH);
    var dateFormat = new Intl.DateTimeFormat(labels.locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    input.value = q;
    function show(query) {
      list.textContent = "";
      if (!query.trim()) { status.textContent = labels.prompt; return; }
      var found = searcher.search(query);
      var shown = found.results.slice(0, 100);
      status.textContent = (found.results.length ? (found.all ? labels.count : labels.some) : labels.none)
        .replace("%(num)s", String(found.results.length)).replace("%(query)s", query);
      shown.forEach(function (r) {
        var d = searcher.index.docs[r.doc], li = page.createElement("li"), a = page.createElement("a");
        a.href = labels.root + d[0]; a.textContent = d[1]; a.lang = d[2]; a.className = "item-title";
        var meta = page.createElement("div"); meta.className = "item-meta";
        var bits = [labels.languages[d[2]] || d[2]];
        if (d[3]) bits.unshift(dateFormat.format(new Date(d[3] + "T00:00:00Z")));
        if (d[4]) bits.push(labels.pairs[d[4]] || d[4]);
        meta.textContent = bits.join(" · ");
        li.appendChild(a); li.appendChild(meta); list.appendChild(li);
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

  root.KabarSearch = { fold: fold, tokens: tokens, Searcher: Searcher };
  if (typeof module !== "undefined" && module.exports) module.exports = root.KabarSearch;
  if (typeof document !== "undefined" && document.getElementById("search-labels")) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { render(document); });
    else render(document);
  }
})(typeof window !== "undefined" ? window : globalThis);
