// The posture view: a map of diplomatic posts coloured by their current
// status, and each post's dated timeline of status changes with its
// sources; the risk windows beside them.
import { h, api } from "./dom.js";

// STATUS_COLORS: normal operation green; reduced or departing staff amber;
// closed, suspended or withdrawn red; threats and attacks purple; unknown grey.
const STATUS_COLORS = {
  operating: "#2e7d32", reopened: "#2e7d32", opened: "#2e7d32",
  authorized_departure: "#e69f00", ordered_departure: "#d98200", reduced_staffing: "#e69f00",
  withdrawn: "#c0392b", suspended: "#c0392b", closed: "#c0392b", relocated: "#1f6fb4",
  staff_expelled: "#7b3294", ambassador_expelled: "#7b3294", ambassador_recalled: "#7b3294",
};
const NONE = "#888888";

function statusColor(s) { return STATUS_COLORS[s] || NONE; }

function sourcesText(srcs) {
  return srcs.map((s) => s.name + " (" + s.kind + (s.stance ? ", " + s.stance : "") + ")").join("; ");
}

export async function postureView(main, url) {
  const q = new URLSearchParams();
  for (const k of ["post", "country", "sender"]) if (url.searchParams.get(k)) q.set(k, url.searchParams.get(k));
  const [board, wins] = await Promise.all([api("/api/posture?" + q), api("/api/windows")]);
  const mapEl = h("div", { id: "posture-map", class: "map" });
  const list = h("div", { id: "posture-posts" });
  for (const p of board.posts) {
    const rows = p.history.map((c) => h("tr", { class: "pol-" + c.polarity },
      h("td", {}, c.date || "–"),
      h("td", {}, h("i", { class: "swatch st-" + c.status }), " ", c.status.replaceAll("_", " ")),
      h("td", {}, c.polarity),
      h("td", {}, [c.until ? "until " + c.until : "", c.qualifiers ? " [" + c.qualifiers + "]" : "", c.to ? " to " + c.to : ""].join("")),
      h("td", {}, sourcesText(c.sources)),
      h("td", {}, h("a", { href: "/article/" + c.article }, "report"))));
    list.append(h("section", { class: "post", id: "post-" + p.key },
      h("h2", {}, p.key, " ", h("span", { class: "muted" }, `${p.sender} ${p.type} in ${p.host || p.host_country} — current: ${(p.current || "unknown").replaceAll("_", " ")}`)),
      h("table", { class: "timeline-table" }, h("thead", {}, h("tr", {}, ["Date", "Status", "Polarity", "", "Sources", ""].map((c) => h("th", {}, c)))), h("tbody", {}, rows))));
  }
  if (!board.posts.length) list.append(h("p", { class: "muted" }, "No posts in the store (or none under these filters)."));
  const winList = h("ul", { id: "posture-windows" }, wins.windows.map((w) =>
    h("li", {}, h("strong", {}, w.date), " ", w.subject, w.actors.length ? ` (${w.actors.join(", ")}${w.place ? ", " + w.place : ""})` : "", w.posts.length ? " — " + w.posts.join(", ") : "")));
  main.replaceChildren(h("section", { class: "posture-view" },
    h("h1", {}, "Posture"),
    h("p", { class: "muted" }, "Diplomatic posts coloured by their current status (the latest dated change reported as fact); below, each post's history with its sources."),
    mapEl, list, h("h2", {}, "Risk windows"), winList));
  const map = L.map(mapEl, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: false }).setView([25, 10], 2);
  const shapes = await fetch("/vendor/countries-110m.geojson").then((r) => r.json()).catch(() => null);
  if (shapes) L.geoJSON(shapes, { style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1 }, interactive: false }).addTo(map);
  for (const p of board.posts) {
    if (!p.lat && !p.lon) continue;
    const m = L.circleMarker([p.lat, p.lon], { radius: 8, color: "#222", weight: 0.8, fillColor: statusColor(p.current), fillOpacity: 0.9 });
    m.bindTooltip(h("div", {}, h("strong", {}, p.key), h("br"), (p.current || "unknown").replaceAll("_", " ")));
    m.on("click", () => document.getElementById("post-" + p.key)?.scrollIntoView());
    m.addTo(map);
  }
  return () => map.remove();
}
