/**
 * `npm run synthetic`: regenerates the SYNTHETIC demonstration waves listed in
 * data/waves/manifest.csv (byte-identical on every run; see data/waves/README.md).
 */
import { writeSyntheticWaves } from "./write-synthetic-waves";

for (const written of writeSyntheticWaves()) {
  console.log(`wrote ${written.file}: ${written.rows} SYNTHETIC respondents (${written.waveId})`);
}
