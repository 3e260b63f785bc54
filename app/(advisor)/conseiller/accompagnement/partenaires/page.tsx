import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select";
import { Checkbox } from "@/components/ui/checkbox";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-styles";
import { AccompanimentNav } from "@/components/integration/accompaniment-nav";
import { PartnerForm } from "@/components/integration/partner-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listPartners } from "@/lib/server/dal/partners";
import { getAdvisorScope } from "@/lib/server/dal/handovers";
import { listRegions } from "@/lib/server/dal/municipalities";
import { firstParams } from "@/lib/schemas/vacancy";
import { PARTNER_KINDS, type PartnerKind } from "@/lib/domain/integration/areas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.partners.title"), robots: { index: false } };
}

export default async function PartnersPage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const sp = firstParams(await searchParams);
  const [t, locale, scope, regions] = await Promise.all([getT(), getLocale(), getAdvisorScope(actor), listRegions(null)]);
  const mine = regions.filter((r) => scope.regions === null || scope.regions.includes(r.code)).map((r) => ({ code: r.code, name: locale === "en" ? r.nameEn : r.nameFr }));
  const regionCode = mine.some((r) => r.code === sp.region) ? sp.region! : null;
  const kind = (PARTNER_KINDS as readonly string[]).includes(sp.type ?? "") ? (sp.type as PartnerKind) : null;
  const includeInactive = sp.inactifs === "1";
  const partners = await listPartners(actor, { regionCode, kind, includeInactive });
  const regionName = new Map(mine.map((r) => [r.code, r.name]));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.partners.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("integration.partners.intro")}</p>
      </div>
      <AccompanimentNav current="partners" />
      <form method="get" className="flex flex-wrap items-end gap-4 rounded border border-line p-4">
        <SelectField name="region" label={t("integration.partners.filterRegion")} defaultValue={regionCode ?? ""} placeholder={t("integration.partners.all")} containerClassName="w-full sm:w-64" options={mine.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))} />
        <SelectField name="type" label={t("integration.partners.filterKind")} defaultValue={kind ?? ""} placeholder={t("integration.partners.all")} containerClassName="w-full sm:w-64" options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`integration.partnerKinds.${k}`) }))} />
        <Checkbox name="inactifs" value="1" defaultChecked={includeInactive} label={t("integration.partners.showInactive")} containerClassName="pb-2" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          {t("integration.partners.apply")}
        </button>
      </form>
      <p className="font-semibold" role="status">
        {t("integration.partners.count", { count: partners.length })}
      </p>
      {partners.length === 0 ? (
        <p className="text-ink-muted">{t("integration.partners.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="partner-list">
          {partners.map((p) => (
            <Card as="li" key={p.id} className={p.isDemo ? "border-dashed border-warning-500" : undefined} data-testid="partner-card">
              <CardHeader>
                <div className="flex flex-wrap items-center gap-2">
                  <CardTitle level={2} className="text-lg">
                    {p.name}
                  </CardTitle>
                  {p.isDemo && <Badge variant="warning">{t("integration.partners.exampleBadge")}</Badge>}
                  {!p.active && <Badge>{t("integration.partners.inactive")}</Badge>}
                </div>
                <p className="text-sm text-ink-muted">
                  {t(`integration.partnerKinds.${p.kind}`)} · {regionName.get(p.regionCode) ?? p.regionCode} ({p.regionCode}){p.municipalityName ? ` · ${p.municipalityName}` : ""}
                </p>
              </CardHeader>
              <CardBody className="flex flex-col gap-2 text-sm">
                {p.isDemo && <p className="font-semibold text-warning-800">{t("integration.partners.exampleNote")}</p>}
                {p.description && <p className="whitespace-pre-line">{p.description}</p>}
                <ul className="flex flex-col gap-1">
                  {p.phone && (
                    <li>
                      <span className="font-semibold">{t("integration.partners.phone")}</span> {p.phone}
                    </li>
                  )}
                  {p.email && (
                    <li>
                      <span className="font-semibold">{t("integration.partners.email")}</span> <a href={`mailto:${p.email}`}>{p.email}</a>
                    </li>
                  )}
                  {p.website && (
                    <li>
                      <a href={p.website} rel="noopener noreferrer" target="_blank">
                        {p.website}
                      </a>
                    </li>
                  )}
                </ul>
                {p.openTasks > 0 && <p>{t("integration.partners.openTasks", { count: p.openTasks })}</p>}
                <p>
                  <Link href={`/conseiller/accompagnement/partenaires/${p.id}`} aria-label={t("integration.partners.editTitle", { name: p.name })}>
                    {t("integration.partners.edit")}
                  </Link>
                </p>
              </CardBody>
            </Card>
          ))}
        </ul>
      )}
      {mine.length > 0 && (
        <Card as="section" aria-labelledby="add-partner">
          <CardHeader>
            <CardTitle>
              <span id="add-partner">{t("integration.partners.add")}</span>
            </CardTitle>
          </CardHeader>
          <CardBody>
            <PartnerForm
              regions={mine}
              initial={{ partnerId: null, version: 0, regionCode: regionCode ?? mine[0]!.code, name: "", kind: "RECEPTION_INTEGRATION", municipalityName: "", website: "", email: "", phone: "", description: "", active: true }}
            />
          </CardBody>
        </Card>
      )}
    </Container>
  );
}
