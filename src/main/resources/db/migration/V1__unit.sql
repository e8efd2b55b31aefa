-- The units of the organisation file, so that messages can refer to them and reports can name them.
-- A unit removed from the file stays here, inactive: old messages still belong to it.
create table unit (
    code   varchar(40)  not null primary key,
    name   varchar(200) not null,
    email  varchar(320) not null,
    active boolean      not null
);
