// The sourcing view: per outlet, the share of its events that rest on an
// anonymous source, month by month, under the current filters.
import { h, api } from "./dom.js";
import { filterParams } from "./events.js";

const MIN_EVENTS = 10;
const COLORS = ["#1f6fb4", "#c0392b", "#4e9a06", "#e69f00", "#7b3294", "#008080", "#a6611a", "#555555", "#d01c8b", "#2c7bb6", "#fdae61", "#1a9641"];

export async function sourcingView(main, url) {
  const params = filterParams(url);
  const stats = await api("/api/stats?" + params);
  const outlets = [...new Set(stats.sourcing.map((s) => s.outlet))];
  const months = [...new Set(stats.sourcing.map((s) => s.month))].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const totals = outlets.map((o) => {
    const rows = stats.sourcing.filter((s) => s.outlet === o);
    const ev = rows.reduce((n, r) => n + r.events, 0), an = rows.reduce((n, r) => n + r.anonymous, 0);
    return { outlet: o, events: ev, anonymous: an };
  });
  const chartEl = h("div", { id: "sourcing-chart", class: "timeline" });
  const kinds = h("ul", { class: "kinds" }, stats.source_kinds.map((k) => h("li", {}, h("span", { class: "src-" + k.key }, k.key), ` ${k.count} events`)));
  main.replaceChildren(h("section", { class: "sourcing-view" },
    h("h1", {}, "Sourcing"),
    h("p", { class: "muted" }, `For each outlet, the share of its events (by month of the event) resting on an anonymous source: at least one report attributes the event to a source the article does not name. Months with fewer than ${MIN_EVENTS} events are left out of the chart.`,
      params.toString() ? ` Filters: ${params}.` : ""),
    chartEl,
    h("table", { id: "sourcing-table" }, h("thead", {}, h("tr", {}, ["Outlet", "Events", "On anonymous sources", "Share"].map((c) => h("th", {}, c)))),
      h("tbody", {}, totals.map((t, i) => h("tr", {}, h("td", {}, h("i", { class: "swatch c" + (i % COLORS.length) }), " ",
        h("a", { href: "/?outlet=" + encodeURIComponent(t.outlet) }, t.outlet)), h("td", { class: "num" }, String(t.events)),
      h("td", { class: "num" }, String(t.anonymous)), h("td", { class: "num" }, t.events ? (100 * t.anonymous / t.events).toFixed(1) + "%" : "–"))))),
    h("h3", {}, "Events by the kind of source they are attributed to"), kinds));
  if (!months.length) { chartEl.append(h("p", { class: "muted" }, "No dated events with an outlet.")); return null; }
  // a share of a handful of events says little: months with fewer than
  // MIN_EVENTS events (all outlets) are left out
  const perMonth = new Map();
  for (const r of stats.sourcing) perMonth.set(r.month, (perMonth.get(r.month) || 0) + r.events);
  const kept = months.filter((m) => perMonth.get(m) >= MIN_EVENTS);
  months.splice(0, months.length, ...kept);
  if (!months.length) { chartEl.append(h("p", { class: "muted" }, `No month with ${MIN_EVENTS} events or more.`)); return null; }
  const xs = months.map((m) => Date.parse(m + "-01T00:00:00Z") / 1000);
  const data = [xs];
  const series = [{}];
  outlets.forEach((o, i) => {
    const by = new Map(stats.sourcing.filter((s) => s.outlet === o).map((s) => [s.month, s]));
    data.push(months.map((m) => { const r = by.get(m); return r && r.events ? (100 * r.anonymous) / r.events : null; }));
    series.push({ label: o, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true, value: (u, v) => (v == null ? "–" : v.toFixed(1) + "%") });
  });
  const plot = new uPlot({ width: Math.max(300, chartEl.clientWidth || 800), height: 260, series, legend: { show: false }, scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.min(100, Math.max(5, (max || 0) * 1.2))] } },
    axes: [{}, { label: "% of events on anonymous sources", size: 50 }] }, data, chartEl);
  return () => plot.destroy();
}
