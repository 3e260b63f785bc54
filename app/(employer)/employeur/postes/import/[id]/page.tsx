import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { ImportView } from "@/components/employer/import-view";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getImportJob } from "@/lib/server/dal/imports";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { NotFoundError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("vacancy.import.title") };
}

export default async function ImportJobPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageRole("EMPLOYER");
  const [t, org] = await Promise.all([getT(), getMyOrganisation(actor)]);
  const job = await getImportJob(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/postes/import">{t("vacancy.import.title")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("vacancy.import.previewTitle", { file: job.fileName })}</h1>
      <ImportView
        id={job.id}
        fileName={job.fileName}
        status={job.status}
        totalRows={job.totalRows}
        validRows={job.validRows}
        invalidRows={job.invalidRows}
        processedRows={job.processedRows}
        created={job.created}
        updated={job.updated}
        wouldUpdate={job.wouldUpdate}
        failure={job.failure ? t(job.failure) : null}
        errors={job.errors.map((e) => ({ line: e.line, column: e.column, message: t(e.key) }))}
        errorCount={job.errorCount}
        canPublish={org.verificationStatus === "VERIFIED"}
      />
    </Container>
  );
}
