import { messagesMetadata, ThreadScreen } from "@/components/recruiting/messages-screens";
import { requirePageRole } from "@/lib/server/page-auth";

export const generateMetadata = messagesMetadata;

export default async function ThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole("EMPLOYER");
  return <ThreadScreen actor={actor} threadId={(await params).id} basePath="/employeur/messages" />;
}
