-- M12 over many years of messages (issue #8, docs/BENCHMARKS.md "Statistics report"): each report
-- query reads a period of days from an index that holds every column it needs, so PostgreSQL answers
-- it from the index alone (an index-only scan) instead of visiting a row of the table per message.
-- The days and kinds (and the unit a unit leader's report is limited to); replaces V8's wider index,
-- whose grouping by all the breakdowns at once returned too many rows.
drop index message_received;
create index message_received_kind on message (received_day, kind, unit_code);
-- How the contact with the submitter went.
create index message_report_contact on message
    (received_day, unit_code, call_count, contact_days, card_sent_at, contacted_at, contact_deadline);
