-- A message closed as a duplicate of another (issue 16): the case number it joined. Its submitter is told
-- that number and gets that case's answer when it closes.
alter table message add column duplicate_of varchar(16);

create index message_duplicate_of on message (duplicate_of);
