"use client";
import { RegionsMap, type RegionsMapShapes } from "@/components/reference/regions-map";

/** The regions map coloured by the chosen measure (regions outside the actor's scope are drawn empty). */
export function DashboardMap({ map, values, legend }: { map: RegionsMapShapes; values: Record<string, number>; legend: string }) {
  return <RegionsMap mode="values" map={map} values={values} legend={legend} />;
}
