import "server-only";
import crypto from "node:crypto";

// A CV must be a PDF of at most 5 MB, judged from its bytes (a name ending in .pdf or a "application/pdf" header
// proves nothing). The body is read as a stream and dropped as soon as it passes the limit, so a 20 MB upload is
// refused after 5 MB without being held in memory; a body that does not start with "%PDF-" is refused at its first
// bytes, and one without an end-of-file marker ("%%EOF" near its end) is refused as incomplete.

export const CV_MAX_BYTES = 5 * 1024 * 1024;
const MAGIC = new TextEncoder().encode("%PDF-");
const EOF_MARK = "%%EOF";

export class UploadError extends Error {
  constructor(readonly messageKey: "events.errors.fileTooLarge" | "events.errors.notPdf" | "events.errors.pdfIncomplete" | "events.errors.fileEmpty") {
    super(messageKey);
  }
}

/** Whether bytes start like a PDF (the 5-byte signature "%PDF-"). */
export function looksLikePdf(head: Uint8Array): boolean {
  if (head.byteLength < MAGIC.byteLength) return false;
  return MAGIC.every((b, i) => head[i] === b);
}

/**
 * Reads an upload stream into memory, enforcing the size limit while reading and the PDF signature on the first
 * bytes. Returns the bytes and their SHA-256, or throws UploadError (the stream is cancelled).
 */
export async function readPdfUpload(body: ReadableStream<Uint8Array> | null, opts: { maxBytes?: number; declaredLength?: number | null } = {}): Promise<{ bytes: Uint8Array; sha256: string }> {
  const max = opts.maxBytes ?? CV_MAX_BYTES;
  if (opts.declaredLength != null && Number.isFinite(opts.declaredLength) && opts.declaredLength > max) {
    await body?.cancel().catch(() => {});
    throw new UploadError("events.errors.fileTooLarge");
  }
  if (!body) throw new UploadError("events.errors.fileEmpty");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let checked = false;
  const fail = async (key: UploadError["messageKey"]): Promise<never> => {
    await reader.cancel().catch(() => {});
    throw new UploadError(key);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) await fail("events.errors.fileTooLarge");
    chunks.push(value);
    if (!checked && size >= MAGIC.byteLength) {
      if (!looksLikePdf(concat(chunks, size).subarray(0, MAGIC.byteLength))) await fail("events.errors.notPdf");
      checked = true;
    }
  }
  if (size === 0) throw new UploadError("events.errors.fileEmpty");
  const bytes = concat(chunks, size);
  if (!checked && !looksLikePdf(bytes)) throw new UploadError("events.errors.notPdf");
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, size - 1024)));
  if (!tail.includes(EOF_MARK)) throw new UploadError("events.errors.pdfIncomplete");
  return { bytes, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}
