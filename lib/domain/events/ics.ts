// iCalendar (RFC 5545) files for interviews: one VEVENT per file, times in UTC ("Z") so that every calendar shows them
// in its owner's zone; the event's own zone is written in the description for the person reading it. A reschedule
// keeps the UID and raises SEQUENCE, a cancellation sends STATUS:CANCELLED with METHOD:CANCEL: calendars that
// imported the first file then update or remove the same entry. Pure: no I/O, no clock (the stamp is given).

export type IcsInterview = {
  /** Stable for the booking (reschedules keep it). */
  uid: string;
  /** 0 for the first booking, +1 per reschedule. */
  sequence: number;
  start: Date;
  end: Date;
  /** When the file was made. */
  stamp: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
};

const CRLF = "\r\n";

/** yyyymmddThhmmssZ */
export function icsDateTime(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT value escaping: backslash, semicolon, comma, and line breaks as \n. */
export function icsEscape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (continuation lines start with one space), never inside a UTF-8 character:
 * "Montréal" or an emoji stays whole.
 */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (size + n > limit) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** The .ics text of one interview (CRLF line ends, folded lines). */
export function buildInterviewIcs(i: IcsInterview): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Passerelle Regions//Journees Quebec//FR",
    "CALSCALE:GREGORIAN",
    `METHOD:${i.cancelled ? "CANCEL" : "PUBLISH"}`,
    "BEGIN:VEVENT",
    `UID:${i.uid}`,
    `SEQUENCE:${i.sequence}`,
    `DTSTAMP:${icsDateTime(i.stamp)}`,
    `DTSTART:${icsDateTime(i.start)}`,
    `DTEND:${icsDateTime(i.end)}`,
    `SUMMARY:${icsEscape(i.summary)}`,
    ...(i.description ? [`DESCRIPTION:${icsEscape(i.description)}`] : []),
    ...(i.location ? [`LOCATION:${icsEscape(i.location)}`] : []),
    ...(i.url ? [`URL:${i.url}`] : []),
    `STATUS:${i.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(icsFold).join(CRLF) + CRLF;
}
