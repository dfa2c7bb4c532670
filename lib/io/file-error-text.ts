/** What each common file-system error code means, in words a user can act on. */
const MEANINGS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  ELOOP: "too many symbolic links (a link loop)",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the path is too long",
};

/**
 * Why a file could not be read, in words, with Node's error code kept in
 * brackets for searching: `"no such file (ENOENT)"`. Errors without a code
 * give their message.
 *
 * Shape: any thrown value → one short phrase (no trailing period). Throws nothing.
 *
 * @example describeFileError(Object.assign(new Error("x"), { code: "ENOENT" })) // => "no such file (ENOENT)"
 */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const meaning = MEANINGS[code];
  return meaning === undefined ? code : `${meaning} (${code})`;
}
