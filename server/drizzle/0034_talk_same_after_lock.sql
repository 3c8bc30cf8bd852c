-- The same talk already entered (issue 27, round nine): a talk recorded without the user's confirming a second entry is
-- refused when a talk of the college on the same day, not cancelled, already has both its first talker and its first
-- subject among its participants. Identical entries posted at once are decided one after the other by a
-- transaction-scoped advisory lock on that key; the look that follows must see what the one before committed. A
-- statement's own reads see the database as it was when the statement began, so this had to be a statement of its own
-- after the lock, in a transaction (two more round trips for every talk recorded). A VOLATILE function's queries each
-- see the database as it is when they start: called inside the statement that records the talk, it takes the lock and
-- then looks, and the statement is its own transaction (areas/talks/commands/insert-talk.ts). The one definition of
-- "the same talk".
CREATE FUNCTION talk_same_after_lock(p_key text, p_institution integer, p_date date, p_talker integer, p_subject integer) RETURNS integer
  LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  same_id integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_key, 0));
  SELECT t.id INTO same_id FROM talk t
    WHERE t.institution_id = p_institution AND t.talk_date = p_date AND t.status <> 'cancelled'
      AND EXISTS (SELECT 1 FROM talk_participant p WHERE p.talk_id = t.id AND p.person_id = p_subject)
      AND EXISTS (SELECT 1 FROM talk_participant p WHERE p.talk_id = t.id AND p.person_id = p_talker)
    LIMIT 1;
  RETURN same_id;
END
$$;
