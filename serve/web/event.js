// The event view: its code and meaning, actors, date and how it was
// dated, place, and every report of it with the evidence sentence and the
// trigger highlighted, and who it is attributed to.
import { h, api, actorText, quadBadge, utf8, sliceBytes, externalLink } from "./dom.js";

export async function eventView(main, id) {
  const { event: e, reports } = await api("/api/events/" + encodeURIComponent(id));
  const dated = reports.find((r) => r.date_text);
  const how = dated ? `from “${dated.date_text}” in a report` : "from the publication date (no time expression in the sentence)";
  const list = h("ol", { class: "reports", id: "reports" });
  for (const r of reports) {
    const s = utf8(r.sentence);
    const ts = r.trigger_start - r.sentence_start, te = r.trigger_end - r.sentence_start;
    const sentence = h("blockquote", { class: "evidence" },
      sliceBytes(s, 0, ts), h("mark", { class: "trigger" }, sliceBytes(s, ts, te)), sliceBytes(s, te, s.length));
    const hl = `?s=${r.sentence_start}-${r.sentence_end}&t=${r.trigger_start}-${r.trigger_end}`;
    list.append(h("li", {},
      h("div", { class: "meta" },
        h("a", { href: "/article/" + r.article_id + hl, class: "article-link" }, `Article ${r.article_id}`),
        ` · ${r.outlet || "unknown outlet"} · ${r.published || "undated"} · code ${r.code} · confidence ${r.confidence.toFixed(2)} · `,
        externalLink(r.url, "original")),
      sentence,
      h("div", { class: "attribution" }, r.attribution ? `According to ${r.attribution} (${r.attribution_kind || "unknown"} source)` : "Not attributed to a source in the text.")));
  }
  main.replaceChildren(h("article", { class: "event-view" },
    h("p", {}, h("a", { href: "/" }, "← events")),
    h("h1", {}, `${e.code} ${e.label}`),
    h("p", { class: "lead" }, quadBadge(e.quad), ` CAMEO root ${e.root} (${e.root_label || "?"}), Goldstein ${e.goldstein}`, e.plover ? `, PLOVER ${e.plover}` : ""),
    h("dl", { class: "facts" },
      h("dt", {}, "Source"), h("dd", {}, e.source && e.source.actor ? h("a", { href: "/?actor=" + encodeURIComponent(e.source.actor) }, actorText(e.source)) : actorText(e.source)),
      h("dt", {}, "Target"), h("dd", {}, e.target && e.target.actor ? h("a", { href: "/?actor=" + encodeURIComponent(e.target.actor) }, actorText(e.target)) : actorText(e.target)),
      h("dt", {}, "Date"), h("dd", {}, e.date || "unknown", h("span", { class: "muted" }, " — dated " + how)),
      h("dt", {}, "Place"), h("dd", {}, e.place ? `${e.place.name}${e.place.country ? ", " + e.place.country : ""}${e.place.lat != null ? ` (${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)})` : ""}` : "unknown"),
      h("dt", {}, "Reported by"), h("dd", {}, `${e.articles} article(s), ${e.outlets} outlet(s), ${e.mentions} mention(s)`)),
    h("h2", {}, "Reports"), list));
  return null;
}
