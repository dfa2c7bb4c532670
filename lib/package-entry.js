// Entry point of the workspace package "@love-with-nuances/lib" (see environment.md,
// "How notebooks import the lib"). npm links node_modules/@love-with-nuances/lib to
// this folder; the compiled lib lives in output/build/lib (generated, git-ignored).
// A relative require from this real file reaches it wherever the link is seen from.
module.exports = require("../output/build/lib/index.js");
