// The fact sheet's search, in Material's search dialog (generator/site/theme/partials/search.html),
// over the index the generator writes (generator/site/search.py). Nothing is fetched until a
// reader opens the search; then the manifest, and for each word typed only the part of the
// index holding the words that begin with its first two letters, then the parts holding the
// entries shown. Text from the index is only ever set as text (textContent), never as HTML.
(() => {
  "use strict";
  const dialog = document.querySelector("[data-fs-search]");
  const toggle = document.getElementById("__search");
  const config = document.getElementById("__config");
  if (!dialog || !toggle || !config) return;
  const input = dialog.querySelector(".md-search__input");
  const form = dialog.querySelector("[data-fs-search-form]");
  const meta = dialog.querySelector(".md-search-result__meta");
  const list = dialog.querySelector(".md-search-result__list");
  const scrollwrap = dialog.querySelector(".md-search__scrollwrap");
  const base = new URL(JSON.parse(config.textContent).base.replace(/\/?$/, "/"), location.href);
  const SHOWN = 30;
  const PROMPT = meta.textContent;

  // Words as the index holds them: the same folding as search.words() in Python (tested).
  const APOSTROPHES = /['\u2019\u02bc]/g;
  const WORD = /[\p{L}\p{N}]+/gu;
  const MARKS = /\p{M}/gu;
  const fold = (word) => (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize("NFD").replace(MARKS, ""));
  const words = (text) => (text.toLowerCase().replace(APOSTROPHES, "").normalize("NFC").match(WORD) || []).map(fold);
  window.factsheetSearchWords = words; // for the test that compares it with the generator's

  // A Ukrainian word typed in another form than the one indexed ("Коваля", "Німеччини",
  // "членства") is cut to its stem, which then begins the indexed form ("коваль", "німеччина",
  // "членство"): its case ending, the longest that leaves three letters, is dropped. Endings
  // are folded as the words are (й → и, ї → і). Only words in Cyrillic are cut.
  const ENDINGS = ["ього", "ьому", "ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ах", "ях", "ам",
    "ям", "ом", "ем", "єм", "ів", "їв", "ей", "ою", "ею", "єю", "ій", "ий", "ої", "их", "іх", "ім", "им", "а", "я",
    "у", "ю", "і", "ї", "е", "є", "о", "и", "ь", "й"].map(fold).sort((a, b) => b.length - a.length);
  const CYRILLIC = /[\u0400-\u04ff]/;
  const stem = (term) => {
    if (!CYRILLIC.test(term)) return term;
    const ending = ENDINGS.find((e) => term.endsWith(e) && term.length - e.length >= 3);
    return ending ? term.slice(0, -ending.length) : term;
  };
  window.factsheetSearchStem = stem; // for the test of its cuts

  // What was fetched, by address; a failed fetch is forgotten, so that the next search tries again.
  const fetched = new Map();
  const json = (url, options) => {
    if (!fetched.has(url)) {
      fetched.set(url, fetch(url, options)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
        .catch((error) => {
          fetched.delete(url);
          throw error;
        }));
    }
    return fetched.get(url);
  };
  const index = () => json(new URL("search/index.json", base).href, { cache: "no-cache" });
  const part = (found, path) =>
    (path in found.parts ? json(new URL(`${path}?v=${found.parts[path]}`, base).href) : Promise.resolve(null));
  const hex = (text) => Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0")).join("");

  // Each term matches the indexed words it begins; an entry must match every term. A name
  // weighs more than text, a whole word more than its beginning.
  async function search(query) {
    const found = await index();
    const terms = [...new Set(words(query).map(stem))].filter((t) => t.length >= found.key_length);
    if (!terms.length) return null;
    const shards = await Promise.all(terms.map((t) => part(found, `search/words/${hex(t.slice(0, found.key_length))}.json`)));
    let scores = null;
    terms.forEach((term, i) => {
      const matched = new Map();
      for (const [word, postings] of Object.entries(shards[i] || {})) {
        if (!word.startsWith(term)) continue;
        const whole = word === term ? 2 : 1;
        for (let k = 0; k < postings.length; k += 2) {
          const score = postings[k + 1] * postings[k + 1] * 2 * whole;
          if (score > (matched.get(postings[k]) || 0)) matched.set(postings[k], score);
        }
      }
      if (scores === null) {
        scores = matched;
      } else {
        for (const [entry, score] of scores) {
          if (matched.has(entry)) scores.set(entry, score + matched.get(entry));
          else scores.delete(entry);
        }
      }
    });
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const shown = await Promise.all(ranked.slice(0, SHOWN).map(async ([entry]) => {
      const entries = await part(found, `search/entries/${Math.floor(entry / found.per_part)}.json`);
      return entries[entry % found.per_part];
    }));
    return { total: ranked.length, shown, terms };
  }

  // Text with the words that begin with a term marked, as DOM nodes (never as HTML).
  function marked(element, text, terms) {
    const pattern = /[\p{L}\p{N}'\u2019\u02bc]+/gu;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const word = words(match[0]).join("");
      if (!terms.some((t) => word.startsWith(t))) continue;
      element.append(text.slice(last, match.index));
      const mark = document.createElement("mark");
      mark.textContent = match[0];
      element.append(mark);
      last = match.index + match[0].length;
    }
    element.append(text.slice(last));
    return element;
  }

  function item([url, title, kind, excerpt], terms) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(url, base).href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset fs-result";
    const label = document.createElement("span");
    label.className = "fs-result-kind";
    label.textContent = kind;
    const heading = marked(document.createElement("span"), title, terms);
    heading.className = "fs-result-title";
    article.append(label, heading);
    if (excerpt) article.append(marked(document.createElement("p"), excerpt, terms));
    link.append(article);
    li.append(link);
    return li;
  }

  // No results: an empty list, a message, and the box no tab stop.
  const empty = (message) => {
    list.replaceChildren();
    scrollwrap.tabIndex = -1;
    meta.textContent = message;
  };

  let asked = 0;
  async function show() {
    const query = input.value;
    const mine = ++asked;
    if (!words(query).length) {
      empty(PROMPT);
      return;
    }
    let result;
    try {
      result = await search(query);
    } catch (error) {
      if (mine === asked) meta.textContent = say("search.failed");
      return;
    }
    if (mine !== asked) return; // a newer query is on its way
    if (result === null) {
      empty(say("search.short"));
      return;
    }
    list.replaceChildren(...result.shown.map((entry) => item(entry, result.terms)));
    scrollwrap.tabIndex = result.shown.length ? 0 : -1; // a stop for the keyboard only with results to scroll
    const count = result.total === 1 ? say("search.one")
      : say("search.many", { count: result.total.toLocaleString(document.documentElement.lang || "en") });
    meta.textContent = result.total === 0 ? say("search.none")
      : result.total > result.shown.length ? say("search.first", { count, shown: result.shown.length }) : count;
  }

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(show, 60);
  });
  input.addEventListener("focus", () => {
    toggle.checked = true;
    index().catch(() => {});
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) input.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", () => {
    empty(PROMPT);
    input.focus();
  });

  // Focus leaving the dialog (a Tab past it) closes search, so that its results never stand
  // open over the page the reader has moved on to.
  dialog.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !dialog.contains(event.relatedTarget)) toggle.checked = false;
  });

  const links = () => [...list.querySelectorAll("a")];
  const close = () => {
    toggle.checked = false;
    input.blur();
  };
  dialog.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1]).focus();
    }
  });
  // "/" or "s" opens search from anywhere on the page, as in Material.
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || toggle.checked) return;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === "/" || event.key === "s") {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
})();
