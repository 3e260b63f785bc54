import "server-only";
import { db } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs a creating write once per submission. The form generates a submission id (a UUID) when it is shown; a double
 * click, a retried request or a second tab sends the same id. The first statement of the transaction claims the id
 * (IdempotencyKey, primary key userId + key): a concurrent claim waits on the unique index until the first transaction
 * ends, then fails, and the caller gets the first submission's stored result. If the first transaction rolled back,
 * the next claim succeeds and does the work. Without a key, the write simply runs in a transaction.
 * The result must be JSON (ids, versions, ISO dates): it is stored and given back as is.
 */
export async function oncePerSubmission<T>(userId: string, action: string, key: string | null | undefined, run: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if (!key) return db.$transaction(run);
  try {
    return await db.$transaction(async (tx) => {
      await tx.idempotencyKey.create({ data: { userId, key, action } });
      const result = await run(tx);
      await tx.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { result: result as Prisma.InputJsonValue } });
      return result;
    });
  } catch (e) {
    if (!isKeyClaimed(e)) throw e;
    const first = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { action: true, result: true } });
    // The id was used for another kind of submission (a forged or reused id): refuse rather than guess.
    if (!first || first.action !== action || first.result === null) throw new ConflictError("errors.alreadySubmitted");
    return first.result as T;
  }
}

function isKeyClaimed(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && (e.meta as { modelName?: string } | undefined)?.modelName === "IdempotencyKey";
}
