import { describe, expect, it } from "vitest";
import { addWorkingDays, easterSunday, firstMeetingDueOn, firstMeetingState, isWorkingDay, quebecDateOf, quebecHolidays } from "@/lib/domain/integration/working-days";
import { addMonths, currentCheckIn, followUpStart, milestoneStates } from "@/lib/domain/integration/follow-ups";
import { checkTask, isTaskOverdue, personCanTick, progressByArea } from "@/lib/domain/integration/plan";
import { PLAN_AREAS, TASK_TEMPLATES, templateArea } from "@/lib/domain/integration/areas";
import { csvField, defaultPeriod, MIN_FOLLOW_UPS_SHOWN, monthsOf, parseMeasure, parsePeriod, retentionFigure, share, toCsv } from "@/lib/domain/integration/dashboard";

describe("working days (first meeting within 5 working days)", () => {
  it("computes Easter with the Gregorian algorithm", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2025)).toBe("2025-04-20");
  });

  it("lists Québec's statutory holidays, moving 24 June and 1 July off a Sunday", () => {
    expect([...quebecHolidays(2026)].sort()).toEqual([
      "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-18", "2026-06-24", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25",
    ]);
    // 2029: 24 June and 1 July are Sundays; 2027: 24 May is a Monday, so the Patriotes' day is 24 May itself.
    expect(quebecHolidays(2029).has("2029-06-25")).toBe(true);
    expect(quebecHolidays(2029).has("2029-07-02")).toBe(true);
    expect(quebecHolidays(2029).has("2029-06-24")).toBe(false);
    expect(quebecHolidays(2027).has("2027-05-24")).toBe(true);
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-12-05")).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-06")).toBe(false); // Sunday
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas, a Friday
    expect(isWorkingDay("2026-12-07")).toBe(true);
  });

  it.each([
    ["2026-12-07", "2026-12-14"], // Monday -> next Monday
    ["2026-12-04", "2026-12-11"], // Friday -> next Friday
    ["2026-12-05", "2026-12-11"], // Saturday: counting starts Monday
    ["2026-12-21", "2026-12-29"], // Christmas on the way
    ["2026-06-19", "2026-06-29"], // Fête nationale (Wed 24) on the way
    ["2026-03-31", "2026-04-09"], // Good Friday and Easter Monday both skipped
  ])("5 working days after %s is %s", (from, due) => {
    expect(addWorkingDays(from, 5)).toBe(due);
  });

  it("adds zero working days as the same day and refuses negative counts", () => {
    expect(addWorkingDays("2026-12-05", 0)).toBe("2026-12-05");
    expect(() => addWorkingDays("2026-12-05", -1)).toThrow(RangeError);
  });

  it("counts from the request's date in Québec, not in UTC", () => {
    // Friday 4 December 2026 at 23:30 in Québec is Saturday 04:30 UTC.
    const friday = new Date("2026-12-05T04:30:00Z");
    expect(quebecDateOf(friday)).toBe("2026-12-04");
    expect(firstMeetingDueOn(friday)).toBe("2026-12-11");
  });

  it("says whether the first meeting is held, due, due today or overdue", () => {
    expect(firstMeetingState("2026-12-11", null, "2026-12-10")).toBe("due");
    expect(firstMeetingState("2026-12-11", null, "2026-12-11")).toBe("dueToday");
    expect(firstMeetingState("2026-12-11", null, "2026-12-12")).toBe("overdue");
    expect(firstMeetingState("2026-12-11", new Date("2026-12-20T12:00:00Z"), "2026-12-30")).toBe("held");
  });
});

describe("follow-ups at 3, 6 and 12 months", () => {
  it("adds months, clamping to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2026-05-15", 12)).toBe("2027-05-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });

  it("counts from the recorded arrival, else the later of job start and availability, else the request", () => {
    expect(followUpStart({ arrivedOn: "2026-03-02", jobStartDate: "2026-04-01", availableFrom: null, requestedOn: "2026-01-10" })).toBe("2026-03-02");
    expect(followUpStart({ arrivedOn: null, jobStartDate: "2026-04-01", availableFrom: "2026-05-01", requestedOn: "2026-01-10" })).toBe("2026-05-01");
    expect(followUpStart({ arrivedOn: null, jobStartDate: null, availableFrom: null, requestedOn: "2026-01-10" })).toBe("2026-01-10");
  });

  it("opens a milestone's check-in 14 days before it, and asks only the latest open one", () => {
    const start = "2026-01-15";
    expect(currentCheckIn(start, new Set(), "2026-03-31")).toBeNull();
    expect(currentCheckIn(start, new Set(), "2026-04-01")).toBe("M3");
    expect(currentCheckIn(start, new Set(["M3"]), "2026-05-01")).toBeNull();
    expect(currentCheckIn(start, new Set(), "2026-07-10")).toBe("M6"); // M3 missed: not asked any more
    expect(currentCheckIn(start, new Set(["M6"]), "2026-08-10")).toBeNull();
    expect(currentCheckIn(start, new Set(["M3", "M6"]), "2027-01-10")).toBe("M12");
  });

  it("marks a milestone overdue a month after its date when not recorded", () => {
    const s = milestoneStates("2026-01-15", new Set(["M3"]), "2026-08-16");
    expect(s.map((m) => [m.milestone, m.dueOn, m.open, m.overdue])).toEqual([
      ["M3", "2026-04-15", true, false],
      ["M6", "2026-07-15", true, true],
      ["M12", "2027-01-15", false, false],
    ]);
  });
});

describe("plan tasks", () => {
  it("refuses a task due before the day it was created", () => {
    expect(checkTask({ owner: "PERSON", partnerId: null, dueOn: "2026-12-09" }, "2026-12-10")).toEqual({ ok: false, field: "dueOn", reason: "integration.errors.dueBeforeCreation" });
    expect(checkTask({ owner: "PERSON", partnerId: null, dueOn: "2026-12-10" }, "2026-12-10")).toEqual({ ok: true });
    expect(checkTask({ owner: "ADVISOR", partnerId: null, dueOn: null }, "2026-12-10")).toEqual({ ok: true });
  });

  it("needs a partner for a partner's task, and only then", () => {
    expect(checkTask({ owner: "PARTNER", partnerId: null, dueOn: null }, "2026-12-10")).toMatchObject({ ok: false, field: "partnerId", reason: "integration.errors.partnerRequired" });
    expect(checkTask({ owner: "PERSON", partnerId: "p1", dueOn: null }, "2026-12-10")).toMatchObject({ ok: false, field: "partnerId" });
    expect(checkTask({ owner: "PARTNER", partnerId: "p1", dueOn: null }, "2026-12-10")).toEqual({ ok: true });
  });

  it("lets the person tick only their own tasks", () => {
    expect(personCanTick({ owner: "PERSON", status: "TODO" })).toBe(true);
    expect(personCanTick({ owner: "PERSON", status: "DONE" })).toBe(true);
    expect(personCanTick({ owner: "PERSON", status: "CANCELLED" })).toBe(false);
    expect(personCanTick({ owner: "ADVISOR", status: "TODO" })).toBe(false);
    expect(personCanTick({ owner: "PARTNER", status: "TODO" })).toBe(false);
  });

  it("marks open tasks past their due date as overdue", () => {
    expect(isTaskOverdue({ status: "TODO", dueOn: "2026-12-01" }, "2026-12-02")).toBe(true);
    expect(isTaskOverdue({ status: "DONE", dueOn: "2026-12-01" }, "2026-12-02")).toBe(false);
    expect(isTaskOverdue({ status: "IN_PROGRESS", dueOn: "2026-12-02" }, "2026-12-02")).toBe(false);
    expect(isTaskOverdue({ status: "TODO", dueOn: null }, "2026-12-02")).toBe(false);
  });

  it("counts progress per area in the areas' order, cancelled tasks aside", () => {
    const p = progressByArea([
      { area: "FRANCISATION", status: "DONE" },
      { area: "FRANCISATION", status: "TODO" },
      { area: "INSTALLATION", status: "CANCELLED" },
    ]);
    expect(p.map((x) => x.area)).toEqual([...PLAN_AREAS]);
    expect(p.find((x) => x.area === "FRANCISATION")).toEqual({ area: "FRANCISATION", total: 2, done: 1, open: 1 });
    expect(p.find((x) => x.area === "INSTALLATION")).toEqual({ area: "INSTALLATION", total: 0, done: 0, open: 0 });
  });

  it("has suggested tasks in every area, each key in one area only", () => {
    for (const a of PLAN_AREAS) expect(TASK_TEMPLATES[a].length).toBeGreaterThan(0);
    const keys = PLAN_AREAS.flatMap((a) => TASK_TEMPLATES[a]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(templateArea("findHousing")).toBe("INSTALLATION");
    expect(templateArea("nope")).toBeNull();
  });
});

describe("dashboard filters and CSV", () => {
  it("defaults to the last 12 months and repairs odd periods", () => {
    expect(defaultPeriod("2026-12-10")).toEqual({ from: "2025-12-11", to: "2026-12-10" });
    expect(parsePeriod({}, "2026-12-10")).toEqual({ from: "2025-12-11", to: "2026-12-10" });
    expect(parsePeriod({ du: "2026-06-01", au: "2026-03-01" }, "2026-12-10")).toEqual({ from: "2026-03-01", to: "2026-06-01" });
    expect(parsePeriod({ du: "2026-02-30", au: "2027-01-01" }, "2026-12-10")).toEqual({ from: "2025-12-11", to: "2026-12-10" });
    expect(parsePeriod({ du: "1990-01-01" }, "2026-12-10").from).toBe("2021-12-06");
  });

  it("lists the months of a period", () => {
    expect(monthsOf({ from: "2026-11-20", to: "2027-02-03" })).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsOf({ from: "2026-05-01", to: "2026-05-31" })).toEqual(["2026-05"]);
  });

  it("never divides by zero and falls back to a known measure", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(1, 4)).toBe(0.25);
    expect(parseMeasure("hires")).toBe("hires");
    expect(parseMeasure("drop table")).toBe("openPositions");
  });

  it("withholds a retention of fewer than five follow-ups: how many were made shows, not who stayed", () => {
    expect(MIN_FOLLOW_UPS_SHOWN).toBe(5);
    expect(retentionFigure(0, 0)).toEqual({ followUps: 0, stayed: 0, rate: null, tooFew: false });
    expect(retentionFigure(1, 1)).toEqual({ followUps: 1, stayed: null, rate: null, tooFew: true });
    expect(retentionFigure(4, 0)).toEqual({ followUps: 4, stayed: null, rate: null, tooFew: true });
    expect(retentionFigure(5, 4)).toEqual({ followUps: 5, stayed: 4, rate: 0.8, tooFew: false });
  });

  it("writes RFC 4180 CSV, neutralising spreadsheet formulas", () => {
    expect(csvField('Dupont, "Jean"')).toBe('"Dupont, ""Jean"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "é"]])).toBe("\uFEFFa,b\r\n1,é\r\n");
  });
});

describe("integration schemas and messages", async () => {
  const { ZAddTask, ZFollowUp, ZFirstMeeting, ZBusinessService, ZNeeds } = await import("@/lib/schemas/integration");
  const { messages } = await import("@/lib/i18n/messages");
  const { quebecDate, addCalendarDays } = await import("@/lib/domain/vacancy/dates");
  const today = quebecDate();

  it("parses a task from the form and refuses one due before today or without a title", () => {
    const ok = ZAddTask.parse({ planId: "p1", area: "FRANCISATION", templateKey: "", title: " Cours du soir ", owner: "PERSON", partnerId: "", dueOn: today, notes: "" });
    expect(ok).toMatchObject({ templateKey: null, title: "Cours du soir", partnerId: null, dueOn: today, notes: null });
    expect(ZAddTask.parse(ok)).toEqual(ok); // idempotent
    const issues = (v: Record<string, unknown>) => ZAddTask.safeParse({ planId: "p1", area: "FRANCISATION", owner: "PERSON", title: "x", ...v }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ dueOn: addCalendarDays(today, -1) })).toEqual([["dueOn", "integration.errors.dueBeforeCreation"]]);
    expect(issues({ title: "" })).toEqual([["title", "integration.errors.taskTitle"]]);
    expect(issues({ templateKey: "findHousing" })).toEqual([["templateKey", "integration.errors.template"]]);
    expect(issues({ owner: "PARTNER" })).toEqual([["partnerId", "integration.errors.partnerRequired"]]);
    expect(issues({ title: "<b>x</b>" })?.[0]?.[0]).toBe("title");
  });

  it("asks yes or no in follow-ups, and dates not in the future", () => {
    expect(ZFollowUp.parse({ handOverId: "h", milestone: "M6", stillWithEmployer: "yes", stillInRegion: "no", comment: "" })).toMatchObject({ stillWithEmployer: true, stillInRegion: false, comment: null });
    expect(ZFollowUp.safeParse({ handOverId: "h", milestone: "M6", stillInRegion: "no" }).success).toBe(false);
    expect(ZFollowUp.safeParse({ handOverId: "h", milestone: "M9", stillWithEmployer: "yes", stillInRegion: "no" }).success).toBe(false);
    expect(ZFirstMeeting.safeParse({ handOverId: "h", version: 0, heldOn: addCalendarDays(today, 1) }).error?.issues[0]?.message).toBe("integration.errors.meetingInFuture");
    expect(ZBusinessService.safeParse({ employerId: "e", kind: "INFORMATION", summary: "", occurredOn: today }).error?.issues[0]?.path).toEqual(["summary"]);
    expect(ZNeeds.safeParse({ INSTALLATION: { level: "high" } }).success).toBe(false); // all six areas
  });

  it("writes French with a no-break space before ':' and inside « »", () => {
    const bad: string[] = [];
    const walk = (node: unknown, key: string) => {
      if (typeof node === "string") {
        if (/ [:»]|« |[^\s\u00a0\u202f\d]:(?!\/\/)/.test(node)) bad.push(`${key}: ${node}`);
      } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, `${key}.${k}`);
    };
    walk(messages.fr.integration, "integration");
    walk(messages.fr.dashboard, "dashboard");
    expect(bad).toEqual([]);
  });
});
