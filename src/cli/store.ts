// Opens the configured store for one command and always closes it.
import { loadConfig } from "../config.js";
import { openStore } from "../store/open.js";
import type { DocumentStore } from "../store/repo.js";

export async function withStore<T>(db: string | undefined, use: (store: DocumentStore) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig({ db }).db);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
