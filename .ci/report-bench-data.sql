-- Benchmark data for .ci/benchmark-report: 1,000,000 messages received over five years, from
-- Monday 2021-11-22 (day 0) to Sunday 2026-11-22 (day 1826), with what the statistics count, and
-- the overdue weeks and dialogue inputs that go with them. Not the demo: written straight into the
-- tables, into a fresh database whose schema Flyway made. The same script runs on PostgreSQL 15 (psql)
-- and H2 2.3 (org.h2.tools.RunScript) and writes the same rows on both: the "random" draws are
-- multiplicative hashes of the message's number g, not random(), so every run is identical.
--
-- Each level of the nested selects ends with "offset 0 rows" so that PostgreSQL works out its columns
-- once instead of copying their expressions into every use above (44 s instead of 5 s without).
--
-- As in the application (ContactReport), only a dissatisfied submitter answered on the phone gives a
-- reason and an alternative proposal, and always both.
--
-- Times: messages come in 05:00-19:00 UTC (06-21 Oslo time) and are answered 07:00-13:00 UTC, so the
-- Oslo date is the UTC date and received_day / contact_days are exact without "at time zone" (which
-- H2 and PostgreSQL read differently). No submitter details: anonymous messages, anonymised after a year.

-- The days, with how many messages each gets: more on Mondays, fewer at weekends and in July, more in
-- the snow months, three times as many on a storm day now and then, a slow growth over the years.
create table bench_day (
    i            integer primary key,
    dt           date    not null,
    y            integer not null,
    first_g      bigint  not null,
    n            integer not null,
    year_first_g bigint  not null
);

insert into bench_day (i, dt, y, first_g, n, year_first_g)
select i, dt, y, first_g, cast(last_g - first_g as integer), min(first_g) over (partition by y)
from (
  select i, dt, y, 1000000 * (cum - w) / total as first_g, 1000000 * cum / total as last_g
  from (
    select i, dt, y, w,
           cast(sum(w) over (order by i rows between unbounded preceding and current row) as bigint) as cum,
           cast(sum(w) over () as bigint) as total
    from (
      select i, dt, cast(extract(year from dt) as integer) as y,
             cast((case mod(i, 7) when 0 then 130 when 1 then 115 when 2 then 110 when 3 then 105 when 4 then 95
                                  when 5 then 45 else 40 end)
                * (case cast(extract(month from dt) as integer) when 12 then 125 when 1 then 130 when 2 then 125
                                  when 3 then 110 when 7 then 70 else 100 end)
                * (case when mod(i * 37, 101) = 0 then 3 else 1 end)
                * (900 + i * 200 / 1827) as bigint) as w
      from (select cast(x as integer) as i, cast(timestamp '2021-11-22 00:00:00' + x * interval '1' day as date) as dt
            from generate_series(0, 1826) s(x)) a
    ) b
  ) c
) d;

create index bench_day_day on bench_day (dt);

insert into message (case_year, case_sequence, case_number, status, channel, received_at, received_day, registered_at,
                     text, kind, subject_area, political, external, routed_to, unit_code, contact_deadline, caseworker,
                     card_sent_at, contacted_at, contact_days, call_count, answer, satisfaction,
                     dissatisfaction_reason, alternative_proposal, answered_by, closed_at, anonymised_at,
                     times_overdue, escalated_at)
select y, seq, lpad(cast(mod(y, 100) as varchar), 2, '0') || '/' || cast(seq as varchar),
       case when unregistered then 'RECEIVED'
            when closed or unreached then 'CLOSED'
            when contacted then 'CONTACTED'
            when card_sent then 'CARD_SENT'
            when calls_made > 0 or caseworker is not null then 'ASSIGNED'
            else 'FORWARDED' end,
       channel, received_at, dt,
       case when not unregistered then registered_at end,
       'Benchmarkmelding ' || cast(g as varchar) || ' om ' || area || '.',
       case when unregistered and channel not in ('WEB', 'CARD', 'OPEN311') then null else kind end,
       case when unregistered and channel not in ('WEB', 'CARD', 'OPEN311') then null else area end,
       political, external,
       case when not unregistered then routed_to end,
       case when not unregistered then unit_code end,
       case when not unregistered then registered_at + 10 * interval '1' day end,
       case when not unregistered then caseworker end,
       case when card_sent then card_at end,
       case when contacted then contacted_at end,
       case when contacted then k end,
       calls_made,
       case when contacted then 'Innmelderen har fått svar fra kommunen.' end,
       case when contacted and answered_by = 'PHONE' then satisfaction end,
       case when contacted and answered_by = 'PHONE' and satisfaction = 'DISSATISFIED' then
            case mod(u7, 6) when 0 then 'Det tok for lang tid før noen tok kontakt.'
                            when 1 then 'Svaret løste ikke problemet.'
                            when 2 then 'Jeg fikk ikke svar på det jeg spurte om.'
                            when 3 then 'Tiltaket kommer for sent, først neste år.'
                            when 4 then 'Det samme skjer hvert år.'
                            else 'Jeg ble satt over flere ganger.' end end,
       case when contacted and answered_by = 'PHONE' and satisfaction = 'DISSATISFIED' then
            case mod(u7 / 6, 5) when 0 then 'Brøyt gangveien før bilveien.'
                                when 1 then 'Sett opp et skilt.'
                                when 2 then 'Gi beskjed på SMS når det er gjort.'
                                when 3 then 'Ta det opp med brukerrådet.'
                                else 'Ingen forslag' end end,
       case when contacted then answered_by when unreached then 'NOT_REACHED' end,
       case when closed then contacted_at + interval '1' day when unreached then unreached_at end,
       case when i < 1827 - 365 then received_at + 365 * interval '1' day end,
       times_overdue,
       case when times_overdue >= 2 then timestamp with time zone '2021-11-22 06:00:00+00'
                                         + ((i + 10) / 7 + 2) * 7 * interval '1' day end
from (
  select t.*,
         case when contacted and calls_made = 0 then (case when channel = 'EMAIL' then 'EMAIL' else 'LETTER' end)
              when contacted and political then 'POLITICAL'
              when contacted then 'PHONE' end as answered_by,
         case when unregistered then 0
              else greatest(0, (case when contacted then i + k when unreached then i + 11 else 1826 end) / 7
                               - (i + 10) / 7) end as times_overdue,
         contacted and i + k + 1 <= 1826 as closed
  from (
    select r.*,
           not unregistered and not (card and u10 >= 700) and i + k <= 1826 as contacted,
           not unregistered and card and u10 >= 700 and i + 11 <= 1826 as unreached,
           not unregistered and card and i + 3 <= 1826 as card_sent,
           case when unregistered then 0 when card and i + 3 > 1826 then least(calls, 1826 - i) else calls end as calls_made
    from (
      select q.*,
             timestamp with time zone '2021-11-22 00:00:00+00' + (i * 86400 + secs) * interval '1' second as received_at,
             timestamp with time zone '2021-11-22 00:00:00+00' + (i * 86400 + secs + 600 + mod(u9, 40) * 60) * interval '1' second as registered_at,
             timestamp with time zone '2021-11-22 10:00:00+00' + (i + 3) * interval '1' day as card_at,
             timestamp with time zone '2021-11-22 12:00:00+00' + (i + 11) * interval '1' day as unreached_at,
             case when k = 0 then timestamp with time zone '2021-11-22 00:00:00+00' + (i * 86400 + secs + 3600) * interval '1' second
                  else timestamp with time zone '2021-11-22 07:00:00+00' + ((i + k) * 86400 + mod(u8 * 7, 1000) * 21) * interval '1' second
                  end as contacted_at
      from (
        select p.*,
               case when card then 5 + mod(u5, 8)
                    when u5 < 100 then 0 when u5 < 350 then 1 when u5 < 530 then 2 when u5 < 650 then 3
                    when u5 < 730 then 4 when u5 < 790 then 5 when u5 < 910 then 6 + mod(u5, 4)
                    when u5 < 950 then 10 + mod(u5, 2) when u5 < 985 then 12 + mod(u5, 7)
                    else 19 + mod(u5, 12) end as k
        from (
          select o.*,
                 i >= 1825 and u8 < 300 as unregistered,
                 case when u4 < 200 then 0 when u4 < 750 then 1 when u4 < 900 then 2 else 3 end as calls,
                 u4 >= 900 and u9 < 600 as card,
                 case when u1 < 300 then 'WEB' when u1 < 500 then 'EMAIL' when u1 < 680 then 'PHONE'
                      when u1 < 800 then 'CARD' when u1 < 900 then 'OPEN311' when u1 < 950 then 'LETTER'
                      when u1 < 990 then 'IN_PERSON' else 'FAX' end as channel,
                 case when u2 < 200 then 'Vei og trafikk' when u2 < 360 then 'Brøyting og strøing'
                      when u2 < 440 then 'Gatelys' when u2 < 510 then 'Parker og friområder'
                      when u2 < 560 then 'Idrettsanlegg' when u2 < 660 then 'Barnehage'
                      when u2 < 750 then 'Hjemmetjenester' when u2 < 800 then 'Helsestasjon og skolehelse'
                      when u2 < 860 then 'Kultur og bibliotek' when u2 < 890 then 'Frivillighet og møteplasser'
                      when u2 < 950 then 'NAV og sosiale tjenester' when u2 < 970 then 'Vei og trafikk'
                      when u2 < 980 then 'Kultur og bibliotek' else 'Vei og trafikk' end as area,
                 u2 >= 950 and u2 < 980 as political,
                 u2 >= 980 as external,
                 case when u2 < 950 then 'UNIT' when u2 < 980 then 'MAYOR' else 'EXTERNAL' end as routed_to,
                 case when u2 < 560 then 'vei' when u2 < 660 then 'barnehage' when u2 < 750 then 'hjemmetjeneste'
                      when u2 < 800 then 'helsestasjon' when u2 < 890 then 'kultur' when u2 < 950 then 'nav' end as unit_code,
                 case when u2 < 560 then 'kari' when u2 < 660 then 'ola' end as caseworker,
                 case when u3 < 480 then 'COMPLAINT' when u3 < 640 then 'PRAISE' when u3 < 880 then 'QUESTION'
                      else 'SUGGESTION' end as kind,
                 case when u6 < 600 then 'SATISFIED' when u6 < 850 then 'PARTLY' when u6 < 950 then 'DISSATISFIED' end as satisfaction
          from (
            select g, d.i, d.dt, d.y, cast(d.first_g - d.year_first_g + x as integer) as seq,
                   18000 + mod(g * 2654435761, 4294967296) * 50400 / 4294967296 as secs,
                   mod(g * 2246822519, 4294967296) * 1000 / 4294967296 as u1,
                   mod(g * 3266489917, 4294967296) * 1000 / 4294967296 as u2,
                   mod(g * 668265263, 4294967296) * 1000 / 4294967296 as u3,
                   mod(g * 374761393, 4294967296) * 1000 / 4294967296 as u4,
                   mod(g * 3144134277, 4294967296) * 1000 / 4294967296 as u5,
                   mod(g * 1013904223, 4294967296) * 1000 / 4294967296 as u6,
                   mod(g * 1103515245, 4294967296) * 1000 / 4294967296 as u7,
                   mod(g * 22695477, 4294967296) * 1000 / 4294967296 as u8,
                   mod(g * 134775813, 4294967296) * 1000 / 4294967296 as u9,
                   mod(g * 1664525, 4294967296) * 1000 / 4294967296 as u10
            from (select b.*, s.x, b.first_g + s.x as g
                  from bench_day b join generate_series(cast(1 as bigint), 5000) s(x) on s.x <= b.n) d
           offset 0 rows) o
         offset 0 rows) p
       offset 0 rows) q
     offset 0 rows) r
   offset 0 rows) t
 offset 0 rows) m
order by i, seq;

-- The case numbers given out, so that a message registered in the benchmark database gets the next one.
insert into case_number_sequence (case_year, last_number)
select case_year, max(case_sequence) from message group by case_year;

-- Each Monday list a message was overdue on (the deadline is ten days after registration).
insert into overdue_week (message_id, week_start)
select m.id, cast(timestamp '2021-11-22 00:00:00' + ((b.i + 10) / 7 + w.x) * 7 * interval '1' day as date)
from message m join bench_day b on b.dt = m.received_day
join generate_series(1, 10) w(x) on w.x <= m.times_overdue
where m.times_overdue > 0;

-- Five years of dialogue meetings, 60 a year across the six units, with three inputs from each.
insert into dialogue_group (name, leader, coordinator) values ('Benchmark-dialoggruppe', 'vegleder', 'servicesenter');

insert into dialogue_meeting (group_id, unit_code, meeting_date, start_time, end_time, place, themes, status,
                              minutes_status)
select (select max(id) from dialogue_group),
       case mod(x, 6) when 0 then 'vei' when 1 then 'barnehage' when 2 then 'hjemmetjeneste'
                      when 3 then 'helsestasjon' when 4 then 'kultur' else 'nav' end,
       cast(timestamp '2021-11-22 00:00:00' + (x * 1826 / 300) * interval '1' day as date),
       '18:00', '20:00', 'Rådhuset', 'Tjenestene og meldingene det siste halvåret', 'HELD', 'APPROVED'
from generate_series(1, 300) s(x);

insert into dialogue_input (meeting_id, text, unit_code, follow_up_status)
select d.id, 'Innspill ' || cast(s.x as varchar) || ' fra dialogmøtet', d.unit_code,
       case mod(d.id + s.x, 5) when 0 then 'OPEN' when 1 then 'PLANNED' when 2 then 'IN_PROGRESS'
                               when 3 then 'DONE' else 'NOT_RELEVANT' end
from dialogue_meeting d join generate_series(1, 3) s(x) on 1 = 1;

-- The statistics' tallies (V22) are emptied here; .ci/benchmark-report then fills them from the rows
-- above with V22's own statements.
delete from message_day_tally;
delete from message_month_tally;
delete from message_month_contact;
delete from overdue_week_tally;

drop table bench_day;
