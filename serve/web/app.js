// The dragoman UI: one page whose views follow the URL, so that any view
// can be bookmarked and shared. /?filters is the events view, /event/ID
// an event, /article/ID an article, /sourcing?filters the sourcing view,
// /posture the posture board.
import { h } from "./dom.js";
import { eventsView } from "./events.js";
import { eventView } from "./event.js";
import { articleView } from "./article.js";
import { sourcingView } from "./sourcing.js";
import { postureView } from "./posture.js";

const main = document.getElementById("main");

// a script error is recorded on the page (the browser tests read it)
window.addEventListener("error", (e) => { document.body.dataset.error = String(e.message); });
window.addEventListener("unhandledrejection", (e) => { document.body.dataset.error = String(e.reason); });
let cleanup = null;

// go changes the URL and renders the view it names.
export function go(url, replace) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

async function render() {
  const url = new URL(location.href);
  const path = url.pathname;
  if (cleanup) { cleanup(); cleanup = null; }
  document.getElementById("search").value = url.searchParams.get("search") || "";
  for (const id of ["nav-events", "nav-sourcing", "nav-posture"]) document.getElementById(id).classList.remove("active");
  let m;
  try {
    if ((m = path.match(/^\/event\/(\d+)$/))) {
      cleanup = await eventView(main, m[1], url);
    } else if ((m = path.match(/^\/article\/(\d+)$/))) {
      cleanup = await articleView(main, m[1], url);
    } else if (path === "/posture") {
      document.getElementById("nav-posture").classList.add("active");
      cleanup = await postureView(main, url);
    } else if (path === "/sourcing") {
      document.getElementById("nav-sourcing").classList.add("active");
      cleanup = await sourcingView(main, url);
    } else {
      document.getElementById("nav-events").classList.add("active");
      cleanup = await eventsView(main, url);
    }
  } catch (err) {
    main.replaceChildren(h("p", { class: "error" }, "Error: " + err.message));
    document.body.dataset.error = String(err.message);
  }
  document.body.dataset.view = path.split("/")[1] || "events";
  document.body.dataset.ready = String(Date.now());
}

// Links marked data-nav, and every link to the same site inside views,
// change the view without reloading the page.
document.addEventListener("click", (ev) => {
  const a = ev.target.closest("a");
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || a.target === "_blank") return;
  const href = a.getAttribute("href");
  if (!href || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/api/") || href.startsWith("/vendor/")) return;
  ev.preventDefault();
  go(href);
});

document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const url = new URL(location.href);
  const base = url.pathname === "/sourcing" ? "/sourcing" : "/";
  const params = base === url.pathname ? url.searchParams : new URLSearchParams();
  const q = document.getElementById("search").value.trim();
  if (q) params.set("search", q); else params.delete("search");
  params.delete("offset");
  go(base + (params.toString() ? "?" + params : ""));
});

window.addEventListener("popstate", render);
render();
