import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { DEFAULT_MAX_WAVE_BYTES, describeBytes, isInsideFolder, maxWaveBytes, readWaveFileBytes } from "../../lib/waves/wave-file-access";
import { temporaryFolder } from "../helpers/temporary-folder";

/** Content that must never appear in a message: it is outside the data folder. */
const SECRET = "SECRET-LINE-outside-the-data-folder";

function refusal(run: () => unknown): DataError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DataError, `expected a DataError, got ${String(caught)}`);
  return caught;
}

/** A data folder with one wave file, and a file outside it holding {@link SECRET}. */
function folders(): { data: string; outsideFile: string } {
  const root = temporaryFolder("access");
  const data = path.join(root, "data", "waves");
  mkdirSync(data, { recursive: true });
  writeFileSync(path.join(data, "wave.csv"), "a,b\n1,2\n");
  const outside = path.join(root, "elsewhere");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "private.csv"), `${SECRET}\n1,2\n`);
  return { data, outsideFile: path.join(outside, "private.csv") };
}

describe("readWaveFileBytes: wave files read whole, only from inside the data folder, only regular files, under a size limit", () => {
  it("reads a regular file inside the folder, also through a link that stays inside", () => {
    const { data } = folders();
    assert.equal(readWaveFileBytes(path.join(data, "wave.csv"), { within: data }).toString(), "a,b\n1,2\n");
    symlinkSync("wave.csv", path.join(data, "alias.csv"));
    assert.equal(readWaveFileBytes(path.join(data, "alias.csv"), { within: data }).toString(), "a,b\n1,2\n");
  });

  it("refuses a symbolic link pointing out of the folder, naming where it points and never what it holds", () => {
    const { data, outsideFile } = folders();
    const link = path.join(data, "linked.csv");
    symlinkSync(outsideFile, link);
    const error = refusal(() => readWaveFileBytes(link, { within: data }));
    assert.equal(error.code, "file-refused");
    assert.equal(error.location.file, link);
    assert.match(error.message, /resolves, through a symbolic link, to .*elsewhere\/private\.csv, outside the data folder/);
    assert.ok(!error.message.includes(SECRET));
  });

  it("refuses a file under a linked folder that points out of the data folder", () => {
    const { data, outsideFile } = folders();
    symlinkSync(path.dirname(outsideFile), path.join(data, "more"));
    const error = refusal(() => readWaveFileBytes(path.join(data, "more", "private.csv"), { within: data }));
    assert.equal(error.code, "file-refused");
    assert.ok(!error.message.includes(SECRET));
  });

  it("refuses a FIFO at once, without waiting for a writer (mocha's timeout would catch a hang)", () => {
    const { data } = folders();
    const fifo = path.join(data, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    const error = refusal(() => readWaveFileBytes(fifo, { within: data }));
    assert.equal(error.code, "file-refused");
    assert.match(error.message, /a FIFO \(named pipe\)/);
  });

  it("refuses /dev/zero: as a character device when named directly, as outside the folder through a link", () => {
    const direct = refusal(() => readWaveFileBytes("/dev/zero"));
    assert.equal(direct.code, "file-refused");
    assert.match(direct.message, /a character device/);
    const { data } = folders();
    symlinkSync("/dev/zero", path.join(data, "zero.sav"));
    const linked = refusal(() => readWaveFileBytes(path.join(data, "zero.sav"), { within: data }));
    assert.match(linked.message, /resolves, through a symbolic link, to \/dev\/zero, outside the data folder/);
  });

  it("refuses a folder, and says a missing file is missing", () => {
    const { data } = folders();
    mkdirSync(path.join(data, "dir.csv"));
    assert.match(refusal(() => readWaveFileBytes(path.join(data, "dir.csv"), { within: data })).message, /a folder/);
    assert.equal(refusal(() => readWaveFileBytes(path.join(data, "none.csv"), { within: data })).code, "file-missing");
  });

  it("refuses a file over the size limit before reading it, naming LWN_MAX_WAVE_BYTES", () => {
    const { data } = folders();
    const error = refusal(() => readWaveFileBytes(path.join(data, "wave.csv"), { within: data, maxBytes: 4 }));
    assert.equal(error.code, "file-refused");
    assert.match(error.message, /the file is 8 bytes, more than the limit of 4 bytes per wave file; .*LWN_MAX_WAVE_BYTES/);
    assert.equal(readWaveFileBytes(path.join(data, "wave.csv"), { within: data, maxBytes: 8 }).length, 8);
  });
});

describe("maxWaveBytes: the size limit, overridable with LWN_MAX_WAVE_BYTES", () => {
  it("defaults to 512 MiB and reads bytes or K, M, G (powers of 1024)", () => {
    assert.equal(maxWaveBytes({}), DEFAULT_MAX_WAVE_BYTES);
    assert.equal(DEFAULT_MAX_WAVE_BYTES, 536870912);
    assert.equal(maxWaveBytes({ LWN_MAX_WAVE_BYTES: "1000" }), 1000);
    assert.equal(maxWaveBytes({ LWN_MAX_WAVE_BYTES: "2G" }), 2147483648);
    assert.equal(maxWaveBytes({ LWN_MAX_WAVE_BYTES: "64 MiB" }), 67108864);
    assert.equal(maxWaveBytes({ LWN_MAX_WAVE_BYTES: "8k" }), 8192);
  });

  it("refuses a value that is not a size, naming the variable", () => {
    for (const value of ["lots", "-5", "0", "1.5G", "2T"]) assert.throws(() => maxWaveBytes({ LWN_MAX_WAVE_BYTES: value }), /LWN_MAX_WAVE_BYTES=.* is not a size/);
  });

  it("is applied when no limit is passed", () => {
    const { data } = folders();
    const saved = process.env.LWN_MAX_WAVE_BYTES;
    process.env.LWN_MAX_WAVE_BYTES = "4";
    try {
      assert.match(refusal(() => readWaveFileBytes(path.join(data, "wave.csv"), { within: data })).message, /limit of 4 bytes/);
    } finally {
      if (saved === undefined) delete process.env.LWN_MAX_WAVE_BYTES;
      else process.env.LWN_MAX_WAVE_BYTES = saved;
    }
  });
});

describe("isInsideFolder and describeBytes", () => {
  it("tell inside from outside, prefix look-alikes included", () => {
    assert.ok(isInsideFolder("/d/waves/w.csv", "/d/waves"));
    assert.ok(isInsideFolder("/d/waves", "/d/waves"));
    assert.ok(!isInsideFolder("/d/waves-other/w.csv", "/d/waves"));
    assert.ok(!isInsideFolder("/d/w.csv", "/d/waves"));
  });
  it("print sizes for people", () => {
    assert.equal(describeBytes(812), "812 bytes");
    assert.equal(describeBytes(536870912), "512 MiB");
    assert.equal(describeBytes(1.5 * 1024 ** 3), "1.5 GiB");
  });
});
