import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/server/auth-options";

// next-auth reads its options per request; building them lazily keeps `next build` free of environment needs.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(req as never, ctx as never, getAuthOptions());
export { handler as GET, handler as POST };
