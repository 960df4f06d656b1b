// `npm run eval [-- SUITE...]`: runs evaluation suites, prints each scorer's report and
// how each figure stands against its floor. Exit status 1 when a floor is not met.
import { checkFloors } from "./gate.js";
import { suites, type SuiteName } from "./suites.js";

const requested = process.argv.slice(2);
const names = (requested.length ? requested : ["seeds", "seeds-dated"]) as SuiteName[];
let failed = false;
for (const name of names) {
  const run = suites[name];
  if (!run) {
    console.error(`unknown suite "${name}"; choose from ${Object.keys(suites).join(", ")}`);
    process.exit(2);
  }
  const result = run();
  console.log(`\n=== ${name}\n${result.report.trim()}`);
  for (const check of checkFloors(name, result.metrics)) {
    failed ||= !check.ok;
    console.log(`floor ${check.ok ? "ok  " : "FAIL"} ${check.metric} = ${check.value ?? "n/a"} (floor ${check.floor})`);
  }
}
process.exitCode = failed ? 1 : 0;
