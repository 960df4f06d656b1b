// Opens the configured store for one command and always closes it.
import { loadConfig } from "../config.js";
import { DocumentStore } from "../store/repo.js";

export function withStore<T>(db: string | undefined, use: (store: DocumentStore) => T): T {
  const store = new DocumentStore(loadConfig({ db }).dbPath);
  try {
    return use(store);
  } finally {
    store.close();
  }
}
