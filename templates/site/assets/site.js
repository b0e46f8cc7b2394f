// SiteGen reading edition: optional enhancements. Without this file every link still works.
// 1. A permalink also copies the paragraph's full address; focus stays on it. 2. Every unit gets a button that
// copies its citation in the UN's form (data-cite), announced in a live region; focus stays on the button.
// 3. An address naming a range of paragraphs (#op8-op15) highlights the range. 4. On a small screen the sponsors
// are collapsed behind their count (open again for print). 5. Another language version built here, and a parallel
// view, open at the paragraph the reader is on. 6. A footnote reference opens the note in a native popover: click,
// tap or Enter opens it; Esc, a second click or a click outside closes it. 7. A paragraph that other documents
// cite shows how often. 8. A reference to another document of the edition previews it (symbol, title, date, the
// paragraph named) while the pointer rests on it or it has keyboard focus.

// A string of the page's (a data attribute) with its number filled in.
const fillIn = (pattern, value) => (pattern || "").replace("{n}", value);

// The element that holds a unit's own text: the unit itself (a paragraph without sub-paragraphs) or its first child.
const unitText = (unit) => unit && (unit.classList.contains("unit-text") ? unit : unit.querySelector(":scope > .unit-text"));

// Another page of the site, read and parsed; null when it cannot be read.
const readPage = (url) => fetch(url)
  .then((response) => (response.ok ? response.text() : ""))
  .then((html) => (html ? new DOMParser().parseFromString(html, "text/html") : null))
  .catch(() => null);

// A popover beside the element it belongs to: below it if it fits, above otherwise, centred on it, always inside
// the viewport (the footnote popover and the preview of a cited document).
const placeBeside = (popover, anchor) => {
  if (!anchor) return;
  const margin = 8;
  const gap = 6;
  const box = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const left = Math.max(margin, Math.min(box.left + box.width / 2 - width / 2, viewportWidth - width - margin));
  let top = box.bottom + gap;
  if (top + height > viewportHeight - margin && box.top - gap - height >= margin) top = box.top - gap - height;
  top = Math.max(margin, Math.min(top, viewportHeight - height - margin));
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
};

(() => {
  "use strict";

  const status = document.getElementById("copy-status");
  let statusTimer = 0;
  const canCopy = Boolean(navigator.clipboard) && window.isSecureContext;

  function announce(text) {
    if (!status) return;
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { status.textContent = ""; }, 4000);
  }

  if (canCopy && status) {
    for (const unit of document.querySelectorAll("[data-cite]")) {
      const text = unitText(unit);
      const permalink = text && text.querySelector(":scope > a.permalink");
      if (!permalink) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite-button";
      button.setAttribute("aria-label", fillIn(status.dataset.copyCitation, unit.dataset.cite));
      permalink.after(button);
    }
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target && target.closest("button.cite-button");
    if (button) {
      const unit = button.closest("[data-cite]");
      if (!unit) return;
      const cite = unit.dataset.cite;
      navigator.clipboard.writeText(cite).then(() => announce(fillIn(status.dataset.citationCopied, cite)), () => {});
      return;
    }
    const link = target && target.closest("a.permalink");
    if (!link || !canCopy) return;
    // The address changes as the link says, but focus stays on the link, so that Tab goes on from it.
    event.preventDefault();
    if (location.hash !== link.hash) location.hash = link.hash;
    link.focus({ preventScroll: true });
    const url = new URL(link.getAttribute("href"), location.href).href;
    navigator.clipboard.writeText(url).then(() => announce(status ? status.dataset.copied || "" : ""), () => {});
  });

  // A range of paragraphs of one part: #op8-op15, #pp3-pp5. A sub-paragraph's id (#op19-b) is not a range.
  function highlightRange() {
    for (const unit of document.querySelectorAll(".unit.in-range")) unit.classList.remove("in-range");
    const range = /^#(pp|op)(\d+)-(pp|op)(\d+)$/.exec(location.hash);
    if (!range || range[1] !== range[3]) return;
    const first = Number(range[2]);
    const last = Number(range[4]);
    let start = null;
    for (let number = Math.min(first, last); number <= Math.max(first, last); number++) {
      const unit = document.getElementById(range[1] + number);
      if (!unit) continue;
      unit.classList.add("in-range");
      start = start || unit;
    }
    if (start) start.scrollIntoView();
  }
  highlightRange();
  addEventListener("hashchange", highlightRange);

  const sponsors = document.querySelector("details.sponsors");
  if (sponsors) {
    if (matchMedia("(max-width: 36rem)").matches) sponsors.open = false;
    addEventListener("beforeprint", () => { sponsors.open = true; });
  }

  // The paragraph the reader is on: the one the address names, else the last unit whose top is in the upper
  // quarter of the window or above it. Scrolling back up to the links does not forget it.
  let readingPlace = "";
  function findPlace() {
    if (location.hash.length > 1) return location.hash;
    let place = "";
    for (const unit of document.querySelectorAll(".unit[id], .pair[id]")) {
      if (unit.getBoundingClientRect().top > innerHeight / 4) break;
      place = "#" + unit.id;
    }
    return place || readingPlace;
  }

  // Other versions and parallel views lead to the same paragraph; without this script, to the top.
  const versionLinks = [...document.querySelectorAll(".languages a.built:not([aria-current]), a.parallel")];
  for (const link of versionLinks) link.dataset.page = link.getAttribute("href").split("#")[0];
  function keepPlace() {
    readingPlace = findPlace();
    for (const link of versionLinks) link.setAttribute("href", link.dataset.page + readingPlace);
  }
  if (versionLinks.length > 0) {
    keepPlace();
    addEventListener("hashchange", keepPlace);
    addEventListener("scrollend", keepPlace);
    document.addEventListener("pointerdown", keepPlace, true);
    document.addEventListener("focusin", keepPlace, true);
  }

  const notes = document.getElementById("notes");
  if (!notes || !HTMLElement.prototype.hasOwnProperty("popover")) return;

  const popover = document.createElement("div");
  popover.id = "note-popover";
  popover.className = "note-popover";
  popover.popover = "auto";
  popover.tabIndex = -1;
  popover.setAttribute("role", "dialog");

  let current = null;
  let openAtPointerDown = null;

  function fill(reference, note) {
    const number = note.id.replace(/^fn/, "");
    const head = document.createElement("div");
    head.className = "note-popover-head";
    const title = document.createElement("span");
    title.id = "note-popover-title";
    title.textContent = fillIn(notes.dataset.popoverLabel, number);
    const close = document.createElement("button");
    close.type = "button";
    close.className = "note-popover-close";
    close.setAttribute("aria-label", notes.dataset.closeLabel || "");
    close.textContent = "×";
    close.addEventListener("click", () => popover.hidePopover());
    head.append(title, close);

    const text = document.createElement("p");
    const source = note.querySelector(".note-text");
    if (source) text.append(...Array.from(source.childNodes, (node) => node.cloneNode(true)));
    popover.replaceChildren(head, text);

    const repeats = note.querySelector(".note-repeats");
    if (repeats) {
      const copy = repeats.cloneNode(true);
      copy.hidden = false;
      popover.append(copy);
    }
    // Copies carry no ids, so that every id stays unique in the page.
    for (const element of popover.querySelectorAll("[id]:not(#note-popover-title)")) element.removeAttribute("id");
    popover.setAttribute("aria-labelledby", title.id);
  }

  const place = () => placeBeside(popover, current);

  function open(reference) {
    const note = document.getElementById(reference.hash.slice(1));
    if (!note) return false;
    if (popover.matches(":popover-open")) popover.hidePopover();
    current = reference;
    fill(reference, note);
    // Right after the reference, so that Tab leaves the note for the text that follows it.
    (reference.closest("sup") || reference).after(popover);
    try {
      popover.showPopover({ source: reference });
    } catch {
      popover.showPopover();
    }
    place();
    popover.focus();
    return true;
  }

  // Light dismiss closes the popover on pointerdown, before the click: remember whether this reference's
  // note was open, so that a second click closes it instead of opening it again.
  document.addEventListener("pointerdown", (event) => {
    const reference = event.target instanceof Element ? event.target.closest("a.noteref") : null;
    openAtPointerDown = reference && reference === current && popover.matches(":popover-open") ? reference : null;
  }, true);

  document.addEventListener("click", (event) => {
    const reference = event.target instanceof Element ? event.target.closest("a.noteref") : null;
    if (!reference || popover.contains(reference)) return;
    if (openAtPointerDown === reference || (reference === current && popover.matches(":popover-open"))) {
      event.preventDefault();
      openAtPointerDown = null;
      if (popover.matches(":popover-open")) popover.hidePopover();
      return;
    }
    if (open(reference)) event.preventDefault();
  });

  popover.addEventListener("toggle", (event) => {
    if (event.newState !== "closed" || !current) return;
    const active = document.activeElement;
    // Esc, the close button: focus goes back to the reference. A click elsewhere keeps its own focus.
    if (!active || active === document.body || popover.contains(active)) current.focus();
  });

  // Focus moving on into the text closes the note; a click elsewhere is light dismiss.
  popover.addEventListener("focusout", (event) => {
    if (event.relatedTarget instanceof Node && !popover.contains(event.relatedTarget) && popover.matches(":popover-open")) popover.hidePopover();
  });

  addEventListener("resize", place, { passive: true });
  addEventListener("scroll", place, { passive: true });
})();

// 7. Each paragraph that other documents of the edition cite shows how often, linked to the page's cited-by page
// (read from that page; nothing is shown when it cannot be read, as from a file).
(() => {
  "use strict";

  const link = document.querySelector(".cited-by-link a");
  if (!link || location.protocol === "file:" || !window.fetch || !window.DOMParser) return;
  readPage(link.href).then((page) => {
    if (!page) return;
    for (const item of page.querySelectorAll("li[data-paragraph]")) {
      const text = unitText(document.getElementById(item.dataset.paragraph));
      const count = item.querySelector(".count");
      if (!text || !count) continue;
      const cited = document.createElement("a");
      cited.className = "cited-count";
      cited.href = link.href;
      cited.textContent = count.textContent;
      text.append(" ", cited);
    }
  });
})();

// 8. A reference to another document of the edition (a.symbol.cited) previews that document while the pointer rests
// on it or it has keyboard focus: its symbol, title, dates and standing, and the paragraph the reference names, read
// from its page. The preview describes the link (aria-describedby), stays while the pointer is over it, and Esc
// closes it. Nothing is shown where the page cannot be read (as from a file); the link works as before.
(() => {
  "use strict";

  const references = document.querySelectorAll("main a.symbol.cited");
  if (!references.length || location.protocol === "file:" || !window.fetch || !window.DOMParser) return;
  if (!HTMLElement.prototype.hasOwnProperty("popover")) return;

  const preview = document.createElement("div");
  preview.id = "reference-preview";
  preview.className = "reference-preview";
  preview.popover = "manual";
  preview.setAttribute("role", "tooltip");
  document.body.append(preview);

  const pages = new Map();
  let current = null;
  let showTimer = 0;
  let hideTimer = 0;

  // The cited page, read once: what its header says of it, and the paragraphs it has.
  function read(url) {
    if (!pages.has(url)) pages.set(url, readPage(url));
    return pages.get(url);
  }

  function line(className, text) {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  // A fact of the cited page's header as its own page words it: its term, then its value.
  function fact(page, name) {
    const term = page.querySelector(`.fact-${name} dt`);
    const value = page.querySelector(`.fact-${name} dd`);
    if (!term || !value) return null;
    const p = line("reference-preview-fact", "");
    const label = document.createElement("span");
    label.className = "reference-preview-term";
    label.textContent = term.textContent.trim();
    p.append(label, " ", value.textContent.trim());
    return p;
  }

  function fill(page, hash) {
    const lang = page.documentElement.lang;
    const symbol = page.querySelector(".fact-symbol dd");
    const title = page.querySelector("h1");
    const parts = [];
    if (symbol) parts.push(line("reference-preview-symbol", symbol.textContent.trim()));
    if (title && title.textContent.trim()) parts.push(line("reference-preview-title", title.textContent.trim()));
    for (const name of ["issued", "status", "acted-on", "adopted-as"]) {
      const p = fact(page, name);
      if (p) parts.push(p);
    }
    const text = hash ? unitText(page.getElementById(decodeURIComponent(hash.slice(1)))) : null;
    if (text) {
      const copy = text.cloneNode(true);
      for (const control of copy.querySelectorAll(".permalink, .cite-button, .noteref-mark, .cited-count")) control.remove();
      const words = copy.textContent.replace(/\s+/g, " ").trim();
      parts.push(line("reference-preview-unit", words.length > 280 ? `${words.slice(0, 279)}…` : words));
    }
    if (!parts.length) return false;
    preview.lang = lang;
    preview.replaceChildren(...parts);
    return true;
  }

  const place = () => placeBeside(preview, current);

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    if (preview.matches(":popover-open")) preview.hidePopover();
  }

  function show(reference) {
    clearTimeout(hideTimer);
    if (current === reference) return;
    hide();
    current = reference;
    const url = new URL(reference.href, location.href);
    const hash = url.hash;
    url.hash = "";
    read(url.href).then((page) => {
      if (current !== reference || !page || !fill(page, hash)) return;
      preview.showPopover();
      place();
      reference.setAttribute("aria-describedby", preview.id);
    });
  }

  // A short rest of the pointer before it opens, and a short grace after it leaves, so that the pointer can move
  // from the link onto the preview (to select its text) without closing it.
  const later = () => { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 300); };
  for (const reference of references) {
    reference.addEventListener("mouseenter", () => {
      clearTimeout(showTimer);
      showTimer = setTimeout(() => show(reference), 250);
    });
    reference.addEventListener("mouseleave", () => { clearTimeout(showTimer); if (current === reference) later(); });
    reference.addEventListener("focus", () => { if (reference.matches(":focus-visible")) show(reference); });
    reference.addEventListener("blur", () => { if (current === reference) hide(); });
  }
  preview.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  preview.addEventListener("mouseleave", later);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && current) hide(); });
  addEventListener("resize", place, { passive: true });
  addEventListener("scroll", place, { passive: true });
})();
