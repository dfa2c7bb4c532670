/**
 * A reader of SPSS system files (.sav and .zsav), written from the GNU PSPP
 * manual's "System File Format". Self-contained: it imports nothing outside
 * lib/spss but Node's built-ins. See lib/spss/README.md.
 */
export { SavReadError, type SavReadErrorCode, type SavReadErrorLocation } from "./sav-read-error";
export { identifyFile, requireSystemFile, type FileKind } from "./file-signature";
export type { SavByteOrder, SavLayout } from "./header";
export { codePageLabel, declaredEncoding, type EncodingSource, type SavEncoding } from "./encoding";
export { decodeFormat, formatText, temporalKind, type SavFormat } from "./formats";
export { describeSource, type SavDictionary, type SavMissingValues, type SavValueLabel, type SavVariable, type SavWriterInfo } from "./dictionary";
export type { SavColumn, SavNumericColumn, SavStringColumn } from "./columns";
export { openSav, readSav, readSavFile, savColumn, type SavCaseOptions, type SavData, type SavFile, type SavOpenOptions } from "./read-sav";
export { csvField, csvNumber, savToCsv, writeSavCsv } from "./csv-export";
export { describeMissing, dictionaryJson, dictionaryTable, visibleText } from "./dictionary-table";
