import { getSession } from "@/lib/server/auth";
import { exportMyData } from "@/lib/server/dal/candidate-account";

export const dynamic = "force-dynamic";

/** GET /candidat/compte/export: the signed-in candidate's data as a JSON file (Loi 25 portability). */
export async function GET() {
  const actor = await getSession();
  if (!actor) return Response.json({ error: { code: "UNAUTHENTICATED" } }, { status: 401 });
  if (actor.role !== "CANDIDATE") return Response.json({ error: { code: "FORBIDDEN" } }, { status: 403 });
  const data = await exportMyData(actor);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="passerelle-regions-mes-donnees-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
