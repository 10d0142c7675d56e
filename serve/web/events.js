// The events view: a map of event places (clustered, coloured by quad
// class), a timeline of events per day by quad class with a brush that
// sets the date range, facets and a table, all reading and writing the
// URL's filters.
import { h, api, actorText, quadBadge, QUADS, QUAD_COLORS } from "./dom.js";
import { go } from "./app.js";

// The filters the events view passes to the API (the CLI's flags).
export const FILTERS = ["actor", "source", "target", "country", "code", "root", "quad", "place", "near", "from", "to", "include-vague", "outlet", "source-kind", "search"];
const PAGE = 50;
// the source kinds a filter may name (store.SourceKinds)
const SOURCE_KINDS = ["named", "anonymous", "institutional", "media"];

export function filterParams(url) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (url.searchParams.get(k)) p.set(k, url.searchParams.get(k));
  return p;
}

// withParam returns the current URL with one filter set or removed.
function withParam(url, key, value) {
  const p = new URLSearchParams(url.search);
  if (value === null || value === undefined || value === "") p.delete(key); else p.set(key, value);
  if (key !== "offset") p.delete("offset");
  const s = p.toString();
  return url.pathname + (s ? "?" + s : "");
}

let countries = null; // the base map's shapes, loaded once

export async function eventsView(main, url) {
  const params = filterParams(url);
  const offset = Number(url.searchParams.get("offset") || 0);
  const evq = new URLSearchParams(params);
  evq.set("limit", PAGE);
  if (offset) evq.set("offset", offset);
  const shapes = countries ? Promise.resolve(countries) : fetch("/vendor/countries-110m.geojson").then((r) => r.json()).catch(() => null);
  const [stats, events] = await Promise.all([api("/api/stats?" + params), api("/api/events?" + evq)]);
  countries = await shapes;

  const chips = h("div", { class: "chips", id: "chips" });
  for (const [k, v] of params) {
    chips.append(h("a", { class: "chip", href: withParam(url, k, null), title: "remove this filter" }, `${k}: ${v} ×`));
  }
  if (!params.toString()) chips.append(h("span", { class: "muted" }, "No filters: every event in the store. Click a facet, a place or drag over the timeline to filter."));

  const mapEl = h("div", { id: "map", class: "map" });
  const timeEl = h("div", { id: "timeline", class: "timeline" });
  const facets = h("aside", { class: "facets", id: "facets" },
    facet("Quad class", "quad", [1, 2, 3, 4].map((q) => ({ key: String(q), label: QUADS[q], count: stats.quads[q] })), url),
    facet("Event type (CAMEO root)", "root", stats.roots.map((r) => ({ key: r.key, label: `${r.key} ${r.label || ""}`, count: r.count })), url),
    facet("Actor", "actor", stats.actors.map((a) => ({ key: a.key, label: a.key, count: a.count })), url),
    facet("Country", "country", stats.countries.map((c) => ({ key: c.key, label: c.key, count: c.count })), url),
    facet("Outlet", "outlet", stats.outlets.map((o) => ({ key: o.key, label: o.key, count: o.count })), url),
    facet("Source kind", "source-kind", stats.source_kinds.filter((k) => SOURCE_KINDS.includes(k.key)).map((k) => ({ key: k.key, label: k.key, count: k.count })), url),
  );
  const table = eventTable(events, url, offset);
  main.replaceChildren(
    h("section", { class: "events-view" },
      h("div", { class: "summary" }, h("strong", { id: "total" }, String(stats.total)), " events", chips),
      h("div", { class: "layout" }, facets,
        h("div", { class: "panels" }, mapEl, timeEl, table))));

  const map = drawMap(mapEl, stats, url);
  const plot = drawTimeline(timeEl, stats, url);
  return () => { map.remove(); if (plot) plot.destroy(); };
}

function facet(title, key, items, url) {
  const current = url.searchParams.get(key);
  const list = h("ul", { class: "facet", "data-facet": key });
  const max = Math.max(1, ...items.map((i) => i.count));
  for (const it of items.slice(0, 30)) {
    const on = current === it.key;
    list.append(h("li", { class: on ? "on" : "" },
      h("a", { href: withParam(url, key, on ? null : it.key), "data-key": it.key, title: on ? "remove this filter" : "filter by " + it.label },
        h("span", { class: "bar", "data-w": Math.round((100 * it.count) / max) }), h("span", { class: "label" }, it.label), h("span", { class: "count" }, String(it.count)))));
  }
  if (!items.length) list.append(h("li", { class: "muted" }, "none"));
  queueMicrotask(() => list.querySelectorAll(".bar").forEach((b) => { b.style.width = b.dataset.w + "%"; }));
  return h("section", {}, h("h3", {}, title), list);
}

function eventTable(events, url, offset) {
  const rows = events.events.map((e) => h("tr", {},
    h("td", {}, e.date || "–"),
    h("td", {}, h("a", { href: "/event/" + e.id, class: "event-link" }, `${e.code} ${e.label}`)),
    h("td", {}, quadBadge(e.quad)),
    h("td", {}, actorText(e.source)),
    h("td", {}, actorText(e.target)),
    h("td", {}, e.place ? e.place.name : "–"),
    h("td", { class: "num" }, String(e.articles)),
    h("td", { class: "num" }, String(e.outlets))));
  const pager = h("div", { class: "pager" },
    offset > 0 ? h("a", { href: withParam(url, "offset", Math.max(0, offset - PAGE) || null) }, "← newer") : "",
    h("span", {}, ` ${events.total ? offset + 1 : 0}–${offset + events.events.length} of ${events.total} `),
    offset + PAGE < events.total && offset + PAGE <= 10000 ? h("a", { href: withParam(url, "offset", offset + PAGE) }, "older →") : "");
  return h("section", { class: "table" },
    h("table", { id: "events-table" },
      h("thead", {}, h("tr", {}, ["Date", "Event", "Quad class", "Source", "Target", "Place", "Articles", "Outlets"].map((c) => h("th", {}, c)))),
      h("tbody", {}, rows)), pager);
}

function dominant(quad) {
  let best = 0;
  for (let q = 1; q <= 4; q++) if (quad[q] > quad[best]) best = q;
  return best;
}

function drawMap(el, stats, url) {
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: false }).setView([25, 10], 2);
  if (countries) L.geoJSON(countries, { style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1 }, interactive: false }).addTo(map);
  const group = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45,
    iconCreateFunction(cluster) {
      const quad = [0, 0, 0, 0, 0];
      let n = 0;
      for (const m of cluster.getAllChildMarkers()) { for (let q = 0; q < 5; q++) quad[q] += m.options.quad[q]; n += m.options.count; }
      const size = Math.round(24 + Math.min(26, Math.log10(n + 1) * 9));
      const div = h("div", { class: "cluster q" + dominant(quad) }, h("span", {}, n >= 1000 ? Math.round(n / 100) / 10 + "k" : String(n)));
      return L.divIcon({ html: div, className: "cluster-icon", iconSize: [size, size] });
    },
  });
  const current = url.searchParams.get("place");
  for (const p of stats.places) {
    const d = dominant(p.quad);
    const m = L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(12, Math.log2(p.count + 1) * 1.6), color: "#222", weight: p.name === current ? 2.5 : 0.7,
      fillColor: QUAD_COLORS[d], fillOpacity: 0.85, quad: p.quad, count: p.count, place: p.name });
    m.bindTooltip(h("div", {}, h("strong", {}, p.name), h("br"), `${p.count} events (${QUADS[d]} most)`));
    m.on("click", () => go(withParam(url, "place", p.name === current ? null : p.name)));
    group.addLayer(m);
  }
  map.addLayer(group);
  if (stats.places.length && (url.searchParams.get("country") || current)) {
    try { map.fitBounds(group.getBounds(), { maxZoom: 6, padding: [20, 20] }); } catch { /* no bounds */ }
  }
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => h("div", { class: "legend" }, [1, 2, 3, 4].map((q) => h("div", {}, h("i", { class: "dot q" + q }), QUADS[q])));
  legend.addTo(map);
  return map;
}

function drawTimeline(el, stats, url) {
  if (!stats.days.some((d) => /^\d{4}-\d\d-\d\d$/.test(d.date))) { el.append(h("p", { class: "muted" }, "No dated events.")); return null; }
  const xs = [], s = [[], [], [], []];
  let all = 0;
  const days = stats.days.filter((d) => !Number.isNaN(Date.parse(d.date + "T00:00:00Z")));
  for (const d of days) all += d.quad.reduce((a, b) => a + b, 0);
  // the range first shown leaves out the 0.5% of events at either end (a
  // few dated decades away); drag or filter by date to see them
  let seen = 0, lo = null, hi = null;
  for (const d of days) {
    const t = Date.parse(d.date + "T00:00:00Z") / 1000;
    seen += d.quad.reduce((a, b) => a + b, 0);
    if (lo === null && seen > all * 0.005) lo = t;
    if (hi === null && seen >= all * 0.995) hi = t;
  }
  if (!url.searchParams.get("from") && !url.searchParams.get("to") && lo !== null && hi > lo) {
    // pad by a day either side
    lo -= 86400; hi += 86400;
  } else { lo = null; hi = null; }
  // over a long span, a bar a week (from Monday) rather than a day
  const span = days.length ? (Date.parse(days[days.length - 1].date) - Date.parse(days[0].date)) / 86400000 : 0;
  const shown = lo !== null ? (hi - lo) / 86400 : span;
  const weekly = shown > 3 * 365;
  const bins = [];
  for (const d of days) {
    let t = Date.parse(d.date + "T00:00:00Z") / 1000;
    if (weekly) t -= ((new Date(t * 1000).getUTCDay() + 6) % 7) * 86400;
    const last = bins[bins.length - 1];
    if (last && last.t === t) for (let q = 0; q < 5; q++) last.quad[q] += d.quad[q];
    else bins.push({ t, quad: d.quad.slice() });
  }
  for (const d of bins) {
    xs.push(d.t);
    let c = 0;
    const cum = [];
    for (let q = 1; q <= 4; q++) { c += d.quad[q]; cum.push(c); }
    // drawn from the total down, each quad over the one before
    for (let i = 0; i < 4; i++) s[i].push(cum[3 - i] + (i === 0 ? d.quad[0] : 0));
  }
  const bars = uPlot.paths.bars({ size: [1, 6], gap: 0 });
  const series = [{}];
  for (let i = 0; i < 4; i++) {
    const q = 4 - i;
    series.push({ label: QUADS[q], stroke: QUAD_COLORS[q], fill: QUAD_COLORS[q], paths: bars, points: { show: false }, width: 0 });
  }
  const width = Math.max(300, el.clientWidth || 800);
  const fmt = (t) => new Date(t * 1000).toISOString().slice(0, 10);
  const plot = new uPlot({
    width, height: 170, series, legend: { show: false },
    scales: { x: lo !== null ? { time: true, range: () => [lo, hi] } : { time: true } },
    axes: [{}, { size: 40 }],
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    hooks: {
      setSelect: [(u) => {
        if (u.select.width < 3) return;
        const from = fmt(u.posToVal(u.select.left, "x"));
        const to = fmt(u.posToVal(u.select.left + u.select.width, "x"));
        const p = new URLSearchParams(url.search);
        p.set("from", from); p.set("to", to); p.delete("offset");
        go(url.pathname + "?" + p);
      }],
    },
  }, [xs, ...s], el);
  el.prepend(h("div", { class: "hint" }, `Events per ${weekly ? "week" : "day"} by quad class; drag across the timeline to set the date range.`));
  return plot;
}
