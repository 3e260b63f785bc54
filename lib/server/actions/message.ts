"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { sendMessage } from "@/lib/server/dal/messages";
import { ZSendMessage } from "@/lib/schemas/recruiting";

export const sendMessageAction = action(ZSendMessage, async (input) => {
  const actor = await requireUser();
  const r = await sendMessage(actor, input);
  revalidatePath(actor.role === "EMPLOYER" ? "/employeur/messages" : "/candidat/messages", "layout");
  return r;
});
