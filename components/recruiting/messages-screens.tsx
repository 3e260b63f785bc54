import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { MessageThread } from "@/components/recruiting/message-thread";
import { ThreadList } from "@/components/recruiting/thread-list";
import { getLocale, getT } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/server/auth";
import { getThread, listMyThreads } from "@/lib/server/dal/messages";
import { NotFoundError } from "@/lib/server/errors";

// The inbox and a thread look the same to a candidate and to an employer; only the role that may open them and the
// base path differ, so both audiences' routes render these two screens. The data functions scope to the actor.

export async function messagesMetadata() {
  const t = await getT();
  return { title: t("recruiting.messages.title") };
}

export async function InboxScreen({ actor, basePath }: { actor: SessionUser; basePath: string }) {
  const [t, locale, threads] = await Promise.all([getT(), getLocale(), listMyThreads(actor)]);
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("recruiting.messages.title")}</h1>
        <p className="mt-2 text-ink-muted">{t("recruiting.messages.intro")}</p>
      </div>
      <ThreadList threads={threads} basePath={basePath} t={t} locale={locale} />
    </Container>
  );
}

export async function ThreadScreen({ actor, threadId, basePath }: { actor: SessionUser; threadId: string; basePath: string }) {
  const t = await getT();
  const thread = await getThread(actor, threadId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const person = thread.person ? [thread.person.firstName, thread.person.lastName].filter(Boolean).join(" ") || thread.person.email : null;
  const otherName = thread.side === "EMPLOYER" ? (person ?? t("recruiting.pipeline.anonymous")) : thread.organisation;
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href={basePath}>← {t("recruiting.messages.back")}</Link>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{t("recruiting.messages.with", { name: otherName })}</h1>
        <p className="text-ink-muted">{t("recruiting.messages.about", { title: thread.vacancyTitle })}</p>
        {thread.person && (
          <p className="text-sm" data-testid="thread-contact">
            <span className="font-semibold">{t("recruiting.messages.contact")}</span> <a href={`mailto:${thread.person.email}`}>{thread.person.email}</a>
            {thread.person.phone ? ` · ${thread.person.phone}` : ""}
          </p>
        )}
      </div>
      <MessageThread threadId={thread.id} messages={thread.messages} open={thread.open} otherName={otherName} />
    </Container>
  );
}
