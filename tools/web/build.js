// Builds serve/web/vendor/ from the npm packages pinned in package.json:
// Leaflet and Leaflet.markercluster (map), uPlot (timeline), and the
// Natural Earth 1:110m country shapes of world-atlas turned into GeoJSON
// (coordinates rounded to 0.01 degree) for an offline base map. Each
// package's licence is copied into vendor/LICENSES.txt. The output is
// committed, so building dragoman needs no Node.
//
//   cd tools/web && npm ci && node build.js
"use strict";
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");

const out = path.join(__dirname, "..", "..", "serve", "web", "vendor");
const nm = path.join(__dirname, "node_modules");
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const copies = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["uplot/dist/uPlot.iife.min.js", "uPlot.iife.min.js"],
  ["uplot/dist/uPlot.min.css", "uPlot.min.css"],
];
for (const [from, to] of copies) {
  let text = fs.readFileSync(path.join(nm, from), "utf8");
  // source map comments point at files not shipped
  text = text.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  fs.writeFileSync(path.join(out, to), text);
}

// Country shapes: TopoJSON to GeoJSON, rounded.
const topo = JSON.parse(fs.readFileSync(path.join(nm, "world-atlas/countries-110m.json"), "utf8"));
const geo = topojson.feature(topo, topo.objects.countries);
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
const features = geo.features.map((f) => ({
  type: "Feature",
  properties: { name: (f.properties && f.properties.name) || "" },
  geometry: f.geometry && { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
})).filter((f) => f.geometry);
fs.writeFileSync(path.join(out, "countries-110m.geojson"), JSON.stringify({ type: "FeatureCollection", features }));

// Licences.
let lic = "Third-party front-end files in this folder, built by tools/web/build.js\nfrom these npm packages:\n";
for (const pkg of ["leaflet", "leaflet.markercluster", "uplot", "world-atlas", "topojson-client"]) {
  const meta = JSON.parse(fs.readFileSync(path.join(nm, pkg, "package.json"), "utf8"));
  const dir = path.join(nm, pkg);
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  lic += `\n==== ${pkg} ${meta.version} (${meta.license}) ====\n`;
  if (pkg === "world-atlas") lic += "Country shapes from Natural Earth (public domain), https://www.naturalearthdata.com/\n";
  if (pkg === "topojson-client") lic += "Used at build time only, to turn the TopoJSON shapes into GeoJSON.\n";
  lic += file ? fs.readFileSync(path.join(dir, file), "utf8") : "(no licence file in the package)\n";
}
fs.writeFileSync(path.join(out, "LICENSES.txt"), lic);
for (const f of fs.readdirSync(out)) console.log(f, fs.statSync(path.join(out, f)).size);
