import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { InvitationAcceptForm } from "@/components/employer/invitation-accept-form";
import { getT } from "@/lib/i18n/server";
import { getSession } from "@/lib/server/auth";
import { getInvitationByToken } from "@/lib/server/dal/team";
import { ZInvitationToken } from "@/lib/schemas/employer";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.team.title"), robots: { index: false } };
}

/** Public: the invitation link is the credential (single use, 7 days). */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const t = await getT();
  const valid = ZInvitationToken.safeParse(token).success;
  const [inv, user] = await Promise.all([valid ? getInvitationByToken(token) : Promise.resolve(null), getSession()]);
  if (!inv || inv.state !== "valid") {
    const key = !inv ? "unknown" : inv.state;
    return (
      <Container className="flex max-w-xl flex-col gap-6 py-10">
        <h1 className="text-3xl font-bold">{t("employer.invitation.invalidTitle")}</h1>
        <Alert variant="warning" live="off">{t(`employer.invitation.${key}`)}</Alert>
        {inv?.state === "used" && (
          <p>
            <Link href="/connexion">{t("employer.invitation.signIn")}</Link>
          </p>
        )}
      </Container>
    );
  }
  return (
    <Container className="flex max-w-xl flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("employer.invitation.title", { organisation: inv.organisationName })}</h1>
      <p>{t("employer.invitation.intro", { organisation: inv.organisationName, role: t(`employer.roles.${inv.role}`).toLowerCase() })}</p>
      {user ? (
        <Alert variant="info" live="off" title={t("employer.invitation.signedInTitle")}>
          {t("employer.invitation.signedInBody")}
        </Alert>
      ) : (
        <InvitationAcceptForm token={token} email={inv.email} />
      )}
    </Container>
  );
}
