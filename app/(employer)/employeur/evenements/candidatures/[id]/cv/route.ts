import { downloadApplicationCv } from "@/lib/server/services/events-files";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return downloadApplicationCv((await params).id);
}
