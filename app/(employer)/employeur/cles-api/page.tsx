import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ApiKeyManager } from "@/components/matching/api-key-manager";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { listApiKeys } from "@/lib/server/dal/api-keys";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("matching.apiKeys.title") };
}

/** The organisation's API keys for the matching API (POST /api/v1/match). */
export default async function ApiKeysPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, org, keys] = await Promise.all([getT(), getMyOrganisation(actor), listApiKeys(actor)]);
  const verified = org.verificationStatus === "VERIFIED";
  const owner = org.memberRole === "OWNER";
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/organisation">{t("employer.organisation.title")}</Link>
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("matching.apiKeys.title")}</h1>
        <p className="text-ink-muted">{t("matching.apiKeys.intro")}</p>
        <p className="text-sm">
          {t("matching.apiKeys.docs")} <a href="/api/v1/openapi.json">{t("matching.how.openApiLink")}</a>
        </p>
      </div>
      {!verified && <Alert variant="warning" live="off">{t("matching.apiKeys.notVerified")}</Alert>}
      {verified && !owner && <Alert variant="info" live="off">{t("matching.apiKeys.ownerOnly")}</Alert>}
      <ApiKeyManager keys={keys} canManage={verified && owner} />
    </Container>
  );
}
