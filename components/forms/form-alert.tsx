"use client";
import { useEffect, useRef } from "react";

/**
 * The form-level error under a form's title: announced (role="alert") and focused when it appears, so that keyboard
 * and screen-reader users learn that the submission failed. data-testid distinguishes it from Next's route announcer.
 */
export function FormAlert({ id, message }: { id?: string; message: string | null | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} id={id} role="alert" tabIndex={-1} data-testid="form-alert" className="rounded border-s-4 border-danger-600 bg-danger-50 p-3 font-semibold text-danger-700 outline-none focus-visible:ring-2">
      {message}
    </div>
  );
}
