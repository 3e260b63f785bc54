import { describe, expect, it } from "vitest";
import { buildInterviewIcs, icsEscape, icsFold } from "@/lib/domain/events/ics";
import { localToUtc } from "@/lib/domain/events/time";

const base = {
  uid: "booking-abc@passerelle-regions",
  sequence: 0,
  start: localToUtc("2027-03-29", "10:00", "Europe/Paris"),
  end: localToUtc("2027-03-29", "10:30", "Europe/Paris"),
  stamp: new Date("2027-03-01T15:04:05.678Z"),
  summary: "Entrevue : Soudeur, Métallurgie Saint-Maurice inc.",
  description: "Journées Québec Paris 2027\n10 h 00, heure de Paris; 4 h 00, heure du Québec",
  location: "Stand 12, Paris Expo",
};

describe("interview .ics", () => {
  it("writes one VEVENT in UTC with CRLF line ends", () => {
    const ics = buildInterviewIcs(base);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("\r\nDTSTART:20270329T080000Z\r\n"); // 10:00 in Paris (summer time since 28 March)
    expect(ics).toContain("\r\nDTEND:20270329T083000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20270301T150405Z\r\n");
    expect(ics).toContain("\r\nUID:booking-abc@passerelle-regions\r\n");
    expect(ics).toContain("\r\nSEQUENCE:0\r\n");
    expect(ics).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(ics).toContain("\r\nSTATUS:CONFIRMED\r\n");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n|\r/);
  });

  it("escapes commas, semicolons, backslashes and line breaks in text", () => {
    expect(icsEscape("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = buildInterviewIcs(base);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Entrevue : Soudeur\\, Métallurgie Saint-Maurice inc.\r\n");
    expect(unfolded).toContain("DESCRIPTION:Journées Québec Paris 2027\\n10 h 00\\, heure de Paris\\; 4 h 00\\, heure du Québec\r\n");
    expect(unfolded).toContain("LOCATION:Stand 12\\, Paris Expo\r\n");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const long = "SUMMARY:" + "é".repeat(100);
    const folded = icsFold(long);
    const encoder = new TextEncoder();
    for (const line of folded.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
    for (const line of buildInterviewIcs({ ...base, description: "x".repeat(500) }).split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it("keeps the UID and raises SEQUENCE on a reschedule; cancels with METHOD:CANCEL", () => {
    const moved = buildInterviewIcs({ ...base, sequence: 2 });
    expect(moved).toContain("\r\nUID:booking-abc@passerelle-regions\r\n");
    expect(moved).toContain("\r\nSEQUENCE:2\r\n");
    const cancelled = buildInterviewIcs({ ...base, sequence: 3, cancelled: true });
    expect(cancelled).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(cancelled).toContain("\r\nSTATUS:CANCELLED\r\n");
  });
});
