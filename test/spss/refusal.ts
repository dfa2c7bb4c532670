import { strict as assert } from "node:assert";
import { readSav, SavReadError } from "../../lib/spss";

/** The SavReadError with which the reader refuses `bytes` (read as `fileName`); fails the test when the file is read. */
export function refusal(bytes: Uint8Array, fileName = "t.sav"): SavReadError {
  try {
    readSav(bytes, { fileName });
  } catch (error) {
    if (error instanceof SavReadError) return error;
    throw error;
  }
  assert.fail(`${fileName} was read; a refusal was expected`);
}
