// SiteGen search page: looks the query up in the site's own search index (search/{lang}/, written by the build) in
// the browser; no request leaves the site. The index gives the documents that hold every term of the query; each
// document's page gives its units (every unit with an anchor and a citation: data-cite), so that a result names and
// links the paragraphs and notes that hold the words, the one holding the whole phrase first, with an excerpt.
// Results are built as elements and text, never as markup from the index or the pages.
(() => {
  "use strict";

  // ---- Terms: the rules of SearchTerms.cs, which writes the index (the tests hold the two to the same results).
  // Han, kana and Hangul give overlapping pairs of characters (and, in the index, the last character of a run alone);
  // any other run of letters, digits and marks is a word: each character in lower case, combining marks (vowel signs)
  // left out, a Latin letter with a mark as its letter.
  const unspacedBlocks = [
    [0x1100, 0x11ff], [0x3005, 0x3007], [0x3040, 0x30ff], [0x3130, 0x318f], [0x31f0, 0x31ff], [0x3400, 0x4dbf],
    [0x4e00, 0x9fff], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xf900, 0xfaff], [0xff66, 0xffdc], [0x20000, 0x323af],
  ];
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  const wordCharacter = /^[\p{L}\p{N}\p{M}]$/u;
  const ascii = /^[\x00-\x7f]*$/;

  function isUnspaced(character) {
    const code = character.codePointAt(0);
    for (const [first, last] of unspacedBlocks) {
      if (code < first) return false;
      if (code <= last) return letterOrDigit.test(character);
    }
    return false;
  }

  // From À (U+00C0) to ſ (U+017F), each character's letter when it is an ASCII letter with marks (é → e, ñ → n), in
  // lower case: SearchTerms.LatinLetters, the same string.
  const latinFirst = 0xc0;
  const latinLetters = "aaaaaaÆceeeeiiiiÐnooooo×ØuuuuyÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyaaaaaaccccccccddĐđeeeeeeeeeegggggggghhĦħiiiiiiiiiıĲĳjjkkĸllllllĿŀŁłnnnnnnŉŊŋooooooŒœrrrrrrssssssssttttŦŧuuuuuuuuuuuuwwyyyzzzzzzſ";

  // Character by character, as the build folds it: a character whose lower case is longer (İ) stays as it is; a
  // Latin letter with a mark is its letter.
  const lowerCharacter = (character) => {
    const lower = character.toLowerCase().length === character.length ? character.toLowerCase() : character;
    const at = lower.codePointAt(0) - latinFirst;
    return at >= 0 && at < latinLetters.length ? latinLetters[at] : lower;
  };

  const foldWord = (word) => (ascii.test(word)
    ? word.toLowerCase()
    : Array.from(word.replace(/\p{Mn}/gu, ""), lowerCharacter).join(""));

  // Calls found(term, start, end, kind) for each term of the text, kind "word", "character" or "pair"; as "index",
  // a run of Han, kana or Hangul gives its pairs and its last character; as "query", its pairs only (its character
  // when alone); as "text", its pairs and every character (to find a result's terms and phrase in its units).
  function scan(text, mode, found) {
    let run = 0;
    let previous = "";
    let previousStart = 0;
    let wordStart = -1;
    const endWord = (end) => {
      if (wordStart < 0) return;
      const folded = foldWord(text.slice(wordStart, end));
      if (folded) found(folded, wordStart, end, "word");
      wordStart = -1;
    };
    const unspacedAt = (position) => position < text.length && isUnspaced(String.fromCodePoint(text.codePointAt(position)));
    for (let position = 0; position < text.length;) {
      const character = String.fromCodePoint(text.codePointAt(position));
      const next = position + character.length;
      if (isUnspaced(character)) {
        endWord(position);
        const folded = character;
        const endsRun = !unspacedAt(next);
        if (mode === "text" || (mode === "index" && endsRun)) found(folded, position, next, "character");
        if (run > 0) found(previous + folded, previousStart, next, "pair");
        else if (mode === "query" && endsRun) found(folded, position, next, "character");
        previous = folded;
        previousStart = position;
        run++;
      } else {
        run = 0;
        if (wordCharacter.test(character)) {
          if (wordStart < 0) wordStart = position;
        } else {
          endWord(position);
        }
      }
      position = next;
    }
    endWord(text.length);
  }

  function indexTerms(text) {
    const terms = [];
    scan(text, "index", (term) => terms.push(term));
    return terms;
  }

  function queryTerms(text) {
    const terms = [];
    scan(text, "query", (term) => { if (!terms.includes(term)) terms.push(term); });
    return terms;
  }

  // The words and characters of a text, in order, without what separates them: a phrase is a run of them.
  function phraseOf(text) {
    const atoms = [];
    scan(text, "text", (term, start, end, kind) => { if (kind !== "pair") atoms.push(term); });
    return atoms.length === 0 ? "" : "\u0001" + atoms.join("\u0001") + "\u0001";
  }

  // ---- A document page's units: [anchor, citation, text] for each unit the page cites (data-cite), in the page's
  // order. A unit's text is its own paragraph's (not its sub-paragraphs'), without the label, the note references
  // and the links beside it: the text the index was made from.
  const besideTheText = ".label, .noteref-mark, .permalink, .backlink";

  function unitsOf(html) {
    const page = new DOMParser().parseFromString(html, "text/html");
    return [...page.querySelectorAll(".unit[data-cite]")].map((unit) => {
      const own = unit.classList.contains("unit-text") ? unit : unit.querySelector(":scope > .unit-text");
      const text = own ? own.cloneNode(true) : document.createElement("p");
      for (const beside of text.querySelectorAll(besideTheText)) beside.remove();
      return [unit.id, unit.dataset.cite, text.textContent];
    });
  }

  window.SiteGenSearchTerms = Object.freeze({ index: indexTerms, query: queryTerms, units: unitsOf });

  // ---- The page.
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  const selects = [...form.querySelectorAll("select[data-filter]")];
  // Where each filter's value stands in an entry of documents.json: [folder, title, body, session, standing].
  const filterColumns = { body: 2, session: 3, type: 4 };
  const maxDocuments = 20;
  const maxUnitsPerDocument = 3;
  const excerptBefore = 40;
  const excerptLength = 160;
  const index = new URL(form.dataset.index, document.baseURI);
  const siteRoot = new URL("../../", index);
  const shards = new Map();
  const pages = new Map();
  let documents = null;
  let loading = null;
  let search = 0;

  function say(key, value) {
    status.textContent = (form.dataset[key] || "").replace("{n}", value === undefined ? "" : String(value));
  }

  // A file of the index; null when there is none (no term of the language starts with that character).
  async function read(url) {
    const response = await fetch(url);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  // A result's page, for its units; null when it is not there.
  async function readPage(url) {
    const response = await fetch(url);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return { units: unitsOf(await response.text()) };
  }

  // Each file is read once; a failed read is tried again at the next search.
  function cached(cache, key, url, reader = read) {
    if (!cache.has(key)) cache.set(key, reader(url).catch((error) => { cache.delete(key); throw error; }));
    return cache.get(key);
  }

  // The list of documents, read once (the filters are filled from it); tried again after a failure.
  function load() {
    if (!loading) {
      loading = read(new URL("documents.json", index)).then((listed) => {
        if (!Array.isArray(listed)) throw new Error("no search index");
        documents = listed;
        fillFilters();
      });
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  function fillFilters() {
    let shown = false;
    for (const select of selects) {
      const column = filterColumns[select.dataset.filter];
      const values = [...new Set(documents.map((entry) => entry[column]).filter((value) => value))].sort();
      for (const value of values) {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.append(option);
      }
      select.parentElement.hidden = values.length < 2;
      shown = shown || values.length >= 2;
    }
    form.querySelector(".search-filters").hidden = !shown;
  }

  // The documents that hold a term, each with how often, from the term's shard: a character alone (a query of one
  // character) is indexed alone only where it ends a run, and elsewhere as the first of a pair, so it is found as
  // every term of its shard (all of which start with it).
  function postingsOf(shard, term) {
    const found = new Map();
    const lists = !shard ? [] : [...term].length === 1 && isUnspaced(term) ? Object.values(shard) : Object.hasOwn(shard, term) ? [shard[term]] : [];
    for (const list of lists) {
      // Each document is given by how far its number is from the one before.
      for (let i = 0, number = 0; i < list.length; i += 2) {
        number += list[i];
        found.set(number, (found.get(number) || 0) + list[i + 1]);
      }
    }
    return found;
  }

  // The documents that hold every term and pass the filters, the ones where the terms stand most often first.
  async function documentsHolding(terms) {
    const postings = await Promise.all(terms.map(async (term) => {
      const shard = await cached(shards, term.codePointAt(0).toString(16), new URL(`terms/${term.codePointAt(0).toString(16)}.json`, index));
      return postingsOf(shard, term);
    }));
    if (postings.length === 0 || postings.some((found) => found.size === 0)) return [];
    let scores = null;
    for (const found of postings) {
      if (scores === null) {
        scores = found;
        continue;
      }
      const both = new Map();
      for (const [number, count] of found) {
        if (scores.has(number)) both.set(number, scores.get(number) + count);
      }
      scores = both;
    }
    const chosen = selects.filter((select) => select.value).map((select) => [filterColumns[select.dataset.filter], select.value]);
    return [...scores]
      .filter(([number]) => chosen.every(([column, value]) => documents[number][column] === value))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([number]) => number);
  }

  // The units of a document that hold terms searched for: the ones holding the whole phrase first, then those
  // holding more of the terms, then in the document's order.
  function unitsHolding(page, terms, phrase) {
    const wanted = new Set(terms);
    const units = [];
    page.units.forEach(([id, citation, text], order) => {
      const held = new Set();
      const marks = [];
      scan(text, "text", (term, start, end) => {
        if (wanted.has(term)) {
          held.add(term);
          marks.push([start, end]);
        }
      });
      if (held.size > 0) units.push({ id, citation, text, order, held: held.size, marks, whole: phrase !== "" && phraseOf(text).includes(phrase) });
    });
    return units.sort((a, b) => (b.whole - a.whole) || (b.held - a.held) || (a.order - b.order));
  }

  // The unit's text around its first term found, the terms marked.
  function excerpt(unit) {
    const marks = unit.marks.sort((a, b) => a[0] - b[0]).reduce((merged, mark) => {
      const last = merged[merged.length - 1];
      if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
      else merged.push([...mark]);
      return merged;
    }, []);
    const start = Math.max(0, marks[0][0] - excerptBefore);
    const end = Math.min(unit.text.length, start + excerptLength);
    const paragraph = document.createElement("p");
    paragraph.className = "search-excerpt";
    if (start > 0) paragraph.append("…");
    let at = start;
    for (const [markStart, markEnd] of marks) {
      if (markStart >= end) break;
      if (markEnd <= at) continue;
      paragraph.append(unit.text.slice(at, Math.max(at, markStart)));
      const mark = document.createElement("mark");
      mark.textContent = unit.text.slice(Math.max(at, markStart), Math.min(markEnd, end));
      paragraph.append(mark);
      at = Math.min(markEnd, end);
    }
    paragraph.append(unit.text.slice(at, end));
    if (end < unit.text.length) paragraph.append("…");
    return paragraph;
  }

  function documentResult(found) {
    const page = new URL(documents[found.number][0], siteRoot).href;
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = page;
    link.textContent = documents[found.number][1];
    heading.append(link);
    item.append(heading);
    if (found.units.length === 0) return item;
    const units = document.createElement("ul");
    units.className = "search-units";
    for (const unit of found.units.slice(0, maxUnitsPerDocument)) {
      const entry = document.createElement("li");
      const unitLink = document.createElement("a");
      unitLink.className = "search-unit";
      unitLink.href = page + "#" + unit.id;
      unitLink.textContent = unit.citation;
      entry.append(unitLink, excerpt(unit));
      units.append(entry);
    }
    item.append(units);
    return item;
  }

  async function run(query) {
    const current = ++search;
    list.replaceChildren();
    const terms = queryTerms(query);
    if (terms.length === 0) {
      if (query.trim()) say("none");
      else status.textContent = "";
      return;
    }
    say("searching");
    let found;
    try {
      await load();
      const holding = await documentsHolding(terms);
      const phrase = phraseOf(query);
      found = await Promise.all(holding.slice(0, maxDocuments).map(async (number, rank) => {
        const page = await cached(pages, number, new URL(documents[number][0], siteRoot), readPage);
        return { number, rank, units: page ? unitsHolding(page, terms, phrase) : [] };
      }));
      found.total = holding.length;
    } catch {
      if (current === search) say("unavailable");
      return;
    }
    if (current !== search) return;
    if (found.length === 0) {
      say("none");
      return;
    }
    // The documents with a unit holding the whole phrase first, then those with a unit holding more of the terms.
    const best = (result, key) => (result.units.length > 0 ? Number(result.units[0][key]) : 0);
    found.sort((a, b) => best(b, "whole") - best(a, "whole") || best(b, "held") - best(a, "held") || a.rank - b.rank);
    list.replaceChildren(...found.map(documentResult));
    say("results", found.total);
  }

  function searchFromForm() {
    const query = input.value;
    const address = new URL(window.location.href);
    if (query.trim()) address.searchParams.set("q", query);
    else address.searchParams.delete("q");
    history.replaceState(null, "", address);
    run(query);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchFromForm();
  });
  for (const select of selects) select.addEventListener("change", searchFromForm);

  // The filters are filled as soon as the index can be read; a search named in the address runs at once.
  status.textContent = "";
  load().catch(() => say("unavailable"));
  const named = new URL(window.location.href).searchParams.get("q");
  if (named) {
    input.value = named;
    run(named);
  }
})();
