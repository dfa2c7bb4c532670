import * as assert from "node:assert/strict";
import { isWaveConcept, SCALE_CONCEPTS, SKIP_PATTERN_CONCEPTS, TABLE1_CONCEPTS, WAVE_CONCEPTS } from "../../lib/waves/concepts";

describe("wave concepts", () => {
  it("split into scale concepts and skip-pattern reasons, and include Table 1's item ids", () => {
    assert.equal(SCALE_CONCEPTS.length + SKIP_PATTERN_CONCEPTS.length, WAVE_CONCEPTS.length);
    assert.ok(TABLE1_CONCEPTS.every((concept) => SCALE_CONCEPTS.includes(concept)));
    assert.equal(isWaveConcept("us_opinion"), true);
    assert.equal(isWaveConcept("constructor"), false);
  });
});
