// Copies the distributed files of the npm dependencies into investdesk/static/vendor,
// so Django serves them (whitenoise) and nothing is loaded from a CDN.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = dirname(dirname(new URL(import.meta.url).pathname));
const target = join(root, "investdesk", "static", "vendor");
const files = {
  "bootstrap/dist/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
  "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/bootstrap.bundle.min.js",
  "htmx.org/dist/htmx.min.js": "htmx/htmx.min.js",
  "echarts/dist/echarts.min.js": "echarts/echarts.min.js",
  "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
  "leaflet/dist/images": "leaflet/images",
  "sortablejs/Sortable.min.js": "sortablejs/Sortable.min.js",
  "tom-select/dist/js/tom-select.complete.min.js": "tom-select/tom-select.complete.min.js",
  "tom-select/dist/css/tom-select.bootstrap5.min.css": "tom-select/tom-select.bootstrap5.min.css",
};

rmSync(target, { recursive: true, force: true });
for (const [source, destination] of Object.entries(files)) {
  const to = join(target, destination);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(root, "node_modules", source), to, { recursive: true });
}
// The offline base map: the world's countries (Natural Earth 1:50m via world-atlas) as
// GeoJSON with coordinates rounded to 0.01 degree (about 1 km), so maps show where things
// are with no tile server (the default; INVESTDESK_MAP_TILE_URL adds tiles over it).
const { feature } = await import(join(root, "node_modules", "topojson-client", "src", "index.js"));
const atlas = JSON.parse(
  readFileSync(join(root, "node_modules", "world-atlas", "countries-50m.json"), "utf8"),
);
const countries = feature(atlas, atlas.objects.countries);
const rounded = JSON.stringify(countries, (key, value) =>
  typeof value === "number" && key !== "id" ? Math.round(value * 100) / 100 : value,
);
mkdirSync(join(target, "world-atlas"), { recursive: true });
writeFileSync(join(target, "world-atlas", "countries.geojson"), rounded);
cpSync(
  join(root, "node_modules", "world-atlas", "LICENSE"),
  join(target, "world-atlas", "LICENSE"),
);
// Chinese names (organisations, people, the portal's Chinese texts) must not turn into empty
// boxes on a machine without a CJK font: Noto Sans SC, regular and bold (Chromium draws no
// synthetic bold for it, and badges and headings are bold), woff2 only, split by
// unicode-range so a browser fetches only the slices of characters a page shows.
const noto = join(root, "node_modules", "@fontsource", "noto-sans-sc");
const notoTarget = join(target, "noto-sans-sc");
mkdirSync(join(notoTarget, "files"), { recursive: true });
const notoCss = ["400.css", "700.css"]
  .map((name) => readFileSync(join(noto, name), "utf8"))
  .join("\n")
  .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, "");
for (const [, file] of notoCss.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)) {
  cpSync(join(noto, "files", file), join(notoTarget, "files", file));
}
writeFileSync(join(notoTarget, "noto-sans-sc.css"), notoCss);
cpSync(join(noto, "LICENSE"), join(notoTarget, "LICENSE"));
console.log(`Front-end libraries copied to ${target}`);
