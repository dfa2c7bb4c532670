import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, Stats } from "node:fs";
import * as path from "node:path";
import { DataError } from "../io/data-error";
import { describeFileError } from "../io/file-error-text";
import { projectPath } from "../project/project-path";

/** Environment variable that sets the largest wave file read, in bytes (or with a K, M or G suffix, powers of 1024). */
export const MAX_WAVE_BYTES_VARIABLE = "LWN_MAX_WAVE_BYTES";

/**
 * Default largest wave file: 512 MiB. A pooled nine-country CAB wave
 * (7,500 respondents × 421 variables) is about 25 MB as .sav; 512 MiB is
 * twenty times that, and stays below what one JavaScript string can hold
 * (a CSV is decoded as one string).
 */
export const DEFAULT_MAX_WAVE_BYTES = 512 * 1024 ** 2;

const SIZE_PATTERN = /^\s*(\d+)\s*(?:([KMG])(?:i?B)?)?\s*$/i;
const UNIT_BYTES: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/**
 * The size limit per wave file: {@link MAX_WAVE_BYTES_VARIABLE} when set
 * (bytes, or a whole number with K, M or G: `2G` = 2 × 1024³ bytes), else
 * {@link DEFAULT_MAX_WAVE_BYTES}.
 *
 * @throws RangeError naming the variable when its value is not a size.
 * @example maxWaveBytes({ LWN_MAX_WAVE_BYTES: "2G" }) // => 2147483648
 */
export function maxWaveBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[MAX_WAVE_BYTES_VARIABLE];
  if (text === undefined || text.trim() === "") return DEFAULT_MAX_WAVE_BYTES;
  const match = SIZE_PATTERN.exec(text);
  const bytes = match === null ? NaN : Number(match[1]) * (match[2] ? UNIT_BYTES[match[2].toUpperCase()] : 1);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new RangeError(`${MAX_WAVE_BYTES_VARIABLE}=${JSON.stringify(text)} is not a size: give bytes (e.g. 1073741824) or a whole number with K, M or G (e.g. 2G)`);
  }
  return bytes;
}

/** Options of {@link readWaveFileBytes}. */
export interface WaveFileAccess {
  /**
   * The folder the file must lie in once every symbolic link is resolved
   * (the manifest's folder); omitted for a file the user names on the command
   * line. Resolved with realpath too, so a data folder that is itself a link
   * works.
   */
  readonly within?: string;
  /** Largest file read, in bytes; default {@link maxWaveBytes}(). */
  readonly maxBytes?: number;
}

/**
 * Reads a wave file (or the manifest or codebook beside it) whole, after
 * three checks that read none of its content, each a DataError
 * "file-refused" naming the file (as the caller gave it):
 *
 * 1. the path is resolved with realpath; when `within` is given, the real
 *    path must lie inside the real `within` folder (a symbolic link, or a
 *    linked folder, pointing out of the data folder is refused; the message
 *    names where it points, never what it holds);
 * 2. it must be a regular file: a FIFO, socket, character or block device
 *    (e.g. /dev/zero) or folder is refused at once, never read (a FIFO would
 *    block, a device would never end). The file is opened non-blocking and
 *    checked again on the open descriptor, so a swap between check and open
 *    is caught too;
 * 3. its size must not exceed `maxBytes` (default 512 MiB, overridable with
 *    LWN_MAX_WAVE_BYTES), checked before reading.
 *
 * A missing file is "file-missing". A relative path is taken from the
 * project root (and follows LWN_DATA_DIR under data/).
 *
 * @throws DataError "file-missing" or "file-refused".
 * @example readWaveFileBytes("data/waves/kz-2019-synthetic.csv", { within: "data/waves" }).length // => 82859
 */
export function readWaveFileBytes(file: string, access: WaveFileAccess = {}): Buffer {
  const absolute = toAbsolute(file);
  const maxBytes = access.maxBytes ?? maxWaveBytes();
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the file: ${describeFileError(error)}`);
  }
  if (access.within !== undefined) checkInside(file, real, access.within);
  let descriptor: number;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer; O_NOFOLLOW: the resolved path must not have become a link.
    descriptor = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot open the file: ${describeFileError(error)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    checkRegularFile(file, stats);
    if (stats.size > maxBytes) {
      throw new DataError(
        "file-refused",
        { file },
        `the file is ${describeBytes(stats.size)}, more than the limit of ${describeBytes(maxBytes)} per wave file; if the file is right, raise the limit with ${MAX_WAVE_BYTES_VARIABLE} (e.g. ${MAX_WAVE_BYTES_VARIABLE}=${suggestLimit(stats.size)})`,
      );
    }
    return readExactly(descriptor, stats.size, file);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * True when `real` is `folder` itself or lies inside it (both absolute, resolved).
 *
 * @example isInsideFolder("/data/waves/w.csv", "/data/waves") // => true
 */
export function isInsideFolder(real: string, folder: string): boolean {
  const relative = path.relative(folder, real);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function toAbsolute(file: string): string {
  return path.isAbsolute(file) ? file : projectPath(file);
}

function checkInside(file: string, real: string, within: string): void {
  let folder: string;
  try {
    folder = realpathSync(toAbsolute(within));
  } catch (error) {
    throw new DataError("file-missing", { file }, `the data folder ${within} cannot be read: ${describeFileError(error)}`);
  }
  if (!isInsideFolder(real, folder)) {
    throw new DataError(
      "file-refused",
      { file },
      `the path resolves, through a symbolic link, to ${real}, outside the data folder ${folder}; wave files must be inside it: copy the file in instead of linking it`,
    );
  }
}

function checkRegularFile(file: string, stats: Stats): void {
  if (stats.isFile()) return;
  const kind = stats.isFIFO()
    ? "a FIFO (named pipe), which could block forever"
    : stats.isCharacterDevice()
      ? "a character device (such as /dev/zero), which could never end"
      : stats.isBlockDevice()
        ? "a block device"
        : stats.isSocket()
          ? "a socket"
          : stats.isDirectory()
            ? "a folder"
            : "not a regular file";
  throw new DataError("file-refused", { file }, `the path is ${kind}; only regular files are read: save the data to a file`);
}

function readExactly(descriptor: number, size: number, file: string): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(descriptor, bytes, offset, size - offset, null);
    if (read === 0) throw new DataError("file-refused", { file }, `the file shrank while it was read (${offset} of ${size} bytes); read it again when nothing writes to it`);
    offset += read;
  }
  if (readSync(descriptor, Buffer.alloc(1), 0, 1, null) !== 0) {
    throw new DataError("file-refused", { file }, `the file grew while it was read (beyond ${size} bytes); read it again when nothing writes to it`);
  }
  return bytes;
}

/**
 * A byte count for people: "812 bytes", "3.4 MiB", "1 GiB".
 *
 * @example describeBytes(536870912) // => "512 MiB"
 */
export function describeBytes(bytes: number): string {
  const units: [string, number][] = [["GiB", 1024 ** 3], ["MiB", 1024 ** 2], ["KiB", 1024]];
  for (const [unit, size] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  return `${bytes} bytes`;
}

function suggestLimit(bytes: number): string {
  return `${Math.ceil(bytes / 1024 ** 3)}G`;
}
