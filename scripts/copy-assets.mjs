// Copies non-TypeScript assets the compiled code reads at run time (each backend's SQL migrations) into dist/.
import { cpSync } from "node:fs";

for (const folder of ["migrations", "migrations-pg"]) cpSync(`src/store/${folder}`, `dist/store/${folder}`, { recursive: true });
