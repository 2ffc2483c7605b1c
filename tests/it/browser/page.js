// Measurements taken inside the page. Called as `(<this file>)(op, args)`; returns plain JSON. The
// Rust side decides what passes: this file only measures and describes.
(async function (op, A) {
  "use strict";

  // A short, readable description of an element: up to three ancestors, classes, id and href.
  function desc(el) {
    const parts = [];
    for (let e = el; e && e !== document.body && e !== document.documentElement && parts.length < 3; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) s += "#" + e.id;
      for (const c of e.classList) s += "." + c;
      const href = e === el && e.getAttribute("href");
      if (href) s += `[href="${href.length > 50 ? href.slice(0, 47) + "…" : href}"]`;
      parts.unshift(s);
    }
    return parts.join(" > ");
  }

  function text(el) {
    const t = (el.innerText || el.textContent || el.value || "").replace(/\s+/g, " ").trim();
    return t.length > 60 ? t.slice(0, 57) + "…" : t;
  }

  // Rendered at all (has boxes, not display:none / visibility:hidden / in a closed <details>).
  function rendered(el) {
    return el.getClientRects().length > 0 && el.checkVisibility({ checkVisibilityCSS: true });
  }

  function visible(el) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  function box(selector) {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      desc: desc(el), text: text(el), visible: visible(el),
      top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height,
    };
  }

  function rects(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  }

  // Lines an element's contents take: client rects grouped by their top (a second line starts at least
  // half a line lower; rects of one line differ by a pixel at most).
  function lines(el) {
    const rs = rects(el);
    if (!rs.length) return { lines: 0, tops: [] };
    const tops = rs.map((r) => r.top).sort((a, b) => a - b);
    const tolerance = Math.max(2, Math.min(...rs.map((r) => r.height)) / 2);
    let n = 1, first = tops[0];
    for (const t of tops) if (t - first > tolerance) { n += 1; first = t; }
    return { lines: n, tops: [...new Set(tops.map(Math.round))] };
  }

  // Visible, non-blank text nodes of the body, with their parent and whitespace-normalised text.
  function* textNodes() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      const t = node.data.replace(/\s+/g, " ").trim();
      if (!t || !rects(node).length) continue;
      if (getComputedStyle(parent).visibility !== "visible") continue;
      yield [parent, t];
    }
  }

  // Texts that need no language: phone numbers and addresses in links, URLs, e-mail addresses, and the
  // site name in the header (the same in every language).
  function exempt(parent, t) {
    return !!parent.closest('a[href^="tel:"], a[href^="mailto:"]')
      || /^(https?:\/\/|www\.)\S+$/i.test(t)
      || /^[\w-]+(\.[\w-]+)+\.?\/\S*$/i.test(t)
      || /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(t)
      || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)
      || (!!parent.closest("header .brand") && A.site_name.includes(t));
  }

  function langOf(parent) {
    const holder = parent.closest("[lang]");
    return holder ? holder.getAttribute("lang") : null;
  }

  let canvas = null;
  // Any CSS colour as [r, g, b, alpha] (through a canvas, so oklch() and friends work too).
  function rgba(color) {
    if (!canvas) {
      canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
    }
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0, 0, 0, 0)";
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  }

  // The colour behind an outline: the first ancestor (from `el` up) with a background colour, blended
  // over what lies below it if it is translucent; white at the bottom.
  function background(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let base = [255, 255, 255];
    for (const c of layers.reverse()) base = base.map((b, i) => c[i] * c[3] + b * (1 - c[3]));
    return base;
  }

  function until(condition, ms) {
    return new Promise((resolve) => {
      const end = performance.now() + ms;
      const step = () => (condition() || performance.now() > end ? resolve() : requestAnimationFrame(step));
      step();
    });
  }

  const nav = performance.getEntriesByType("navigation")[0];
  const status = nav && nav.responseStatus ? nav.responseStatus : null;

  if (op === "probe") {
    // A.width: the viewport width just set (resizes are applied asynchronously).
    await until(() => window.innerWidth === A.width, 2000);
    window.scrollTo(0, 0);
    const out = {
      url: location.href, status, inner_width: window.innerWidth, inner_height: window.innerHeight,
      client_width: document.documentElement.clientWidth, scroll_y: window.scrollY,
      html_lang: document.documentElement.getAttribute("lang") || "",
      root_font_size: getComputedStyle(document.documentElement).fontSize,
    };

    out.nowrap = [];
    for (const el of document.querySelectorAll('a[href^="tel:"], .nw')) {
      if (!rendered(el)) continue;
      const l = lines(el);
      out.nowrap.push({ desc: desc(el), text: text(el), lines: l.lines, tops: l.tops });
    }

    out.boxes = {
      quick_exit: box("header a.quick-exit"),
      langpick: box("header .langpick summary"),
      sos: box("header .sos"),
      brand: box("header .brand"),
    };
    // Words of the site's name that run over two lines ("Wermelskirche" / "n").
    out.brand_broken = [];
    const brandEl = document.querySelector("header .brand");
    if (brandEl) {
      const walker = document.createTreeWalker(brandEl, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.brand_broken.push(m[0]);
        }
      }
    }
    out.lang_links = [...document.querySelectorAll("header .langpick a")].map((a) => ({
      lang: a.getAttribute("lang"), hreflang: a.getAttribute("hreflang"),
      text: (a.textContent || "").replace(/\s+/g, " ").trim(), href: a.getAttribute("href"),
    }));

    const BIG = 'a[href^="tel:"], button, input:not([type=hidden]), summary, .quick-exit, .sos, .card h2 a, .card h3 a';
    const AREAS = [".crumbs", ".offer dd", ".tnote", ".card", "header", ".langpick", "footer", ".cats", ".crisis"];
    out.tap = [];
    for (const el of document.querySelectorAll(BIG)) {
      if (!rendered(el)) continue;
      const r = el.getBoundingClientRect();
      out.tap.push({ desc: desc(el), text: text(el), big: true, width: r.width, height: r.height });
    }
    for (const el of document.querySelectorAll(AREAS.map((s) => s + " a[href]").join(", "))) {
      if (el.matches(BIG) || !rendered(el)) continue;
      const r = el.getBoundingClientRect();
      out.tap.push({ desc: desc(el), text: text(el), big: false, width: r.width, height: r.height });
    }

    out.hide_link = !!document.querySelector('a[href$="/hide-visit"]');
    out.iso = [];
    out.foreign = [];
    out.texts = [];
    if (A.text) {
      const body = document.body.innerText;
      for (const m of body.matchAll(/\b\d{4}-\d{2}(-\d{2})?\b/g)) {
        const context = body.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
        out.iso.push({ found: m[0], context: context.replace(/\s+/g, " ") });
      }
      const latin = /\p{Script=Latin}{3,}/u;
      const own = A.script === "Arabic" ? /\p{Script=Arabic}/u : A.script === "Cyrillic" ? /\p{Script=Cyrillic}/u : null;
      for (const [parent, t] of textNodes()) {
        if (exempt(parent, t)) continue;
        if (own && latin.test(t) && !own.test(t)) {
          out.foreign.push({ text: t, desc: desc(parent), lang: langOf(parent) });
        }
        if (A.texts && t.length >= 12 && /\p{L}/u.test(t)) {
          out.texts.push({ text: t, desc: desc(parent), lang: langOf(parent) });
        }
      }
    }
    return out;
  }

  if (op === "focusables") {
    const all = document.getElementsByTagName("*");
    const inClosedDetails = (el) => {
      for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
        if (d.open) continue;
        const summary = d.querySelector(":scope > summary");
        if (!(summary && summary.contains(el))) return true;
      }
      return false;
    };
    const SELECTOR = 'a[href], button, input:not([type=hidden]), summary, select, textarea, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(SELECTOR)]
      .filter((el) => !el.disabled && !inClosedDetails(el) && rendered(el))
      .map((el) => ({ index: Array.prototype.indexOf.call(all, el), desc: desc(el), text: text(el) }));
  }

  if (op === "focused") {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    return {
      index: Array.prototype.indexOf.call(document.getElementsByTagName("*"), el),
      desc: desc(el), text: text(el),
      quick_exit: el.matches(".quick-exit"), langpick: el.matches(".langpick summary"), sos: el.matches(".sos"),
      outline_style: cs.outlineStyle, outline_width: parseFloat(cs.outlineWidth) || 0,
      outline_color: rgba(cs.outlineColor), background: background(el.parentElement),
    };
  }

  if (op === "forced") {
    const out = { active: matchMedia("(forced-colors: active)").matches, elements: [] };
    for (const selector of A.selectors) {
      for (const el of document.querySelectorAll(selector)) {
        if (!rendered(el)) continue;
        const cs = getComputedStyle(el);
        const sides = ["Top", "Right", "Bottom", "Left"].map((s) => ({
          style: cs["border" + s + "Style"], width: parseFloat(cs["border" + s + "Width"]) || 0,
        }));
        out.elements.push({
          selector, desc: desc(el), text: text(el), borders: sides,
          outline_style: cs.outlineStyle, outline_width: parseFloat(cs.outlineWidth) || 0,
        });
      }
    }
    return out;
  }

  if (op === "print") {
    const url = document.querySelector(".print-only .print-url");
    const qr = document.querySelector(".print-only svg.qr");
    const sources = document.querySelector(".sources");
    const out = {
      print: matchMedia("print").matches, location: location.href,
      url_found: !!url, url_visible: !!url && visible(url), url_text: url ? (url.textContent || "").trim() : null,
      qr_found: !!qr, qr_visible: !!qr && visible(qr),
      sources_font_px: sources ? parseFloat(getComputedStyle(sources).fontSize) : null,
      website_text: null, website_count: 0,
    };
    if (A.website) {
      const want = new URL(A.website, location.href).href;
      const link = [...document.querySelectorAll("a[href]")].find((a) => a.href === want || a.href === A.website);
      const t = link ? (link.textContent || "").replace(/\s+/g, " ").trim() : "";
      if (t) {
        // Whole occurrences only: a longer URL that starts with the same text (a source) is another one.
        const body = document.body.innerText;
        let count = 0;
        for (let at = body.indexOf(t); at >= 0; at = body.indexOf(t, at + 1)) {
          const before = body.slice(Math.max(0, at - 1), at), after = body.slice(at + t.length, at + t.length + 2);
          if (/[\w\/.:-]/.test(before) || /^[\w\/-]/.test(after) || /^\.\w/.test(after)) continue;
          count += 1;
        }
        out.website_text = t;
        out.website_count = count;
      }
    }
    return out;
  }

  throw new Error("unknown op " + op);
})
