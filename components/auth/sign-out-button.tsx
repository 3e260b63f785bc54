"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

export function SignOutButton({ className }: { className?: string }) {
  const t = useT();
  return (
    <Button variant="ghost" size="sm" className={className} onClick={() => signOut({ callbackUrl: "/" })}>
      {t("auth.signOut.button")}
    </Button>
  );
}
