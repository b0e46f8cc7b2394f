// SiteGen search page: runs the site's Pagefind index in the browser (no request leaves the site). Pagefind finds
// the pages; each page's hits are then placed in the paragraphs and notes that hold them (the units' ids, which
// Pagefind records as anchors with their word positions) and shown by the unit's citation (the page's "units"
// metadata), linking to the paragraph's anchor. A unit holding more of the words searched for comes first.
// Results are built as elements and text, never as markup from the index.
(() => {
  "use strict";

  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  const selects = [...form.querySelectorAll("select[data-filter]")];
  const maxPages = 20;
  const maxUnitsPerPage = 3;
  const excerptWords = 30;
  // Chinese and Japanese are written without spaces between words, and Pagefind keeps their text so.
  const segmented = !/^(zh|ja)\b/i.test(document.documentElement.lang);
  let pagefind = null;
  let search = 0;

  function say(key, value) {
    status.textContent = (form.dataset[key] || "").replace("{n}", value === undefined ? "" : String(value));
  }

  async function load() {
    if (pagefind) return pagefind;
    const bundle = new URL(form.dataset.pagefind, document.baseURI);
    const module = await import(bundle.href);
    // Results are addresses from the site's root, wherever the site is hosted.
    await module.options({ baseUrl: new URL("..", bundle).pathname, excerptLength: excerptWords });
    await module.init();
    pagefind = module;
    await fillFilters();
    return pagefind;
  }

  async function fillFilters() {
    const available = await pagefind.filters();
    let shown = false;
    for (const select of selects) {
      const values = Object.keys(available[select.dataset.filter] || {}).sort();
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

  function chosenFilters() {
    const filters = {};
    for (const select of selects) {
      if (select.value) filters[select.dataset.filter] = select.value;
    }
    return filters;
  }

  // "id citation|id citation|…" → Map(id → citation).
  function unitCitations(units) {
    const citations = new Map();
    for (const entry of (units || "").split("|")) {
      const space = entry.indexOf(" ");
      if (space > 0) citations.set(entry.slice(0, space), entry.slice(space + 1));
    }
    return citations;
  }

  // The units a page's hits fall in: each hit belongs to the last unit anchor at or before it (a sub-paragraph's
  // anchor follows its paragraph's, so a hit in (b) belongs to (b)). The unit where the most words searched for
  // stand together (a phrase) comes first, then the one with the most hits, then the earlier one.
  function unitsHit(data, citations) {
    const anchors = data.anchors.filter((anchor) => citations.has(anchor.id)).sort((a, b) => a.location - b.location);
    const hits = new Map();
    let owner = -1;
    for (const location of [...data.locations].sort((a, b) => a - b)) {
      while (owner + 1 < anchors.length && anchors[owner + 1].location <= location) owner++;
      if (owner < 0) continue;
      const anchor = anchors[owner];
      let hit = hits.get(anchor.id);
      if (!hit) {
        const end = owner + 1 < anchors.length ? anchors[owner + 1].location : Infinity;
        hit = { anchor, end, locations: [], run: 0, longest: 0, last: -2 };
        hits.set(anchor.id, hit);
      }
      hit.run = location === hit.last + 1 ? hit.run + 1 : 1;
      hit.longest = Math.max(hit.longest, hit.run);
      hit.last = location;
      hit.locations.push(location);
    }
    return [...hits.values()].sort((a, b) =>
      b.longest - a.longest || b.locations.length - a.locations.length || a.anchor.location - b.anchor.location);
  }

  function excerptElement() {
    const paragraph = document.createElement("p");
    paragraph.className = "search-excerpt";
    return paragraph;
  }

  // Words of a space-separated language: Pagefind's word positions index the page's text split at spaces.
  function wordExcerpt(words, hit) {
    const marked = new Set(hit.locations);
    const first = hit.locations[0];
    const start = Math.max(hit.anchor.location, first - Math.floor(excerptWords / 3));
    const end = Math.min(hit.end, words.length, start + excerptWords);
    const paragraph = excerptElement();
    if (start > hit.anchor.location) paragraph.append("… ");
    for (let i = start; i < end; i++) {
      if (i > start) paragraph.append(" ");
      if (marked.has(i)) {
        const mark = document.createElement("mark");
        mark.textContent = words[i];
        paragraph.append(mark);
      } else {
        paragraph.append(words[i]);
      }
    }
    if (end < Math.min(hit.end, words.length)) paragraph.append(" …");
    return paragraph;
  }

  // Chinese and Japanese text is kept unsegmented, so word positions say nothing about where a character is: the
  // excerpt is the text around an occurrence of the phrase searched for, the n-th one for the n-th unit holding it.
  function phraseExcerpt(content, phrase, occurrence) {
    const found = [];
    for (let at = content.indexOf(phrase); at >= 0 && phrase; at = content.indexOf(phrase, at + phrase.length)) found.push(at);
    if (found.length === 0) return null;
    const at = found[Math.min(occurrence, found.length - 1)];
    const start = Math.max(0, at - 20);
    const end = Math.min(content.length, at + phrase.length + 40);
    const paragraph = excerptElement();
    const mark = document.createElement("mark");
    mark.textContent = content.slice(at, at + phrase.length);
    paragraph.append(start > 0 ? "…" : "", content.slice(start, at), mark, content.slice(at + phrase.length, end), end < content.length ? "…" : "");
    return paragraph;
  }

  function pageResult(data, query) {
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.append(link);
    item.append(heading);
    const citations = unitCitations(data.meta && data.meta.units);
    const hits = unitsHit(data, citations);
    const words = data.content.split(/\s+/);
    const phrase = query.replace(/\s+/g, "");
    // The units holding the whole phrase, in the page's order: the n-th of them holds its n-th occurrence.
    const longest = hits.length > 0 ? hits[0].longest : 0;
    const whole = hits.filter((hit) => hit.longest === longest).sort((a, b) => a.anchor.location - b.anchor.location);
    const excerpt = (hit) => segmented
      ? wordExcerpt(words, hit)
      : hit.longest === longest ? phraseExcerpt(data.content, phrase, whole.indexOf(hit)) : null;
    if (hits.length === 0) {
      // Words found only outside the units (the title, the header): the page's own beginning.
      const found = segmented
        ? wordExcerpt(words, { anchor: { location: 0 }, end: words.length, locations: data.locations })
        : phraseExcerpt(data.content, phrase, 0);
      if (found) item.append(found);
      return item;
    }
    const units = document.createElement("ul");
    units.className = "search-units";
    for (const hit of hits.slice(0, maxUnitsPerPage)) {
      const unit = document.createElement("li");
      const unitLink = document.createElement("a");
      unitLink.className = "search-unit";
      unitLink.href = data.url + "#" + hit.anchor.id;
      unitLink.textContent = citations.get(hit.anchor.id);
      unit.append(unitLink);
      const shown = excerpt(hit);
      if (shown) unit.append(shown);
      units.append(unit);
    }
    item.append(units);
    return item;
  }

  async function run(query) {
    const current = ++search;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    say("searching");
    let found;
    try {
      await load();
      found = await pagefind.search(query, { filters: chosenFilters() });
    } catch {
      if (current === search) say("unavailable");
      return;
    }
    if (current !== search || !found) return;
    if (found.results.length === 0) {
      say("none");
      return;
    }
    const pages = await Promise.all(found.results.slice(0, maxPages).map((result) => result.data()));
    if (current !== search) return;
    list.replaceChildren(...pages.map((data) => pageResult(data, query)));
    say("results", found.results.length);
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
