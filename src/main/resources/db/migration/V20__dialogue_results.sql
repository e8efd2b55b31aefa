-- Issue 19, results that travel back: the chief executive's yearly outcome per input for the
-- budget and action plan (handlings- og økonomiplan), and who asked for a meeting from the public
-- form /dialogmote: what kind of group, which units (codes, comma-separated) and when the requester's
-- address was erased (it is kept only until the request is answered and its inputs followed up).
alter table dialogue_input add column plan_outcome varchar(4000);
alter table dialogue_input add column plan_outcome_year integer;

alter table meeting_request add column requester_kind varchar(40);
alter table meeting_request add column unit_codes varchar(400);
alter table meeting_request add column contact_erased_at timestamp with time zone;
