/** The subset of `storage.StorageArea` the extension uses, so node tests can pass an in-memory fake. */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
