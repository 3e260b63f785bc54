import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { BusinessServiceRow } from "@/lib/server/dal/business-services";

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

/** A history of services to a business, newest first (advisors' view and the employer's own). */
export async function BusinessServiceHistory({ services, captionKey, emptyKey }: { services: BusinessServiceRow[]; captionKey: string; emptyKey: string }) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  if (services.length === 0) return <p className="text-ink-muted">{t(emptyKey)}</p>;
  return (
    <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="services-caption" tabIndex={0}>
      <table className="w-full border-collapse text-start" data-testid="service-history">
        <caption id="services-caption" className="sr-only">
          {t(captionKey)}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={th}>{t("integration.employer.date")}</th>
            <th scope="col" className={th}>{t("integration.employer.kind")}</th>
            <th scope="col" className={th}>{t("integration.employer.summary")}</th>
            <th scope="col" className={th}>{t("integration.employer.advisor")}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id} className="border-b border-line last:border-b-0">
              <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{formatDate(locale, s.occurredOn, { dateStyle: "medium" })}</td>
              <th scope="row" className="px-3 py-3 text-start align-top text-sm font-semibold">{t(`integration.serviceKinds.${s.kind}`)}</th>
              <td className="px-3 py-3 align-top text-sm whitespace-pre-line">{s.summary}</td>
              <td className="px-3 py-3 align-top text-sm">{s.advisorName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
