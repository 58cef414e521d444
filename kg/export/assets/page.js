// The interactive view of one exported graph: drawing, legend filter, search, details panel.
// Reads the graph from the #kg-data JSON block that kg/export/html.py writes; every text
// from the graph goes into the page through textContent, never as HTML.
//
// Drawing: graphology holds the graph, ForceAtlas2 (graphology-library) lays it out for a
// bounded time, sigma.js draws it with WebGL, so tens of thousands of nodes and edges stay
// interactive. Large graphs arrive as an overview (html.py keeps the most connected nodes);
// the header says how many of the graph's nodes and relationships are drawn.
//
// Filters: `kgView.setFilter(name, {node(id, n), edge(id, e)})` adds or replaces a named
// predicate (return false to hide); the legend is the filter "labels". Another control
// (a date range, say) adds its own and calls nothing else: the view refreshes.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const styles = Object.fromEntries(data.labels.map((s) => [s.label, s]));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const total = data.total || { nodes: data.nodes.length, edges: data.edges.length };

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

  // --- the graph, seeded on a golden-angle spiral (deterministic), then laid out --------
  const graph = new graphology.MultiDirectedGraph();
  const maxWeight = Math.max(1, ...data.nodes.map((n) => n.weight));
  data.nodes.forEach((n, i) => {
    const angle = i * 2.399963;
    const radius = Math.sqrt(i + 1) * 10;
    graph.addNode(n.id, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: 3 + 12 * Math.sqrt(n.weight / maxWeight),
      label: n.caption,
      color: styles[n.group].colour,
    });
  });
  for (const e of data.edges) {
    if (!graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.from, e.to, {
      type: e.directed ? "arrow" : "line",
      size: e.plumbing ? 0.5 : 1,
      color: e.plumbing ? "#d8d8d8" : "#9a9a9a",
      label: e.type === "MENTIONED_IN" ? "" : e.type,
    });
  }

  // ForceAtlas2, synchronous, in slices until it has run enough or spent its time budget.
  const fa2 = graphologyLibrary.layoutForceAtlas2;
  const settings = Object.assign(fa2.inferSettings(graph), {
    barnesHutOptimize: graph.order > 400,
    gravity: 1,
  });
  const started = performance.now();
  const budgetMs = 2500;
  let iterations = 0;
  while (graph.order > 1 && iterations < 300 && performance.now() - started < budgetMs) {
    fa2.assign(graph, { iterations: 10, settings });
    iterations += 10;
  }

  // --- what is shown: every named filter must let a node (and both ends of an edge) pass --
  const filters = new Map();
  let selected = null;
  let neighbours = new Set();

  function nodeShown(id) {
    const n = byId.get(id);
    for (const f of filters.values()) if (f.node && !f.node(id, n)) return false;
    return true;
  }
  function edgeShown(id) {
    const e = edgeById.get(id);
    if (!nodeShown(e.from) || !nodeShown(e.to)) return false;
    for (const f of filters.values()) if (f.edge && !f.edge(id, e)) return false;
    return true;
  }

  const renderer = new Sigma(graph, document.getElementById("kg-network"), {
    renderEdgeLabels: graph.size <= 2000,
    enableEdgeEvents: graph.size <= 20000,
    labelFont: getComputedStyle(document.documentElement).getPropertyValue("--font").trim(),
    labelRenderedSizeThreshold: graph.order <= 300 ? 0 : 6,
    zIndex: true,
    nodeReducer: (id, attrs) => {
      const out = Object.assign({}, attrs);
      if (!nodeShown(id)) out.hidden = true;
      if (selected !== null) {
        if (id === selected) {
          out.highlighted = true;
          out.zIndex = 2;
        } else if (!neighbours.has(id)) {
          out.color = "#e4e4e4";
          out.label = "";
          out.zIndex = 0;
        } else out.zIndex = 1;
      }
      return out;
    },
    edgeReducer: (id, attrs) => {
      const out = Object.assign({}, attrs);
      if (!edgeShown(id)) out.hidden = true;
      if (selected !== null) {
        const e = edgeById.get(id);
        if (e.from === selected || e.to === selected) {
          out.color = "#333";
          out.zIndex = 1;
        } else out.color = "#efefef";
      }
      return out;
    },
  });

  function drawn() {
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((id) => {
      if (nodeShown(id)) nodes += 1;
    });
    graph.forEachEdge((id) => {
      if (edgeShown(id)) edges += 1;
    });
    return { nodes, edges };
  }
  function showCounts() {
    const d = drawn();
    const n = (x) => x.toLocaleString("en");
    let text = `${n(d.nodes)} of ${n(total.nodes)} nodes, ${n(d.edges)} of ${n(total.edges)} relationships`;
    if (data.overview) text += " (overview: the most connected)";
    document.getElementById("kg-counts").textContent = text;
  }
  function refresh() {
    renderer.refresh();
    showCounts();
  }
  function setFilter(name, filter) {
    if (filter) filters.set(name, filter);
    else filters.delete(name);
    refresh();
  }

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
  const hiddenLabels = new Set();
  const legend = document.getElementById("kg-legend");
  legend.append(el("h2", { textContent: "Labels" }));
  for (const s of data.labels) {
    const box = el("input", { type: "checkbox", checked: true, value: s.label });
    box.addEventListener("change", () => {
      if (box.checked) hiddenLabels.delete(s.label);
      else hiddenLabels.add(s.label);
      setFilter("labels", hiddenLabels.size ? { node: (id, n) => !hiddenLabels.has(n.group) } : null);
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
    unselect();
  });

  function evidenceList(records, more) {
    const out = el("div");
    for (const ev of records) {
      const art = data.articles[ev.article] || {};
      const url = safeUrl(art.url);
      const source = url
        ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", textContent: art.title || ev.article, dir: "auto" })
        : el("span", { textContent: art.title || ev.article, dir: "auto" });
      out.append(el("blockquote", { dir: "rtl", lang: "ar" }, ev.text, el("span", { className: "source", dir: "ltr" }, "— ", source)));
    }
    if (more) out.append(el("div", { className: "more", textContent: `… and ${more} more (kg lookup shows all)` }));
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
    const rels = graph.edges(id).map((eid) => edgeById.get(eid));
    if (rels.length) {
      const list = el("ul");
      for (const e of rels) {
        const item = el("li", { dir: "ltr" });
        item.append(e.from === id ? "→ " : "← ", el("b", { textContent: e.type }), e.role ? ` (${e.role})` : "", " ", nodeLink(e.from === id ? e.to : e.from));
        list.append(item);
      }
      details.append(el("h3", { textContent: `Relationships (${rels.length})` }), list);
    }
    if (n.evidence.length) details.append(el("h3", { textContent: "Where it is named" }), evidenceList(n.evidence, n.more_evidence));
    panel.hidden = false;
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    details.replaceChildren(el("h2", { dir: "ltr" }, nodeLink(e.from), ` —${e.type}→ `, nodeLink(e.to)));
    if (e.role) details.append(el("div", { textContent: `Role: ${e.role}` }));
    details.append(el("div", { textContent: `Supported by ${e.support} article(s)` }));
    if (e.evidence.length) details.append(el("h3", { textContent: "Evidence" }), evidenceList(e.evidence, e.more_evidence));
    panel.hidden = false;
  }

  function unselect() {
    selected = null;
    neighbours = new Set();
    renderer.refresh();
  }

  function select(id) {
    selected = id;
    neighbours = new Set(graph.neighbors(id));
    const at = renderer.getNodeDisplayData(id);
    if (at) renderer.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(1, renderer.getCamera().ratio) }, { duration: 300 });
    renderer.refresh();
    showNode(id);
  }

  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickEdge", ({ edge }) => showEdge(edge));
  renderer.on("clickStage", () => {
    if (selected !== null) unselect();
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

  showCounts();
  document.body.dataset.stable = "true";
  document.body.dataset.layoutMs = String(Math.round(performance.now() - started));

  // For tests and the curious (and for controls added later: see setFilter above).
  window.kgView = {
    graph,
    renderer,
    data,
    drawn,
    matches,
    select,
    selected: () => selected,
    setFilter,
    refresh,
    iterations,
  };
})();
