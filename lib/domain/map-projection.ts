// Turns the regions' longitude/latitude outlines into SVG path strings (pure; no I/O). The projection is chosen for
// a region picker, not for measuring: most people and every region but three live south of 50°N, so the far north
// is drawn at a smaller vertical scale, which keeps Nord-du-Québec recognisable and gives the southern regions
// room to be clicked.

type Position = readonly [number, number];
export type Ring = readonly Position[];
export type MapGeometry = { type: "Polygon"; coordinates: readonly Ring[] } | { type: "MultiPolygon"; coordinates: readonly (readonly Ring[])[] };

export interface ProjectedShape {
  code: string;
  /** SVG path data in the viewBox's coordinates. */
  d: string;
  /** A point inside the region's largest ring, for a label or marker. */
  labelX: number;
  labelY: number;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: ProjectedShape[];
}

const REFERENCE_LATITUDE = 49; // for the east-west scale (cos 49° ≈ 0.66)
const COMPRESS_ABOVE = 50;
const NORTH_SCALE = 0.5;

/** Longitude/latitude -> unscaled plane coordinates (x east, y south). */
export function projectPoint(lon: number, lat: number): [number, number] {
  const x = lon * Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);
  const stretched = lat <= COMPRESS_ABOVE ? lat : COMPRESS_ABOVE + (lat - COMPRESS_ABOVE) * NORTH_SCALE;
  return [x, -stretched];
}

function ringsOf(g: MapGeometry): (readonly Ring[])[] {
  return g.type === "Polygon" ? [g.coordinates] : [...g.coordinates];
}

/** Twice the signed area of a ring (shoelace), in plane coordinates. */
function area2(points: readonly [number, number][]): number {
  let a = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) a += (points[j]![0] + points[i]![0]) * (points[j]![1] - points[i]![1]);
  return a;
}

/** The centroid of a simple polygon (falls back to the mean of its points for a degenerate one). */
function centroid(points: readonly [number, number][]): [number, number] {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [x0, y0] = points[j]!;
    const [x1, y1] = points[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = points.length || 1;
    return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * Projects every feature into a viewBox `width` wide (the height follows from the shape of Québec), with a margin,
 * coordinates rounded to 0.1. Each ring becomes "M x y L ... Z"; holes and islands keep their own subpath, drawn
 * with fill-rule evenodd by the caller.
 */
export function projectFeatures(features: readonly { code: string; geometry: MapGeometry }[], width = 600, margin = 8): ProjectedMap {
  const projected = features.map((f) => ({
    code: f.code,
    polygons: ringsOf(f.geometry).map((rings) => rings.map((ring) => ring.map(([lon, lat]) => projectPoint(lon, lat)))),
  }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of projected) {
    for (const poly of f.polygons) {
      for (const ring of poly) {
        for (const [x, y] of ring) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
  }
  if (!Number.isFinite(minX)) return { width, height: 0, shapes: [] };
  const scale = (width - 2 * margin) / (maxX - minX);
  const height = Math.round((maxY - minY) * scale + 2 * margin);
  const round = (v: number) => Math.round(v * 10) / 10;
  const toView = ([x, y]: [number, number]): [number, number] => [round((x - minX) * scale + margin), round((y - minY) * scale + margin)];

  const shapes = projected.map((f) => {
    let largest: [number, number][] = [];
    let largestArea = -1;
    const parts: string[] = [];
    for (const poly of f.polygons) {
      poly.forEach((ring, k) => {
        const pts = ring.map(toView);
        parts.push(`M${pts.map(([x, y]) => `${x} ${y}`).join("L")}Z`);
        const a = Math.abs(area2(pts));
        if (k === 0 && a > largestArea) {
          largestArea = a;
          largest = pts;
        }
      });
    }
    const [labelX, labelY] = centroid(largest);
    return { code: f.code, d: parts.join(""), labelX: round(labelX), labelY: round(labelY) };
  });
  return { width, height, shapes };
}
