// `dyad actors`: the actors of a stored corpus with their mention counts and documents.
import type { Command } from "commander";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";

const FORMATS = ["text", "json"] as const;

export function registerActors(program: Command): void {
  const command = program
    .command("actors")
    .description("list the actors of the stored corpus: mentions and documents")
    .option("--type <type>", "only this type: state, person, igo, organization, location");
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    await withStore(options.db, async (store) => {
      const actors = (await store.actors()).filter((a) => !options.type || a.type === options.type);
      if (format === "json") {
        process.stdout.write(`${JSON.stringify(actors, null, 2)}\n`);
        return;
      }
      for (const a of actors) {
        process.stdout.write(`${a.id.padEnd(28)} ${a.type.padEnd(12)} ${(a.country ?? "-").padEnd(5)} ${String(a.mentions).padStart(5)} mentions in ${a.documents.length} document${a.documents.length === 1 ? "" : "s"}  ${a.name}\n`);
      }
    });
  });
}
