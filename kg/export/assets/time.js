// Dates on the page: a date filter (two date inputs) and the timeline chart.
// The filter is the named filter "dates" of page.js (kgView.setFilter): a node or a
// relationship whose date lies outside [from, to] is hidden; what has no date (countries,
// people, undated events) stays. Dates are ISO text of any precision ("2016",
// "2016-09", "2016-09-22", a range "2016/2018"); a coarse date is kept when it overlaps the
// window. The chart has one bar per month of the dated events and documents, stacked by
// PLOVER category; bars outside the window fade; clicking a bar shows that month alone.
(function () {
  "use strict";

  const view = window.kgView;
  const data = view.data;
  const fromBox = document.getElementById("kg-from");
  const toBox = document.getElementById("kg-to");
  const svg = document.getElementById("kg-timeline");
  const SVG = "http://www.w3.org/2000/svg";

  // The sortable start of a date, or null (no date, or a day and month without a year).
  function start(date) {
    if (!date) return null;
    const s = String(date).split("/")[0];
    return /^\d{4}/.test(s) ? s : null;
  }
  function inside(date, from, to) {
    const s = start(date);
    if (s === null) return true; // nothing dated, nothing to hide
    if (from && s < from.slice(0, s.length)) return false;
    if (to && s.slice(0, to.length) > to) return false;
    return true;
  }

  // --- the chart: months of dated events and documents, stacked by category ----------
  const months = new Map();
  for (const n of data.nodes) {
    if (n.group !== "Event" && n.group !== "Document") continue;
    const s = start(n.date);
    if (s === null) continue;
    const month = s.slice(0, 7);
    const counts = months.get(month) || {};
    const category = n.category || "none";
    counts[category] = (counts[category] || 0) + 1;
    months.set(month, counts);
  }
  const order = Array.from(months.keys()).sort();
  const categories = Object.keys(data.categories || {});
  const tallest = Math.max(1, ...order.map((m) => Object.values(months.get(m)).reduce((a, b) => a + b, 0)));
  const bars = [];

  function draw() {
    const width = svg.clientWidth || 600;
    const height = 56;
    const axis = 12;
    const step = order.length ? width / order.length : width;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren();
    bars.length = 0;
    order.forEach((month, i) => {
      let y = height - axis;
      for (const category of categories) {
        const count = months.get(month)[category] || 0;
        if (!count) continue;
        const h = ((height - axis - 2) * count) / tallest;
        y -= h;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", String(i * step + 1));
        rect.setAttribute("y", String(y));
        rect.setAttribute("width", String(Math.max(1, step - 2)));
        rect.setAttribute("height", String(h));
        rect.setAttribute("fill", data.categories[category]);
        rect.dataset.month = month;
        rect.dataset.category = category;
        const tip = document.createElementNS(SVG, "title");
        tip.textContent = `${month}: ${count} ${category}`;
        rect.append(tip);
        rect.addEventListener("click", () => setWindow(`${month}-01`, `${month}-31`));
        svg.append(rect);
        bars.push(rect);
      }
      if (i === 0 || i === order.length - 1 || order.length <= 12) {
        const label = document.createElementNS(SVG, "text");
        label.setAttribute("x", String(i * step + 1));
        label.setAttribute("y", String(height - 2));
        label.textContent = month;
        svg.append(label);
      }
    });
    fade();
  }

  function fade() {
    for (const rect of bars) {
      rect.classList.toggle("out", !inside(rect.dataset.month, fromBox.value, toBox.value));
    }
  }

  const legend = document.getElementById("kg-time-legend");
  for (const category of categories) {
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = data.categories[category];
    const item = document.createElement("span");
    item.append(swatch, category);
    legend.append(item);
  }

  // --- the filter ------------------------------------------------------------------------
  function apply() {
    const from = fromBox.value;
    const to = toBox.value;
    view.setFilter(
      "dates",
      from || to
        ? { node: (id, n) => inside(n.date, from, to), edge: (id, e) => inside(e.date, from, to) }
        : null,
    );
    fade();
  }
  function setWindow(from, to) {
    fromBox.value = from || "";
    toBox.value = to || "";
    apply();
  }
  fromBox.addEventListener("change", apply);
  toBox.addEventListener("change", apply);
  document.getElementById("kg-all-dates").addEventListener("click", () => setWindow("", ""));
  window.addEventListener("resize", draw);
  draw();

  view.setDates = setWindow;
  view.timelineBars = () => bars.map((r) => ({ month: r.dataset.month, category: r.dataset.category, faded: r.classList.contains("out") }));
})();
