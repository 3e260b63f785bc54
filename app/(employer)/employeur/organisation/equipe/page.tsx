import Link from "next/link";
import { Container } from "@/components/layout/container";
import { TeamManager } from "@/components/employer/team-manager";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listTeam } from "@/lib/server/dal/team";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.team.title") };
}

export default async function TeamPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, team] = await Promise.all([getT(), listTeam(actor)]);
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/organisation">{t("employer.organisation.title")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("employer.team.title")}</h1>
        <p className="mt-2 text-ink-muted">{t("employer.team.intro")}</p>
      </div>
      <TeamManager
        isOwner={team.myRole === "OWNER"}
        members={team.members.map((m) => ({ ...m, since: m.since.toISOString() }))}
        invitations={team.invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
      />
    </Container>
  );
}
