-- Benchmark data for .ci/benchmark-search (issue 16): 1,000,000 messages on PostgreSQL, received evenly
-- from 2021-12-01 to 2026-11-30, written straight into a fresh database whose schema Flyway made. Each text
-- joins three of the fragments below; 70 % of the submitters give a name, a phone number and an e-mail
-- address. The last 3 % are still open (the work of the last weeks), the rest closed. The draws are
-- multiplicative hashes of the message's number g, not random(), so every run writes the same rows.
insert into message (case_year, case_sequence, case_number, status, channel, received_at, received_day,
                     registered_at, text, kind, subject_area, political, external, routed_to, unit_code,
                     submitter_name, submitter_phone, submitter_email, contact_deadline, closed_at,
                     call_count, times_overdue)
select y, seq, lpad(cast(mod(y, 100) as varchar), 2, '0') || '/' || seq,
       case when g > 970000 then (array['REGISTERED', 'FORWARDED', 'ASSIGNED', 'CARD_SENT', 'CONTACTED'])[1 + mod(h1, 5)]
            else 'CLOSED' end,
       (array['WEB', 'EMAIL', 'PHONE', 'CARD', 'OPEN311', 'LETTER', 'IN_PERSON'])[1 + mod(h2, 7)],
       ts, cast(ts as date), ts,
       (array['Det er et stort hull i asfalten', 'Gatelyset er slukket', 'Brøytingen kom altfor sent',
              'Søppeldunken ble ikke tømt', 'Fortauet er glatt og ingen har strødd',
              'Barnehagen mangler plass til lillebror', 'Hjemmetjenesten kom ikke som avtalt',
              'Biblioteket har for korte åpningstider', 'Ballbingen trenger nytt nett',
              'Helsestasjonen svarer ikke på telefon', 'Skiltet ved krysset er veltet',
              'Bussholdeplassen har ikke tak', 'Lekeplassen har ødelagte husker',
              'Snøen fra brøytebilen sperrer innkjørselen', 'Vannet i bekken flommer over veien'])[1 + mod(h1, 15)]
       || ' ' || (array['ved skolen', 'i Storgata', 'på Nordbyen', 'ved idrettsparken', 'i boligfeltet',
                        'ved kirken', 'langs elva', 'på torget', 'ved sykehjemmet', 'i sentrum'])[1 + mod(h3, 10)]
       || '. ' || (array['Kan kommunen se på det?', 'Dette har vært et problem lenge.', 'Takk for god hjelp!',
                         'Jeg ønsker å bli ringt opp.', 'Naboene er også bekymret.', 'Det er farlig for barna.',
                         'Håper det blir ordnet før helgen.', 'Jeg har meldt fra før uten svar.'])[1 + mod(h4, 8)],
       (array['COMPLAINT', 'COMPLAINT', 'QUESTION', 'SUGGESTION', 'PRAISE'])[1 + mod(h4, 5)],
       (array['Vei og trafikk', 'Park og idrett', 'Barnehage', 'Hjemmetjenester', 'Helsestasjon', 'Kultur',
              'NAV'])[1 + mod(h2, 7)],
       false, false, 'UNIT',
       case when mod(h5, 100) < 56 then 'vei'
            else (array['barnehage', 'hjemmetjeneste', 'helsestasjon', 'kultur', 'nav'])[1 + mod(h5, 5)] end,
       case when mod(h6, 10) < 7 then first_name || ' ' || last_name end,
       case when mod(h6, 10) < 7 then '9' || substr(phone, 1, 2) || ' ' || substr(phone, 3, 2) || ' ' || substr(phone, 5, 3) end,
       case when mod(h6, 10) < 7 then lower(first_name) || '.' || lower(last_name) || g || '@example.no' end,
       ts + interval '10 days',
       case when g <= 970000 then ts + interval '3 days' end,
       mod(h3, 4), 0
from (
  select g, ts, cast(extract(year from ts) as integer) y,
         cast(row_number() over (partition by extract(year from ts) order by g) as integer) seq,
         cast(mod(g * 7919, 1000003) as integer) h1, cast(mod(g * 104729, 1000033) as integer) h2, cast(mod(g * 1299709, 999983) as integer) h3,
         cast(mod(g * 15485863, 1000037) as integer) h4, cast(mod(g * 32452843, 999979) as integer) h5, cast(mod(g * 49979687, 1000039) as integer) h6,
         (array['Kari', 'Ola', 'Ingrid', 'Per', 'Anne', 'Lars', 'Sigrid', 'Jon', 'Marit', 'Knut', 'Solveig', 'Nils',
                'Astrid', 'Erik', 'Hilde', 'Arne', 'Berit', 'Terje', 'Liv', 'Bjørn'])[1 + cast(mod(g * 7, 20) as integer)] first_name,
         (array['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen',
                'Karlsen', 'Haugen', 'Bakken', 'Berg', 'Moen', 'Dahl', 'Lund', 'Solberg', 'Strand', 'Halvorsen',
                'Eide'])[1 + cast(mod(g * 13 + g / 20, 20) as integer)] last_name,
         lpad(cast(mod(g * 2654435761, 10000000) as varchar), 7, '0') phone
  from (select g, timestamp with time zone '2021-12-01 05:00:00+00' + g * interval '157 seconds' ts
        from generate_series(cast(1 as bigint), 1000000) s(g)) a
) b;

