"use client";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { useT } from "@/lib/i18n/client";
import { cn } from "./cn";
import { isSearchable, moveActive, visibleOptions, type ComboboxOption } from "./combobox-logic";
import { Field, inputClasses } from "./field";
import { Spinner } from "./spinner";

export type { ComboboxOption } from "./combobox-logic";

/** Suggestions for a query. The signal aborts when a newer query replaces this one; late answers are ignored anyway. */
export type LoadOptions = (query: string, signal: AbortSignal) => Promise<ComboboxOption[]>;

type Status = "idle" | "loading" | "ready" | "error";

export type ComboboxInputProps = {
  id: string;
  /** The id of the visible label, which also names the listbox. */
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  inputValue: string;
  onInputValueChange: (text: string) => void;
  onSelect: (option: ComboboxOption) => void;
  loadOptions: LoadOptions;
  debounceMs?: number;
  minChars?: number;
  /** Values not to suggest (the tags already chosen). */
  exclude?: ReadonlySet<string>;
  /** Adds a last suggestion built from the typed text ("Utiliser « … »"). */
  createOption?: (text: string) => ComboboxOption | null;
  /** Sees each key first; returns true when it handled it. */
  onKeyDownFirst?: (e: KeyboardEvent<HTMLInputElement>, state: { expanded: boolean; activeIndex: number }) => boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
};

/**
 * The ARIA 1.2 combobox pattern with a listbox popup and list autocomplete (manual selection): focus stays in the
 * input, aria-activedescendant points at the active option, ArrowDown/ArrowUp move, Enter chooses, Escape closes
 * (or clears when already closed), Tab leaves without choosing. Suggestions are loaded after a short pause in typing
 * and a polite live region says how many there are.
 */
export function ComboboxInput({
  id,
  labelId,
  describedBy,
  invalid,
  required,
  disabled,
  placeholder,
  inputValue,
  onInputValueChange,
  onSelect,
  loadOptions,
  debounceMs = 100,
  minChars = 1,
  exclude,
  createOption,
  onKeyDownFirst,
  onBlur,
  inputRef,
  className,
}: ComboboxInputProps) {
  const t = useT();
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  // The text to look up: set when the person types (never when a choice fills the input), null when nothing to do.
  const [query, setQuery] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<ComboboxOption[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const loadRef = useRef(loadOptions);
  useEffect(() => {
    loadRef.current = loadOptions;
  }, [loadOptions]);

  useEffect(() => {
    if (query === null || !isSearchable(query, minChars)) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      setStatus("loading");
      loadRef.current(query.trim(), ctrl.signal).then(
        (options) => {
          if (ctrl.signal.aborted) return;
          setLoaded(options);
          setStatus("ready");
          setActive(-1);
        },
        () => {
          if (ctrl.signal.aborted) return;
          setLoaded([]);
          setStatus("error");
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [query, minChars, debounceMs]);

  const searchable = isSearchable(inputValue, minChars);
  const options = searchable
    ? visibleOptions(status === "ready" ? loaded : [], { exclude, freeText: inputValue, createOption })
    : [];
  const expanded = open && options.length > 0;
  const activeIndex = active < options.length ? active : -1;

  useEffect(() => {
    if (expanded && activeIndex >= 0) document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, activeIndex, id]);

  let message: string | null = null;
  if (open && inputValue.trim()) {
    if (!searchable) message = t("common.combobox.minChars", { count: minChars });
    else if (status === "loading") message = t("common.combobox.loading");
    else if (status === "error") message = t("common.combobox.error");
    else if (status === "ready") message = options.length ? t("common.combobox.results", { count: options.length }) : t("common.combobox.noResults");
  }

  function choose(option: ComboboxOption | undefined) {
    if (!option || option.disabled) return;
    onSelect(option);
    setOpen(false);
    setActive(-1);
    setQuery(null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (onKeyDownFirst?.(e, { expanded, activeIndex })) return;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setQuery(inputValue);
        } else setActive(moveActive(activeIndex, options, 1));
        break;
      case "ArrowUp":
        if (expanded) {
          e.preventDefault();
          setActive(moveActive(activeIndex, options, -1));
        }
        break;
      case "Enter":
        if (expanded && activeIndex >= 0) {
          e.preventDefault();
          choose(options[activeIndex]);
        }
        break;
      case "Escape":
        // Handled here, so a dialog around the combobox does not close too.
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (inputValue) {
          e.preventDefault();
          e.stopPropagation();
          onInputValueChange("");
          setQuery(null);
        }
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  }

  return (
    <div className={cn("relative", className)}>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-busy={status === "loading" || undefined}
          required={required}
          disabled={disabled}
          placeholder={placeholder}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={inputValue}
          onChange={(e) => {
            const text = e.target.value;
            onInputValueChange(text);
            setQuery(text);
            setActive(-1);
            setOpen(text.trim().length > 0);
            if (!isSearchable(text, minChars)) setStatus("idle");
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            onBlur?.();
          }}
          onClick={() => {
            if (!open && searchable) {
              setOpen(true);
              setQuery(inputValue);
            }
          }}
          className={cn(inputClasses, "min-h-11 pe-10")}
        />
        {status === "loading" && open && <Spinner className="absolute end-3 top-1/2 -translate-y-1/2 text-brand-600" />}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-labelledby={labelId}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded border-2 border-brand-600 bg-white py-1 shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={`${o.value}-${i}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            aria-disabled={o.disabled || undefined}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== activeIndex && !o.disabled && setActive(i)}
            onClick={() => choose(o)}
            className={cn(
              "cursor-pointer px-3 py-2",
              i === activeIndex ? "bg-brand-600 text-white" : "text-ink",
              o.disabled && "cursor-not-allowed opacity-60",
            )}
          >
            <span className="block">{o.label}</span>
            {o.description && <span className={cn("block text-sm", i === activeIndex ? "text-white" : "text-ink-muted")}>{o.description}</span>}
          </li>
        ))}
      </ul>
      {open && !expanded && message && (
        <div aria-hidden="true" className="absolute z-30 mt-1 w-full rounded border-2 border-line-strong bg-white px-3 py-2 text-ink-muted shadow-lg">
          {message}
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
    </div>
  );
}

export type ComboboxProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  placeholder?: string;
  id?: string;
  className?: string;
  /** Name of a hidden input carrying the chosen value, for plain form posts. */
  name?: string;
  value: ComboboxOption | null;
  onChange: (value: ComboboxOption | null) => void;
  loadOptions: LoadOptions;
  debounceMs?: number;
  minChars?: number;
  /** Keeps typed text that matches no suggestion as the value ({ value: text, label: text }) when leaving the field. */
  allowFreeText?: boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
};

/** A single choice among suggestions loaded as the person types (NOC job titles, municipalities). */
export function Combobox({ label, hint, error, required, optional, disabled, placeholder, id, className, name, value, onChange, loadOptions, debounceMs, minChars, allowFreeText, onBlur, inputRef }: ComboboxProps) {
  const [text, setText] = useState(value?.label ?? "");
  // Follow a value set from outside (form reset, server data) without overwriting what the person is typing.
  const valueKey = value ? `${value.value}\u0000${value.label}` : "";
  const [prevKey, setPrevKey] = useState(valueKey);
  if (valueKey !== prevKey) {
    setPrevKey(valueKey);
    if (value) setText(value.label);
  }

  return (
    <Field label={label} hint={hint} error={error} required={required} optional={optional} id={id} className={className}>
      {(control) => (
        <>
          <ComboboxInput
            id={control.id}
            labelId={`${control.id}-label`}
            describedBy={control["aria-describedby"]}
            invalid={!!error}
            required={required}
            disabled={disabled}
            placeholder={placeholder}
            inputValue={text}
            onInputValueChange={(next) => {
              setText(next);
              if (value && next !== value.label) onChange(null);
            }}
            onSelect={(option) => {
              setText(option.label);
              onChange({ value: option.value, label: option.label, ...(option.description ? { description: option.description } : {}) });
            }}
            onBlur={() => {
              const typed = text.replace(/\s+/g, " ").trim();
              if (allowFreeText && !value && typed) onChange({ value: typed, label: typed });
              onBlur?.();
            }}
            loadOptions={loadOptions}
            debounceMs={debounceMs}
            minChars={minChars}
            inputRef={inputRef}
          />
          {name && <input type="hidden" name={name} value={value?.value ?? ""} />}
        </>
      )}
    </Field>
  );
}
