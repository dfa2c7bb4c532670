import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describeFileError } from "../../lib/io/file-error-text";

describe("describeFileError", () => {
  const thrownBy = (read: () => unknown): unknown => {
    try {
      read();
    } catch (error) {
      return error;
    }
    throw new Error("expected the read to throw");
  };

  it("says a missing file in words and keeps Node's code", () => {
    assert.equal(describeFileError(thrownBy(() => readFileSync("/no/such/file.csv"))), "no such file (ENOENT)");
  });

  it("says a folder read as a file", () => {
    assert.equal(describeFileError(thrownBy(() => readFileSync("/tmp"))), "it is a folder, not a file (EISDIR)");
  });

  it("keeps an unknown code as it is, and the message of an error without a code", () => {
    assert.equal(describeFileError(Object.assign(new Error("x"), { code: "EWHATEVER" })), "EWHATEVER");
    assert.equal(describeFileError(new Error("plain failure")), "plain failure");
    assert.equal(describeFileError("a string"), "a string");
  });
});
