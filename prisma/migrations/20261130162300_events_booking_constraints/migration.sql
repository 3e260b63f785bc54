-- Hand-written: what Prisma's schema language cannot say about Journées Québec (issue 7). The database itself refuses
-- a double booking, whoever writes and however many people click at the same moment: the second transaction fails
-- on a unique index or an exclusion constraint and the data layer turns that into "this slot was just taken".
--
-- Active = not cancelled (cancelledAt IS NULL): cancelled bookings and slots stay as history and no longer count.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- An event cannot end before it starts; a slot or a booking cannot end before it starts.
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_times_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_times_check" CHECK ("endsAt" > "startsAt");

-- One active booking per slot, and one per application (rescheduling moves the booking, it does not add one).
CREATE UNIQUE INDEX "InterviewBooking_active_slot_key" ON "InterviewBooking" ("slotId") WHERE "cancelledAt" IS NULL;
CREATE UNIQUE INDEX "InterviewBooking_active_application_key" ON "InterviewBooking" ("applicationId") WHERE "cancelledAt" IS NULL;

-- An interviewer is never in two interviews at once, nor is a candidate (even with two different organisations).
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_interviewer_no_overlap"
  EXCLUDE USING gist ("interviewerId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&) WHERE ("cancelledAt" IS NULL);
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_candidate_no_overlap"
  EXCLUDE USING gist ("candidateProfileId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&) WHERE ("cancelledAt" IS NULL);
-- An interviewer's open slots do not overlap either (so two bookings of one interviewer cannot even be offered).
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_interviewer_no_overlap"
  EXCLUDE USING gist ("interviewerId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&) WHERE ("cancelledAt" IS NULL);

-- A booking's interviewer, organisation, event and times are the slot's: copied here on every insert and on every
-- change of slot (rescheduling), so that the constraints above always compare the real times. A cancelled slot
-- cannot be booked.
CREATE FUNCTION interview_booking_copy_slot() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s RECORD;
BEGIN
  SELECT "eventId", "employerId", "interviewerId", "startsAt", "endsAt", "cancelledAt" INTO s FROM "InterviewSlot" WHERE "id" = NEW."slotId";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'interview slot % does not exist', NEW."slotId" USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF s."cancelledAt" IS NOT NULL AND NEW."cancelledAt" IS NULL THEN
    RAISE EXCEPTION 'interview slot % is cancelled', NEW."slotId" USING ERRCODE = 'check_violation';
  END IF;
  NEW."eventId" := s."eventId";
  NEW."employerId" := s."employerId";
  NEW."interviewerId" := s."interviewerId";
  NEW."startsAt" := s."startsAt";
  NEW."endsAt" := s."endsAt";
  RETURN NEW;
END;
$$;
CREATE TRIGGER interview_booking_copy_slot BEFORE INSERT OR UPDATE OF "slotId" ON "InterviewBooking"
  FOR EACH ROW EXECUTE FUNCTION interview_booking_copy_slot();
