import { downloadBookingIcs } from "@/lib/server/services/events-files";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return downloadBookingIcs((await params).id);
}
