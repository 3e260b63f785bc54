import { Badge, type BadgeVariant } from "@/components/ui/badge";

const VARIANT: Record<string, BadgeVariant> = {
  DRAFT: "neutral", OPEN_EMPLOYERS: "info", OPEN_CANDIDATES: "success", CLOSED: "warning", DONE: "neutral",
  PENDING: "warning", APPROVED: "success", REJECTED: "danger",
  SUBMITTED: "info", PRESELECTED: "success", NOT_RETAINED: "neutral",
  MADE: "info", ACCEPTED: "success", DECLINED: "neutral",
};

/** A status word with its colour (the word carries the meaning). `label` is already translated. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge variant={VARIANT[status] ?? "neutral"}>{label}</Badge>;
}
