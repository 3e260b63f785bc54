import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/server/errors";

/** For pages: a data function's NotFoundError (missing, or another organisation's) becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
