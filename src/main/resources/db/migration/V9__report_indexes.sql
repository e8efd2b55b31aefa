-- M12 over many years of messages (issue #8, docs/BENCHMARKS.md "Statistics report"): each report
-- query reads a period of days from an index that holds every column it needs, so the database
-- answers it from the index alone instead of visiting a row of the table per message.
-- The days and kinds, for the whole municipality and for a unit leader's units; they replace V8's
-- wider index, whose grouping by all the breakdowns at once returned too many rows, and V8's
-- (unit_code, received_day).
drop index message_received;
drop index message_unit_received;
create index message_received_kind on message (received_day, kind, unit_code);
create index message_unit_received_kind on message (unit_code, received_day, kind);
-- How the contact with the submitter went.
create index message_report_contact on message
    (received_day, unit_code, call_count, contact_days, card_sent_at, contacted_at, contact_deadline);
-- A unit leader's escalations: H2 otherwise reads all the unit's messages through the unit's foreign key.
create index message_unit_escalated on message (unit_code, escalated_at);
