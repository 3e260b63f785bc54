"use client";
import { useRef, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { ComboboxInput, type LoadOptions } from "./combobox";
import type { ComboboxOption } from "./combobox-logic";
import { Field } from "./field";
import { CloseIcon } from "./icons";
import { addTag, customTag, removeTag, type AddTagOutcome } from "./tags-logic";

// Marks the "use the typed text" suggestion; never stored as a tag value.
const CUSTOM_PREFIX = "\u0000custom:";

export type TagsInputProps = {
  label: ReactNode;
  /** Plain-text label for the announcements and the list of chosen items (defaults to label when it is a string). */
  labelText?: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  placeholder?: string;
  id?: string;
  className?: string;
  /** Name of hidden inputs (one per tag value), for plain form posts. */
  name?: string;
  value: readonly ComboboxOption[];
  onChange: (value: ComboboxOption[]) => void;
  loadOptions: LoadOptions;
  debounceMs?: number;
  minChars?: number;
  /** Lets the person add text that is not among the suggestions. */
  allowCustom?: boolean;
  maxTags?: number;
  onBlur?: () => void;
};

/**
 * Several choices (skills) on top of the combobox: chosen items are listed above the input, each with its own
 * remove button; Backspace in the empty input removes the last one. Every change is announced politely.
 */
export function TagsInput({ label, labelText, hint, error, required, optional, disabled, placeholder, id, className, name, value, onChange, loadOptions, debounceMs, minChars, allowCustom, maxTags, onBlur }: TagsInputProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const exclude = new Set(value.map((v) => v.value));
  const listName = labelText ?? (typeof label === "string" ? label : "");
  const full = maxTags !== undefined && value.length >= maxTags;

  function announce(outcome: AddTagOutcome, tag: ComboboxOption | null) {
    if (outcome === "added" && tag) setAnnouncement(t("common.tags.added", { tag: tag.label }));
    else if (outcome === "full" && maxTags !== undefined) setAnnouncement(t("common.tags.max", { max: maxTags }));
  }

  function add(tag: ComboboxOption | null) {
    const r = addTag(value, tag, maxTags);
    if (r.outcome === "added") onChange(r.tags);
    if (r.outcome === "added" || r.outcome === "duplicate") setText("");
    announce(r.outcome, tag);
  }

  function remove(tag: ComboboxOption) {
    onChange(removeTag(value, tag.value));
    setAnnouncement(t("common.tags.removed", { tag: tag.label }));
    inputRef.current?.focus();
  }

  return (
    <Field label={label} hint={hint} error={error} required={required} optional={optional} id={id} className={className}>
      {(control) => (
        <div className="flex flex-col gap-2">
          {value.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={t("common.tags.listLabel", { label: listName })}>
              {value.map((tag) => (
                <li key={tag.value} className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-0.5 ps-3 pe-1 text-sm text-brand-800">
                  <span>{tag.label}</span>
                  <button
                    type="button"
                    disabled={disabled}
                    onClick={() => remove(tag)}
                    aria-label={t("common.tags.remove", { tag: tag.label })}
                    className="inline-flex size-7 items-center justify-center rounded-full text-brand-800 hover:bg-brand-100"
                  >
                    <CloseIcon className="size-4" />
                  </button>
                  {name && <input type="hidden" name={name} value={tag.value} />}
                </li>
              ))}
            </ul>
          )}
          <ComboboxInput
            id={control.id}
            labelId={`${control.id}-label`}
            describedBy={control["aria-describedby"]}
            invalid={!!error}
            required={required && value.length === 0}
            disabled={disabled}
            placeholder={placeholder}
            inputRef={inputRef}
            inputValue={text}
            onInputValueChange={setText}
            exclude={exclude}
            createOption={allowCustom ? (typed) => (customTag(typed) ? { value: CUSTOM_PREFIX + typed, label: t("common.combobox.useText", { text: typed.trim() }) } : null) : undefined}
            onSelect={(option) => add(option.value.startsWith(CUSTOM_PREFIX) ? customTag(option.value.slice(CUSTOM_PREFIX.length)) : option)}
            onKeyDownFirst={(e, state) => {
              if (e.key === "Backspace" && text === "" && value.length > 0) {
                e.preventDefault();
                remove(value[value.length - 1]!);
                return true;
              }
              if (e.key === "Enter" && allowCustom && text.trim() && !(state.expanded && state.activeIndex >= 0)) {
                e.preventDefault();
                add(customTag(text));
                return true;
              }
              return false;
            }}
            onBlur={onBlur}
            loadOptions={loadOptions}
            debounceMs={debounceMs}
            minChars={minChars}
          />
          {maxTags !== undefined && (
            <p className="text-sm text-ink-muted">
              {t("common.tags.count", { count: value.length })}
              {full ? ` · ${t("common.tags.max", { max: maxTags })}` : ""}
            </p>
          )}
          <div role="status" aria-live="polite" className="sr-only">
            {announcement}
          </div>
        </div>
      )}
    </Field>
  );
}
