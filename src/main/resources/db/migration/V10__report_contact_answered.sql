-- M12: the contact figures leave out messages no one could be contacted about (answered_by NONE), so
-- the index they are read from holds that column too and stays enough on its own (index-only scan).
drop index message_report_contact;
create index message_report_contact on message
    (received_day, unit_code, call_count, contact_days, card_sent_at, contacted_at, contact_deadline, answered_by);
