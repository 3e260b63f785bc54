import "server-only";

// One interface for stored files, whatever holds them (disk by default, an S3-compatible bucket by configuration).
// Keys are opaque paths chosen by the application ("cv/<profile id>/<random>.pdf"), never a person's file name.

export interface ObjectStorage {
  /** Stores bytes under key (replacing what was there). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under key, or null when nothing is stored there. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are lower-case path segments of letters, digits, dots, dashes and underscores: nothing can climb out. */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9_-]+(\/[a-z0-9_-][a-z0-9._-]*)*$/i.test(key) || key.includes("..") || key.length > 300) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
