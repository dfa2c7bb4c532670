import { strict as assert } from "node:assert";
import { jsonForScript } from "../../lib/report/script-json";

describe("report/script-json", () => {
  const hostile = { label: "</script><script>alert(1)</script>", comment: "<!-- x -->", amp: "a&b", separators: "\u2028\u2029" };
  it("contains no character that can end a script element or open a comment", () => {
    const json = jsonForScript(hostile);
    assert.ok(!/[<>&\u2028\u2029]/.test(json));
  });
  it("parses back to the same value", () => {
    assert.deepEqual(JSON.parse(jsonForScript(hostile)), hostile);
  });
  it("refuses values JSON cannot represent", () => {
    assert.throws(() => jsonForScript(undefined), TypeError);
  });
});
