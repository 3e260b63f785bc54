import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { MessageThread } from "@/components/recruiting/message-thread";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getThread } from "@/lib/server/dal/messages";
import { NotFoundError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.messages.title") };
}

export default async function ThreadPage({ params }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const [{ id }, t] = await Promise.all([params, getT()]);
  const thread = await getThread(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const person = thread.person ? [thread.person.firstName, thread.person.lastName].filter(Boolean).join(" ") || thread.person.email : null;
  const otherName = thread.side === "EMPLOYER" ? (person ?? t("recruiting.pipeline.anonymous")) : thread.organisation;
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/messages">← {t("recruiting.messages.back")}</Link>
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
