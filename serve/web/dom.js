// DOM helpers. Every string from the server is set as text, never as
// markup: h() builds elements with textContent and attributes only.

const SAFE_URL = /^(https?:)?\/\//i;

// h builds an element: h("a", {href: "/x", class: "y"}, "text", child...).
// Attributes named on* are refused, and href/src accept only http(s) and
// same-site paths.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) throw new Error("h: no inline handlers");
    if ((k === "href" || k === "src") && !(String(v).startsWith("/") && !String(v).startsWith("//")) && !SAFE_URL.test(String(v))) continue;
    if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// externalLink links to a page outside when its URL is http(s), else
// shows it as text.
export function externalLink(url, text) {
  if (url && /^https?:\/\//i.test(url)) return h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, text || url);
  return h("span", { class: "muted" }, text || url || "");
}

// sliceBytes cuts a string at UTF-8 byte offsets (the analysis
// document's spans count bytes).
const enc = new TextEncoder();
const dec = new TextDecoder();
export function utf8(s) { return enc.encode(s); }
export function sliceBytes(bytes, start, end) { return dec.decode(bytes.subarray(Math.max(0, start), Math.min(bytes.length, end))); }

export const QUADS = ["no class", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
export const QUAD_COLORS = ["#888888", "#4e9a06", "#1f6fb4", "#e69f00", "#c0392b"];

export function quadBadge(q) {
  return h("span", { class: "quad q" + (q || 0), title: QUADS[q || 0] }, QUADS[q || 0]);
}

export function actorText(a) {
  if (!a) return "–";
  if (a.name && a.actor) return `${a.name} (${a.actor})`;
  return a.name || a.actor;
}

// api fetches an API answer; a busy server (503, as while it computes a
// large store's counts) is asked again a few times.
export async function api(path, tries = 6) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  if (res.status === 503 && tries > 1) {
    await new Promise((ok) => setTimeout(ok, 2000));
    return api(path, tries - 1);
  }
  let body;
  try { body = await res.json(); } catch { body = { error: res.statusText }; }
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}
