-- When the submitter's details were removed because their retention ended.
alter table message add column anonymised_at timestamp with time zone;

create index message_closed on message (closed_at);
