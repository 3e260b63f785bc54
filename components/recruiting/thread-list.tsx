import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { ThreadSummary } from "@/lib/server/dal/messages";

/** The actor's conversations, most recent first, with unread counts. */
export function ThreadList({ threads, basePath, t, locale }: { threads: ThreadSummary[]; basePath: string; t: Translator; locale: Locale }) {
  if (threads.length === 0) return <p className="text-ink-muted">{t("recruiting.messages.empty")}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="thread-list">
      {threads.map((th) => (
        <li key={th.id} className="rounded border border-line-strong bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`${basePath}/${th.id}`} className="text-lg font-bold">
              {th.counterpart || t("recruiting.pipeline.anonymous")}
            </Link>
            {th.unread > 0 && <Badge variant="info">{t("recruiting.messages.unread", { count: th.unread })}</Badge>}
            {!th.open && <Badge variant="neutral">{t("recruiting.messages.closed")}</Badge>}
          </div>
          <p className="text-sm text-ink-muted">{t("recruiting.messages.about", { title: th.vacancyTitle })}</p>
          {th.lastMessagePreview && <p className="mt-1 line-clamp-2">{th.lastMessagePreview}</p>}
          <p className="mt-1 text-sm text-ink-muted">{t("recruiting.messages.lastMessage", { date: formatDateTime(locale, th.lastMessageAt) })}</p>
        </li>
      ))}
    </ul>
  );
}
