-- "Saker" (issue 16): finding any case among a million messages, on PostgreSQL only (H2 searches with LIKE).
-- Versions here share one sequence with db/migration; H2 simply has no V15.
create extension if not exists pg_trgm;

-- Words of the text, in Norwegian: "brøytingen" is found by "brøyting".
create index message_text_search on message using gin (to_tsvector('norwegian', text));
-- Parts of names, e-mail addresses and phone numbers (digits only, so "900 00 000" is found by "90000").
create index message_submitter_search on message using gin
    (lower(coalesce(submitter_name, '') || ' ' || coalesce(submitter_email, '')) gin_trgm_ops);
create index message_phone_search on message using gin
    (regexp_replace(coalesce(submitter_phone, ''), '[^0-9]', '', 'g') gin_trgm_ops);
-- "26/2" and "26/2…": case numbers by prefix.
create index message_case_number_prefix on message (case_number text_pattern_ops);
-- A unit's open cases, newest first: the first page without sorting the unit's history.
create index message_open_unit_received on message (unit_code, received_at desc) where status <> 'CLOSED';
-- Everyone's newest first (the service centre's first page).
create index message_received_at on message (received_at desc);
