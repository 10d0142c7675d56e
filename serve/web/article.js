// The article view: the text with the body and the boilerplate told
// apart; entities, places, times (resolved value on hover), quotes and
// events highlighted by kind; the evidence of an event when the URL names
// it (?s=sentence&t=trigger byte ranges); a sourcing panel.
import { h, api, utf8, sliceBytes, externalLink, QUADS } from "./dom.js";

function range(s) {
  const m = /^(\d+)-(\d+)$/.exec(s || "");
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export async function articleView(main, id, url) {
  const { article: a, document: d } = await api("/api/articles/" + encodeURIComponent(id));
  const bytes = utf8(d.text || "");
  // every annotation is a byte span with classes and a hover title
  const spans = [];
  const add = (start, end, cls, title) => { if (end > start) spans.push({ start, end, cls, title }); };
  for (const b of d.body || []) add(b.start, b.end, "body");
  for (const b of d.boilerplate || []) add(b.start, b.end, "boiler", "boilerplate: " + b.kind);
  for (const e of d.entities || []) for (const m of e.mentions || []) add(m.start, m.end, "ent ent-" + (e.type || "x").toLowerCase(), `${e.type}: ${e.name}${e.actor ? " (" + e.actor + ")" : ""}`);
  for (const p of d.places || []) add(p.start, p.end, "place", `place: ${p.name}, ${p.country} (${(p.lat || 0).toFixed(2)}, ${(p.lon || 0).toFixed(2)})`);
  for (const t of d.times || []) add(t.start, t.end, "time", `${t.type}: ${t.value || "unresolved"}${t.mod ? " " + t.mod : ""}`);
  for (const q of d.quotes || []) add(q.start, q.end, "quote quote-" + q.kind, `${q.kind} quote${q.speaker ? " by " + q.speaker.name + " (" + q.speaker.kind + ")" : ""}`);
  for (const e of d.events || []) add(e.trigger.start, e.trigger.end, "ev q" + (e.quad_class || 0), `event ${e.code} ${e.label} (${QUADS[e.quad_class || 0]})${e.negated ? ", negated" : ""}${e.hypothetical ? ", hypothetical" : ""}`);
  const s = range(url.searchParams.get("s")), t = range(url.searchParams.get("t"));
  if (s) add(s[0], s[1], "evidence", "the event's evidence sentence");
  if (t) add(t[0], t[1], "evidence-trigger", "the event's trigger");

  // cut the text at every span boundary; each piece carries the classes
  // and titles of the spans over it
  const cuts = new Set([0, bytes.length]);
  for (const sp of spans) { cuts.add(Math.min(sp.start, bytes.length)); cuts.add(Math.min(sp.end, bytes.length)); }
  const points = [...cuts].sort((x, y) => x - y);
  const text = h("div", { class: "text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const lo = points[i], hi = points[i + 1];
    const over = spans.filter((sp) => sp.start <= lo && sp.end >= hi);
    const piece = sliceBytes(bytes, lo, hi);
    if (!over.length) { text.append(piece); continue; }
    const titles = over.map((sp) => sp.title).filter(Boolean);
    text.append(h("span", { class: over.map((sp) => sp.cls).join(" "), title: titles.join("\n") || undefined }, piece));
  }

  const kinds = { named: 0, anonymous: 0, institutional: 0, media: 0 };
  for (const src of d.sources || []) kinds[src.kind] = (kinds[src.kind] || 0) + (src.quotes || 0);
  const sourcing = h("section", { class: "panel", id: "sourcing-panel" }, h("h3", {}, "Sourcing"),
    h("ul", { class: "kinds" }, Object.entries(kinds).map(([k, n]) => h("li", {}, h("span", { class: "src-" + k }, k), ` ${n}`))),
    h("ul", {}, (d.sources || []).map((src) => h("li", {}, `${src.name} — ${src.kind}${src.role ? ", " + src.role : ""}${src.affiliation ? ", " + src.affiliation : ""} (${src.quotes})`))));
  const entities = h("section", { class: "panel" }, h("h3", {}, "Entities"),
    h("ul", {}, (d.entities || []).slice(0, 60).map((e) => h("li", {}, `${e.name} `, h("span", { class: "muted" }, `${e.type}${e.actor ? " " + e.actor : ""}`)))));
  const events = h("section", { class: "panel" }, h("h3", {}, "Events"),
    h("ul", {}, (d.events || []).map((e) => h("li", {}, h("span", { class: "dot q" + (e.quad_class || 0) }), ` ${e.code} ${e.label}`,
      h("span", { class: "muted" }, ` ${e.date && e.date.value ? e.date.value : ""}${e.negated ? " negated" : ""}${e.hypothetical ? " hypothetical" : ""}`)))));
  const legend = h("p", { class: "legend-line" }, "Highlighted: ", h("span", { class: "ent ent-person" }, "person"), " ", h("span", { class: "ent ent-org" }, "organisation"), " ", h("span", { class: "ent ent-gpe" }, "country or region"), " ", h("span", { class: "ent ent-norp" }, "nationality"), " ",
    h("span", { class: "place" }, "place"), " ", h("span", { class: "time" }, "time (hover for its value)"), " ", h("span", { class: "quote" }, "quote"), " ",
    h("span", { class: "ev q4" }, "event trigger"), " ", h("span", { class: "boiler" }, "boilerplate"));
  main.replaceChildren(h("article", { class: "article-view" },
    h("p", {}, h("a", { href: "/" }, "← events")),
    h("h1", { id: "headline" }, a.headline || d.headline || "(no headline)"),
    h("p", { class: "lead" }, `${a.outlet || "unknown outlet"} · ${a.published || "undated"} · ${a.words} words · `, externalLink(a.url, "original")),
    legend,
    h("div", { class: "article-layout" }, text, h("aside", {}, sourcing, events, entities))));
  const ev = text.querySelector(".evidence");
  if (ev) ev.scrollIntoView({ block: "center" });
  return null;
}
