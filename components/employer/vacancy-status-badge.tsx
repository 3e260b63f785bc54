import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { DisplayStatus } from "@/lib/domain/vacancy/lifecycle";
import type { Translator } from "@/lib/i18n/translate";

const VARIANTS: Record<DisplayStatus, BadgeVariant> = { draft: "neutral", published: "success", expired: "warning", closed: "neutral", filled: "info" };

export function VacancyStatusBadge({ status, t }: { status: DisplayStatus; t: Translator }) {
  return <Badge variant={VARIANTS[status]}>{t(`vacancy.statuses.${status}`)}</Badge>;
}
