-- The message card's limit per address, shared by every node of a cluster on PostgreSQL
-- (intake.SenderLimit; on H2, which one node opens, the limit stays in memory and this table is empty).
-- One row per address, kept as a SHA-256 hash (an IP address is personal data): Bucket4j's state of
-- its bucket, and when the bucket has filled up again, after which the row is removed.
create table sender_limit (
    address_hash varchar(64) primary key,
    state        bytea,
    expires_at   bigint
);
