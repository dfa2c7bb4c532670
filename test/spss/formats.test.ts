import { strict as assert } from "node:assert";
import { decodeFormat, formatText, temporalKind } from "../../lib/spss";

describe("spss/formats", () => {
  it("decodes the packed print/write format (type << 16 | width << 8 | decimals) and writes it as SPSS does", () => {
    assert.deepEqual(decodeFormat(0x050802), { type: "F", width: 8, decimals: 2 });
    assert.deepEqual([0x050400, 0x012800, 0x140b00, 0x161902, 0x150a01].map((code) => formatText(decodeFormat(code))), ["F4.0", "A40", "DATE11", "DATETIME25.2", "TIME10.1"]);
    assert.equal(decodeFormat(0x7f0800).type, "?127");
  });

  it("says which formats hold dates (seconds since 1582-10-14), times and date-times", () => {
    assert.deepEqual(["DATE", "ADATE", "TIME", "DTIME", "DATETIME", "F", "WKDAY"].map((type) => temporalKind({ type, width: 10, decimals: 0 })), ["date", "date", "time", "time", "datetime", null, null]);
  });
});
