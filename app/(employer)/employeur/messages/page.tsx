import { InboxScreen, messagesMetadata } from "@/components/recruiting/messages-screens";
import { requirePageRole } from "@/lib/server/page-auth";

export const generateMetadata = messagesMetadata;

export default async function MessagesPage() {
  const actor = await requirePageRole("EMPLOYER");
  return <InboxScreen actor={actor} basePath="/employeur/messages" />;
}
