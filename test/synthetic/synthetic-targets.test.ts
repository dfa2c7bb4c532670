import * as assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { loadSyntheticTargets } from "../../lib/synthetic/synthetic-targets";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("loadSyntheticTargets", () => {
  it("reads Table 1 as fractions summing to 1 and the four conditional shares from the memo's figures", () => {
    const targets = loadSyntheticTargets();
    for (const shares of targets.table1.values()) assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.deepEqual(targets.conditional.map((t) => t.concept), ["us_opinion", "china_opinion", "us_economic_relations", "china_economic_relations"]);
    assert.ok(targets.conditional.every((t) => t.positiveGivenAnchor > t.positiveGivenNotAnchor));
    assert.equal(targets.stratumPsuCounts.reduce((a, b) => a + b, 0) * targets.interviewsPerPsu, targets.respondents);
  });

  it("names the parameters file and row of a malformed value, and a missing parameter", () => {
    const folder = temporaryWaveFolder();
    const lines = readFileSync(projectPath("data/waves/synthetic-parameters.csv"), "utf8").trimEnd().split("\n");
    const bad = path.join(folder, "bad.csv");
    writeFileSync(bad, lines.map((line) => (line.startsWith("design.interviews_per_psu,") ? line.replace(",10,", ",ten,") : line)).join("\n") + "\n");
    const row = lines.findIndex((line) => line.startsWith("design.interviews_per_psu,"));
    assert.throws(() => loadSyntheticTargets(bad), (error: unknown) => error instanceof DataError && error.location.row === row && error.location.column === "value");
    const missing = path.join(folder, "missing.csv");
    writeFileSync(missing, lines.filter((line) => !line.startsWith("latent.psu_effect_sd,")).join("\n") + "\n");
    assert.throws(() => loadSyntheticTargets(missing), (error: unknown) => error instanceof DataError && /latent.psu_effect_sd/.test(error.message));
  });
});
