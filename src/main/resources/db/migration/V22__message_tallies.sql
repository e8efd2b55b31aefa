-- M12 over many years (issue #18): the statistics' counts, kept as the messages change (MessageTallies, in
-- the same transaction as the change), so that a report over five years reads a few rows a day and a few
-- hundred a month instead of every message. What a message has not got yet is '' (not null), so that each
-- row has a primary key to add to; MessageFigures reads '' back as null.
--
-- By the day a message came in, unit and kind: the report's days and weeks.
create table message_day_tally (
    received_day date        not null,
    unit_code    varchar(40) not null,
    kind         varchar(20) not null,
    n            bigint      not null,
    primary key (received_day, unit_code, kind)
);

-- By the month a message came in (2025 * 100 + 3 for March 2025) and everything else the report breaks
-- the messages down by; feedback: how many have a reason for dissatisfaction or an alternative proposal.
create table message_month_tally (
    received_month integer      not null,
    routed_to      varchar(20)  not null,
    unit_code      varchar(40)  not null,
    channel        varchar(20)  not null,
    subject_area   varchar(100) not null,
    place_area     varchar(100) not null,
    satisfaction   varchar(20)  not null,
    n              bigint       not null,
    feedback       bigint       not null,
    primary key (received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction)
);

-- The contacted messages of the contact figures, by how the contact went. Those not contacted yet are read
-- from the messages (index below): whether their deadline has passed depends on when the report is asked.
create table message_month_contact (
    received_month integer     not null,
    unit_code      varchar(40) not null,
    call_count     integer     not null,
    card_sent      integer     not null,
    contact_days   integer     not null,
    in_time        integer     not null,
    n              bigint      not null,
    primary key (received_month, unit_code, call_count, card_sent, contact_days, in_time)
);

create index message_not_contacted on message
    (contacted_at, received_day, unit_code, call_count, contact_days, card_sent_at, contact_deadline, answered_by);

-- The overdue weeks by the week of the list and who answers the message now (duelist.OverdueWeekTallies).
create table overdue_week_tally (
    week_start date        not null,
    routed_to  varchar(20) not null,
    unit_code  varchar(40) not null,
    n          bigint      not null,
    primary key (week_start, routed_to, unit_code)
);

-- The escalations of a period, read from the index alone.
drop index message_escalated;
create index message_escalated on message (escalated_at, routed_to, unit_code);

-- The counts of the messages there are. .ci/report-bench-data.sql runs the same four statements.
insert into message_day_tally (received_day, unit_code, kind, n)
select received_day, unit_code, kind, count(*)
from (select received_day, coalesce(unit_code, '') unit_code, coalesce(kind, '') kind from message) m
group by received_day, unit_code, kind;

insert into message_month_tally (received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction,
                                 n, feedback)
select received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction, count(*), sum(feedback)
from (select cast(extract(year from received_day) as integer) * 100 + cast(extract(month from received_day) as integer)
                 received_month,
             coalesce(routed_to, '') routed_to, coalesce(unit_code, '') unit_code, channel,
             coalesce(subject_area, '') subject_area, coalesce(place_area, '') place_area,
             coalesce(satisfaction, '') satisfaction,
             case when dissatisfaction_reason is not null or alternative_proposal is not null then 1 else 0 end feedback
      from message) m
group by received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction;

insert into message_month_contact (received_month, unit_code, call_count, card_sent, contact_days, in_time, n)
select received_month, unit_code, call_count, card_sent, contact_days, in_time, count(*)
from (select cast(extract(year from received_day) as integer) * 100 + cast(extract(month from received_day) as integer)
                 received_month,
             coalesce(unit_code, '') unit_code, call_count,
             case when card_sent_at is null then 0 else 1 end card_sent, contact_days,
             case when contacted_at <= contact_deadline then 1 else 0 end in_time
      from message
      where contacted_at is not null and contact_deadline is not null
        and (answered_by is null or answered_by not in ('NONE', 'PASSED_ON', 'DUPLICATE'))) m
group by received_month, unit_code, call_count, card_sent, contact_days, in_time;

insert into overdue_week_tally (week_start, routed_to, unit_code, n)
select week_start, routed_to, unit_code, count(*)
from (select o.week_start, coalesce(m.routed_to, '') routed_to, coalesce(m.unit_code, '') unit_code
      from overdue_week o join message m on m.id = o.message_id) w
group by week_start, routed_to, unit_code;
