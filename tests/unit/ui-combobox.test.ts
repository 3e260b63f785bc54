import { describe, expect, it } from "vitest";
import { isSearchable, moveActive, normalizeLabel, sameLabel, visibleOptions } from "@/components/ui/combobox-logic";
import { addTag, customTag, removeTag } from "@/components/ui/tags-logic";

const opts = (n: number, disabled: number[] = []) => Array.from({ length: n }, (_, i) => ({ disabled: disabled.includes(i) }));

describe("combobox keyboard movement", () => {
  it("goes from none to the first (down) or the last (up)", () => {
    expect(moveActive(-1, opts(3), 1)).toBe(0);
    expect(moveActive(-1, opts(3), -1)).toBe(2);
  });
  it("wraps around", () => {
    expect(moveActive(2, opts(3), 1)).toBe(0);
    expect(moveActive(0, opts(3), -1)).toBe(2);
  });
  it("skips disabled options and gives none when all are disabled", () => {
    expect(moveActive(0, opts(4, [1, 2]), 1)).toBe(3);
    expect(moveActive(-1, opts(2, [0, 1]), 1)).toBe(-1);
    expect(moveActive(-1, [], 1)).toBe(-1);
  });
  it("recovers from an index past the end (the list shrank)", () => {
    expect(moveActive(7, opts(3), 1)).toBe(0);
  });
});

describe("combobox options", () => {
  it("searches once the query is long enough, spaces not counted", () => {
    expect(isSearchable("so", 2)).toBe(true);
    expect(isSearchable(" s ", 2)).toBe(false);
    expect(isSearchable("", 0)).toBe(true);
  });
  it("compares labels without case, accents or extra spaces", () => {
    expect(normalizeLabel("  Soudeur   ÉLECTRIQUE ")).toBe("soudeur electrique");
    expect(sameLabel("Rivière-du-Loup", "riviere-du-loup")).toBe(true);
    expect(sameLabel("Gaspé", "Gaspésie")).toBe(false);
  });
  it("hides chosen values and offers the typed text when it matches no suggestion", () => {
    const loaded = [
      { value: "a", label: "Soudage" },
      { value: "b", label: "Soudure à l'arc" },
    ];
    const create = (text: string) => ({ value: `new:${text}`, label: `Utiliser « ${text} »` });
    expect(visibleOptions(loaded, { exclude: new Set(["a"]) }).map((o) => o.value)).toEqual(["b"]);
    expect(visibleOptions(loaded, { freeText: "soudage", createOption: create }).map((o) => o.value)).toEqual(["a", "b"]);
    expect(visibleOptions(loaded, { freeText: "Brasage ", createOption: create }).map((o) => o.value)).toEqual(["a", "b", "new:Brasage"]);
    expect(visibleOptions(loaded, { freeText: "   ", createOption: create })).toHaveLength(2);
  });
});

describe("tags", () => {
  const welding = { value: "s1", label: "Soudage" };
  it("adds a tag once, ignoring case and accents", () => {
    const r = addTag([], welding);
    expect(r).toEqual({ tags: [welding], outcome: "added" });
    expect(addTag(r.tags, { value: "x", label: "SOUDAGE" }).outcome).toBe("duplicate");
    expect(addTag(r.tags, { value: "s1", label: "Autre libellé" }).outcome).toBe("duplicate");
  });
  it("refuses past the maximum and ignores empty tags", () => {
    expect(addTag([welding], { value: "s2", label: "Meulage" }, 1)).toEqual({ tags: [welding], outcome: "full" });
    expect(addTag([], null).outcome).toBe("empty");
    expect(addTag([], { value: "e", label: "  " }).outcome).toBe("empty");
  });
  it("removes by value", () => {
    expect(removeTag([welding, { value: "s2", label: "Meulage" }], "s1")).toEqual([{ value: "s2", label: "Meulage" }]);
  });
  it("builds custom tags from typed text", () => {
    expect(customTag("  Lecture   de plans ")).toEqual({ value: "Lecture de plans", label: "Lecture de plans" });
    expect(customTag("   ")).toBeNull();
    expect(customTag("x".repeat(81))).toBeNull();
  });
});
