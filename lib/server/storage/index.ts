import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { diskStorage } from "./disk";
import { s3Storage } from "./s3";
import type { ObjectStorage } from "./types";

export type { ObjectStorage } from "./types";
export { CV_MAX_BYTES, UploadError, readPdfUpload, looksLikePdf } from "./pdf";

// The storage of uploaded files, chosen by configuration (STORAGE_DRIVER): disk under STORAGE_DIR by default, or an
// S3-compatible bucket (S3_*). One instance per process.

const g = globalThis as unknown as { __storage?: ObjectStorage };

export function storageFromEnv(e = env()): ObjectStorage {
  if (e.STORAGE_DRIVER === "s3") {
    if (!e.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET (see .env.example)");
    return s3Storage({ endpoint: e.S3_ENDPOINT, region: e.S3_REGION, bucket: e.S3_BUCKET, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE });
  }
  return diskStorage(path.resolve(e.STORAGE_DIR));
}

export function getStorage(): ObjectStorage {
  return (g.__storage ??= storageFromEnv());
}

/** For tests: use another storage (returns the previous one). */
export function setStorage(next: ObjectStorage | undefined): ObjectStorage | undefined {
  const prev = g.__storage;
  g.__storage = next;
  return prev;
}
