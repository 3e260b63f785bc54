// The batch CLI as a user runs it: a real process (npx tsx scripts/match.ts), real files, stdout and stderr.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const fixture = (name: string) => path.join("tests/fixtures/matching", name);

function runCli(args: string[], stdin?: string) {
  const r = spawnSync("npx", ["tsx", "scripts/match.ts", ...args], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, REFERENCE_DATA_DIR: process.env.REFERENCE_DATA_DIR ?? "../shared/data" },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Output {
  vacancyId: string;
  results: { candidateId: string; rank: number; score: number; eligible: boolean; factors: { key: string; weight: number; score: number; detail: string }[]; gaps: string[] }[];
}

const T = 60_000;

describe("scripts/match.ts", () => {
  it(
    "ranks a valid file: one JSON document on stdout, per the contract, nothing on stderr",
    () => {
      const r = runCli([fixture("welder-pool.json")]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Output;
      expect(Object.keys(out)).toEqual(["vacancyId", "results"]);
      expect(out.vacancyId).toBe("v-welder-trois-rivieres");
      expect(out.results.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(out.results[0]!.candidateId).toBe("c-01");
      for (const res of out.results) {
        const sum = 100 * res.factors.reduce((s, f) => s + f.weight * f.score, 0);
        expect(Math.abs(res.score - sum)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
      const eligible = out.results.map((x) => x.eligible);
      expect(eligible).toEqual([...eligible].sort((a, b) => Number(b) - Number(a)));
      expect(out.results.find((x) => x.candidateId === "c-02")!.gaps[0]).toBe("Niveau de français 4, 5 requis");
      expect(out.results[0]!.factors[0]!.detail).toBe("Même profession (CNP 72106)");
    },
    T,
  );

  it(
    "gives English details with --locale en",
    () => {
      const r = runCli([fixture("contract-example.json"), "--locale", "en"]);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Output;
      expect(out.results[0]!.factors.map((f) => f.detail)).toContain("Same occupation (NOC 72106)");
      expect(out.results[0]!.factors.map((f) => f.detail)).toContain("Wanted region: Mauricie (04)");
    },
    T,
  );

  it(
    'reads standard input with "-" and gives the same output as the file',
    () => {
      const text = readFileSync(path.join(root, fixture("contract-example.json")), "utf8");
      const fromStdin = runCli(["-"], text);
      const fromFile = runCli([fixture("contract-example.json")]);
      expect(fromStdin.status).toBe(0);
      expect(fromStdin.stdout).toBe(fromFile.stdout);
      expect((JSON.parse(fromStdin.stdout) as Output).results[0]!.score).toBe(94.6);
    },
    T,
  );

  it(
    "exits 2 with one line naming the field and the row for invalid input",
    () => {
      const r = runCli([fixture("invalid-french-level.json")]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("invalid input: candidates[3].frenchLevel: must be between 1 and 12\n");
    },
    T,
  );

  it.each([
    [[fixture("invalid-json.txt")], /^invalid input: not valid JSON \(.+\)\n$/],
    [[fixture("does-not-exist.json")], /^invalid input: cannot read tests\/fixtures\/matching\/does-not-exist\.json \(no such file\)\n$/],
    [[fixture("invalid-duplicate-id.json")], /^invalid input: candidates\[2\]\.id: duplicate id "c-0" \(also candidates\[0\]\)\n$/],
    [[fixture("invalid-vacancy-region.json")], /^invalid input: vacancy\.regionCode: /],
    [[], /^invalid arguments: no input file/],
    [[fixture("contract-example.json"), "--locale", "de"], /^invalid arguments: --locale must be fr or en/],
  ])(
    "exits 2 with a single line and no stack trace: %j",
    (args, pattern) => {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    T,
  );

  it(
    "exits 2 for invalid JSON on standard input",
    () => {
      const r = runCli(["-"], "{ not json");
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^invalid input: not valid JSON/);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    },
    T,
  );
});
