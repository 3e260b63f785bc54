import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { projectFeatures, projectPoint } from "@/lib/domain/map-projection";
import { parseRegionsMap } from "@/lib/reference-data";

const square = (code: string, lon: number, lat: number, size = 1) => ({
  code,
  geometry: { type: "Polygon" as const, coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]] as [number, number][]] },
});

describe("projectPoint", () => {
  it("puts north up and east right", () => {
    const [x1, y1] = projectPoint(-75, 46);
    const [x2, y2] = projectPoint(-70, 48);
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
  });
  it("draws the far north at a smaller vertical scale", () => {
    const south = projectPoint(-70, 46)[1] - projectPoint(-70, 47)[1];
    const north = projectPoint(-70, 58)[1] - projectPoint(-70, 59)[1];
    expect(north).toBeLessThan(south);
  });
});

describe("projectFeatures", () => {
  it("fits the shapes in the viewBox width with the margin", () => {
    const m = projectFeatures([square("01", -75, 46), square("02", -70, 46)], 200, 10);
    expect(m.width).toBe(200);
    const xs = m.shapes.flatMap((s) => [...s.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((x) => Number(x[1])));
    expect(Math.min(...xs)).toBeCloseTo(10, 0);
    expect(Math.max(...xs)).toBeCloseTo(190, 0);
  });
  it("labels each shape inside it", () => {
    const m = projectFeatures([square("04", -73, 46, 2)], 100, 0);
    const s = m.shapes[0]!;
    expect(s.labelX).toBeCloseTo(50, 0);
    expect(s.labelY).toBeGreaterThan(0);
    expect(s.labelY).toBeLessThan(m.height);
  });
  it("draws the 17 regions of the reference map", () => {
    const map = parseRegionsMap(readFileSync("../shared/data/geo/regions_administratives_qc_simplifie.geojson", "utf8"));
    const m = projectFeatures(map.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
    expect(m.shapes.map((s) => s.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0")));
    for (const s of m.shapes) expect(s.d).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
  });
});
