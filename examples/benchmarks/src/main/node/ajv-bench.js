// ajv 8 (Draft 2020-12, allErrors, ajv-formats) on the published per-type schema, over an NDJSON file:
// one pass = JSON.parse + validate of every line. Warm-up passes, then measured passes; prints the best
// records per second on the last line of standard output (the suite reads it).
// usage: node ajv-bench.js SCHEMA.json CASES.ndjson [SECONDS]
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, dataFile, seconds] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
const lines = fs.readFileSync(dataFile, "utf8").split("\n").filter((l) => l.length > 0);

function pass() {
  let errors = 0;
  for (const line of lines) {
    if (!validate(JSON.parse(line))) {
      errors += validate.errors.length;
    }
  }
  return errors;
}

const budget = (Number(seconds) || 10) * 1000;
let best = 0;
let errors = 0;
const start = Date.now();
for (let round = 0; round < 3 || Date.now() - start < budget; round++) {
  const t0 = process.hrtime.bigint();
  errors = pass();
  const ns = Number(process.hrtime.bigint() - t0);
  if (round >= 2) {
    best = Math.max(best, lines.length / (ns / 1e9));
  }
}
console.error(`ajv: ${lines.length} records, ${errors} errors per pass, best ${Math.round(best)} records/s`);
console.log(Math.round(best));
