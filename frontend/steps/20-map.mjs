// The region map: Norway and Sweden around Osloregionen, from Natural Earth 1:10m (public domain)
// via the world-atlas package. Writes static/build/region-map.json: SVG path data for the land,
// the coastline and the national border, plus the projection parameters the server uses to
// place one marker per municipality (members/region_map.py).
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");

const NORWAY = "578";
const SWEDEN = "752";
// lon/lat box around the 65 municipalities, with a little sea and Sweden for context.
const BBOX = { west: 8.2, south: 58.75, east: 12.5, north: 61.15 };
const WIDTH = 600;
// Points closer together than this (in SVG units) are dropped; keeps the file small.
const MIN_STEP = 1.2;

const refLat = (BBOX.south + BBOX.north) / 2;
const kx = Math.cos((refLat * Math.PI) / 180);
const scale = WIDTH / ((BBOX.east - BBOX.west) * kx);
const HEIGHT = Math.round((BBOX.north - BBOX.south) * scale);

const project = ([lon, lat]) => [(lon - BBOX.west) * kx * scale, (BBOX.north - lat) * scale];

// Clip in lon/lat to a box slightly larger than the view, so strokes run off the edge cleanly.
const MARGIN = 0.05;
const CLIP = {
  west: BBOX.west - MARGIN,
  south: BBOX.south - MARGIN,
  east: BBOX.east + MARGIN,
  north: BBOX.north + MARGIN,
};
const inside = ([lon, lat]) =>
  lon >= CLIP.west && lon <= CLIP.east && lat >= CLIP.south && lat <= CLIP.north;

// Sutherland–Hodgman against each edge of the clip box; rings stay closed polygons.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= CLIP.west, (a, b) => intersectX(a, b, CLIP.west)],
    [(p) => p[0] <= CLIP.east, (a, b) => intersectX(a, b, CLIP.east)],
    [(p) => p[1] >= CLIP.south, (a, b) => intersectY(a, b, CLIP.south)],
    [(p) => p[1] <= CLIP.north, (a, b) => intersectY(a, b, CLIP.north)],
  ];
  let points = ring;
  for (const [keep, cut] of edges) {
    const result = [];
    for (let i = 0; i < points.length; i += 1) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (keep(current)) {
        if (!keep(previous)) result.push(cut(previous, current));
        result.push(current);
      } else if (keep(previous)) {
        result.push(cut(previous, current));
      }
    }
    points = result;
    if (points.length === 0) break;
  }
  return points;
}

function intersectX([x1, y1], [x2, y2], x) {
  return [x, y1 + ((y2 - y1) * (x - x1)) / (x2 - x1)];
}

function intersectY([x1, y1], [x2, y2], y) {
  return [x1 + ((x2 - x1) * (y - y1)) / (y2 - y1), y];
}

// Lines (coast, border) are split into the runs that lie inside the clip box.
function clipLine(line) {
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; i += 1) {
    const point = line[i];
    const neighbourInside = (line[i - 1] && inside(line[i - 1])) || (line[i + 1] && inside(line[i + 1]));
    if (inside(point) || neighbourInside) {
      run.push(point);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

function thin(points) {
  const projected = points.map(project);
  const kept = [projected[0]];
  for (const point of projected.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= MIN_STEP) kept.push(point);
  }
  kept.push(projected[projected.length - 1]);
  return kept;
}

const fmt = (n) => Number(n.toFixed(1)).toString();
const toPath = (points, close) =>
  `M${points.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join("L")}${close ? "Z" : ""}`;

function polygonPath(geometry) {
  const parts = [];
  for (const polygon of geometry.coordinates) {
    for (const ring of polygon) {
      const clipped = clipRing(ring);
      if (clipped.length < 3) continue;
      const points = thin(clipped);
      if (points.length >= 3) parts.push(toPath(points, true));
    }
  }
  return parts.join("");
}

function linePath(geometry) {
  const parts = [];
  for (const line of geometry.coordinates) {
    for (const run of clipLine(line)) {
      const points = thin(run);
      if (points.length >= 2) parts.push(toPath(points, false));
    }
  }
  return parts.join("");
}

export default async function build({ outDir, root }) {
  const file = path.join(root, "node_modules", "world-atlas", "countries-10m.json");
  const topology = JSON.parse(await readFile(file, "utf8"));
  const countries = topology.objects.countries;
  const ours = (geometry) => geometry && [NORWAY, SWEDEN].includes(geometry.id);
  const byId = Object.fromEntries(
    countries.geometries.filter(ours).map((g) => [g.id, topojson.feature(topology, g).geometry]),
  );
  const coast = topojson.mesh(topology, countries, (a, b) => a === b && ours(a));
  const border = topojson.mesh(
    topology,
    countries,
    (a, b) => a !== b && ours(a) && ours(b),
  );
  const map = {
    source: "Natural Earth 1:10m (public domain), via world-atlas 2.0.2",
    projection: {
      type: "equirectangular",
      bbox: [BBOX.west, BBOX.south, BBOX.east, BBOX.north],
      kx,
      scale,
    },
    width: WIDTH,
    height: HEIGHT,
    land: { norway: polygonPath(byId[NORWAY]), sweden: polygonPath(byId[SWEDEN]) },
    coast: linePath(coast),
    border: linePath(border),
  };
  await writeFile(path.join(outDir, "region-map.json"), JSON.stringify(map));
}
