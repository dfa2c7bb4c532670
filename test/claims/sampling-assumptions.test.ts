import { strict as assert } from "node:assert";
import { loadSamplingAssumptions, SAMPLING_PARAMETERS } from "../../lib/claims/sampling-assumptions";
import { temporaryFile } from "../helpers/temporary-folder";

const HEADER = "parameter,lower,upper,unit,basis,source,rationale";
const row = (parameter: string, lower: number, upper: number) => `${parameter},${lower},${upper},u,convention,s,r`;

describe("loadSamplingAssumptions", () => {
  it("reads the documented ranges: 1,500 per wave, one to six waves, design effect 1 to 2, one or two reasons each", () => {
    const a = loadSamplingAssumptions();
    assert.deepEqual(a.respondentsPerWave, { lower: 1500, upper: 1500 });
    assert.deepEqual(a.wavesPooled, { lower: 1, upper: 6 });
    assert.deepEqual(a.designEffect, { lower: 1, upper: 2 });
    assert.deepEqual(a.mentionsPerRespondent, { lower: 1, upper: 2 });
    assert.ok(a.rows.every((r) => r.source.length > 0 && r.rationale.length > 0));
  });

  it("refuses a lower bound above the upper, a range below 1, and a missing parameter, naming file, row and column", () => {
    const good = SAMPLING_PARAMETERS.map((p) => row(p, 1, 2));
    const swapped = temporaryFile("swapped.csv", [HEADER, ...good.slice(0, 2), row("design_effect", 3, 2), good[3]].join("\n") + "\n");
    assert.throws(() => loadSamplingAssumptions(swapped), /swapped\.csv, row 3, column "lower": lower 3 exceeds upper 2/);
    const below = temporaryFile("below.csv", [HEADER, ...good.slice(0, 2), row("design_effect", 0.5, 2), good[3]].join("\n") + "\n");
    assert.throws(() => loadSamplingAssumptions(below), /below\.csv, row 3, column "lower": design_effect must be at least 1/);
    const missing = temporaryFile("missing.csv", [HEADER, ...good.slice(0, 3)].join("\n") + "\n");
    assert.throws(() => loadSamplingAssumptions(missing), /must give mentions_per_respondent/);
  });
});
