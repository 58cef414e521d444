// The interactive view of one exported graph: drawing, legend filter, search, details panel.
// Reads the graph from the #kg-data JSON block that kg/export/html.py writes; every text
// from the graph goes into the page through textContent, never as HTML.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const FONT = getComputedStyle(document.documentElement).getPropertyValue("--font").trim();
  const styles = Object.fromEntries(data.labels.map((s) => [s.label, s]));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));

  // Searching ignores case, Arabic short vowels and tatweel, and the usual letter
  // variants (hamzated alifs, ta marbuta, alif maqsura), as kg.text.normalize.fold does.
  function fold(text) {
    return (text || "")
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u064B-\u0652\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0649/g, "\u064A");
  }

  const nodes = new vis.DataSet(
    data.nodes.map((n) => {
      const s = styles[n.group];
      return {
        id: n.id,
        label: n.caption,
        title: n.hover,
        shape: s.shape,
        value: n.weight,
        color: { background: s.colour, border: "#444", highlight: { background: s.colour, border: "#000" } },
        font: { face: FONT, size: 14, color: "#222", multi: false },
      };
    }),
  );
  // MENTIONED_IN and MEASURES say where facts come from: drawn light and dashed, and
  // MENTIONED_IN (one per entity and article) named on hover only, to keep facts legible.
  const edges = new vis.DataSet(
    data.edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.type === "MENTIONED_IN" ? undefined : e.type,
      title: e.role ? `${e.type} (${e.role})` : e.type,
      arrows: e.directed ? "to" : "",
      smooth: e.smooth,
      dashes: e.plumbing,
      color: e.plumbing ? { color: "#d0d0d0", highlight: "#666" } : { color: "#8a8a8a", highlight: "#222" },
      font: { face: FONT, size: 10, color: "#555", strokeWidth: 3, align: "middle" },
    })),
  );

  const network = new vis.Network(
    document.getElementById("kg-network"),
    { nodes, edges },
    {
      layout: { improvedLayout: data.nodes.length <= 150, randomSeed: 7 },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -90, springLength: 150, avoidOverlap: 0.8 },
        stabilization: { iterations: 500, updateInterval: 50 },
      },
      nodes: { scaling: { min: 10, max: 36, label: { enabled: false } } },
      edges: { width: 1, selectionWidth: 2 },
      interaction: { hover: true, tooltipDelay: 200, navigationButtons: false, keyboard: false },
    },
  );
  // Lay out once, then hold still: a large graph stays readable and the CPU idle.
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: false });
    document.body.dataset.stable = "true";
  });

  function drawn() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }
  function showCounts() {
    const d = drawn();
    document.getElementById("kg-counts").textContent =
      `${d.nodes} of ${data.nodes.length} nodes, ${d.edges} of ${data.edges.length} relationships`;
  }
  network.on("afterDrawing", showCounts);

  // --- small DOM helpers -------------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }
  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }
  function nodeLink(id) {
    const n = byId.get(id);
    const a = el("a", { className: "node", dir: "auto", textContent: n ? n.name : id });
    a.addEventListener("click", () => select(id));
    return a;
  }

  // --- legend: one checkbox per label --------------------------------------------------
  const legend = document.getElementById("kg-legend");
  legend.append(el("h2", { textContent: "Labels" }));
  for (const s of data.labels) {
    const box = el("input", { type: "checkbox", checked: true, value: s.label });
    box.addEventListener("change", () => {
      const hidden = !box.checked;
      nodes.update(data.nodes.filter((n) => n.group === s.label).map((n) => ({ id: n.id, hidden })));
    });
    const swatch = el("span", { className: "swatch" });
    swatch.style.background = s.colour;
    swatch.style.borderRadius = s.shape === "dot" ? "50%" : "0";
    legend.append(
      el("label", {}, box, swatch, el("span", { textContent: s.label }), el("span", { className: "count", textContent: String(s.count) })),
    );
  }

  // --- details panel -------------------------------------------------------------------
  const panel = document.getElementById("kg-panel");
  const details = document.getElementById("kg-details");
  document.getElementById("kg-close").addEventListener("click", () => {
    panel.hidden = true;
    network.unselectAll();
  });

  function evidenceList(records) {
    const out = el("div");
    for (const ev of records) {
      const art = data.articles[ev.article] || {};
      const url = safeUrl(art.url);
      const source = url
        ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", textContent: art.title || ev.article, dir: "auto" })
        : el("span", { textContent: art.title || ev.article, dir: "auto" });
      out.append(el("blockquote", { dir: "rtl", lang: "ar" }, ev.text, el("span", { className: "source", dir: "ltr" }, "— ", source)));
    }
    return out;
  }

  function showNode(id) {
    const n = byId.get(id);
    const badge = el("span", { className: "badge", textContent: n.group });
    badge.style.background = styles[n.group].colour;
    details.replaceChildren(el("h2", { dir: "auto" }, n.name, " ", badge));
    if (n.name_ar) details.append(el("div", { className: "ar", dir: "rtl", lang: "ar", textContent: n.name_ar }));
    if (n.wikidata) {
      details.append(el("div", {}, "Wikidata: ", el("a", { href: `https://www.wikidata.org/wiki/${n.wikidata}`, target: "_blank", rel: "noopener noreferrer", textContent: n.wikidata })));
    }
    for (const [name, value] of n.facts) details.append(el("div", { dir: "auto", textContent: `${name}: ${value}` }));
    if (n.aliases.length) {
      details.append(el("h3", { textContent: "Spellings" }), el("div", { dir: "rtl", lang: "ar", textContent: n.aliases.join("، ") }));
    }
    const rels = data.edges.filter((e) => e.from === id || e.to === id);
    if (rels.length) {
      const list = el("ul");
      for (const e of rels) {
        const item = el("li", { dir: "ltr" });
        item.append(e.from === id ? "→ " : "← ", el("b", { textContent: e.type }), e.role ? ` (${e.role})` : "", " ", nodeLink(e.from === id ? e.to : e.from));
        list.append(item);
      }
      details.append(el("h3", { textContent: `Relationships (${rels.length})` }), list);
    }
    if (n.evidence.length) details.append(el("h3", { textContent: "Where it is named" }), evidenceList(n.evidence));
    panel.hidden = false;
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    details.replaceChildren(el("h2", { dir: "ltr" }, nodeLink(e.from), ` —${e.type}→ `, nodeLink(e.to)));
    if (e.role) details.append(el("div", { textContent: `Role: ${e.role}` }));
    details.append(el("div", { textContent: `Supported by ${e.support} article(s)` }));
    if (e.evidence.length) details.append(el("h3", { textContent: "Evidence" }), evidenceList(e.evidence));
    panel.hidden = false;
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 300 } });
    showNode(id);
  }

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- search box ------------------------------------------------------------------
  const search = document.getElementById("kg-search");
  const results = document.getElementById("kg-results");
  const haystack = data.nodes.map((n) => [n.id, [n.name, n.name_ar, n.id, ...n.aliases].map(fold)]);

  function matches(query) {
    const q = fold(query.trim());
    if (!q) return [];
    return haystack.filter(([, forms]) => forms.some((f) => f.includes(q))).map(([id]) => id).slice(0, 20);
  }
  search.addEventListener("input", () => {
    const found = matches(search.value);
    results.replaceChildren(
      ...found.map((id) => {
        const n = byId.get(id);
        const item = el("li", { dir: "auto" }, n.name_ar ? `${n.name_ar} — ` : "", n.name, " ", el("span", { className: "label", textContent: n.group }));
        item.dataset.id = id;
        item.addEventListener("click", () => {
          results.hidden = true;
          select(id);
        });
        return item;
      }),
    );
    results.hidden = found.length === 0;
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const first = results.querySelector("li");
      if (first) first.click();
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // For tests and the curious: the live objects behind the page.
  window.kgView = { network, nodes, edges, drawn, matches };
})();
