-- What processes/message-rules.dmn promised a message when it was registered: the contact deadline as a
-- period (P10D), the calls before the contact card, and whether the submitter is called at all. Messages
-- registered before the table existed had ten days, three calls and a call.
alter table message add column contact_period varchar(20);
alter table message add column call_attempts_allowed integer;
alter table message add column call_back boolean;

update message set contact_period = 'P10D', call_attempts_allowed = 3, call_back = true
    where registered_at is not null;
