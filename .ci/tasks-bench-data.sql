-- Open message tasks for .ci/benchmark-tasks: copies of the real cases the script made through the
-- application (registered through the API, routed, handed out), numbered :first to :last - 1. Every row
-- the engine wrote for a case's running process is copied as it is, column by column as the catalog lists
-- them, with new ids: its executions, tasks, variables (and their byte arrays), candidate links and the
-- authorizations on its tasks and its instance; and Medvirk's message row, with a new case number (last
-- year's numbers, which no registration of this year meets). Whatever the engine writes for a case, the
-- copies have too: no variable is named here, and a variable that holds the case number holds the copy's.
-- Timers and event subscriptions are not copied (no task query reads them; the job executor never meets a
-- copy), nor the history (Tasklist's list, count and form read the runtime tables).
--
--   psql -1 -v first=0 -v last=10000 -f .ci/tasks-bench-data.sql
--
-- A copy's id is a hash of the original's and the copy's number, so the references between the copied
-- rows hold without a table of new ids.

-- The real cases: this year's messages with a running process.
create temp table source_case as
select row_number() over (order by m.id) - 1 as k, e.id_ as instance, m.case_number, m.id as message_id
from act_ru_execution e
join message m on m.case_number = e.business_key_
where e.id_ = e.proc_inst_id_ and m.case_year = extract(year from now())::integer;

create temp table copy_of as
select n, s.k, s.case_number, (extract(year from now())::integer - 1) as year,
       ((extract(year from now())::integer - 1) % 100) || '/' || (n + 1) as new_case_number,
       -- Due from 15 days ago to 29 days ahead: a third of the tasks are overdue.
       date_trunc('day', now()) + ((n * 37 % 45) - 15) * interval '1 day' + interval '15 hours' as due
from generate_series(:first, :last - 1) n
join source_case s on s.k = n % (select count(*) from source_case);

-- The rows to copy, with the number of the case they belong to.
create temp table source_message as
select c.k, m.* from source_case c join message m on m.id = c.message_id;
create temp table source_execution as
select c.k, e.* from source_case c join act_ru_execution e on e.proc_inst_id_ = c.instance;
create temp table source_task as
select c.k, t.* from source_case c join act_ru_task t on t.proc_inst_id_ = c.instance;
create temp table source_variable as
select c.k, v.* from source_case c join act_ru_variable v on v.proc_inst_id_ = c.instance;
create temp table source_bytearray as
select v.k, b.* from source_variable v join act_ge_bytearray b on b.id_ = v.bytearray_id_;
create temp table source_identitylink as
select t.k, i.* from source_task t join act_ru_identitylink i on i.task_id_ = t.id_;
create temp table source_authorization as
select c.k, a.* from source_case c join act_ru_authorization a on a.resource_id_ = c.instance
union all
select t.k, a.* from source_task t join act_ru_authorization a on a.resource_id_ = t.id_;

-- One insert per table, its columns from the catalog: an id column gets the copy's id, a column named in
-- the table's overrides that expression, every other column the original's value.
do $$
declare
    copy record;
    columns text;
    expressions text;
begin
    for copy in select * from (values
        ('message', 'source_message', jsonb_build_object('id', '100000000 + c.n', 'case_year', 'c.year',
            'case_sequence', 'c.n + 1', 'case_number', 'c.new_case_number', 'contact_deadline', 'c.due')),
        ('act_ge_bytearray', 'source_bytearray', '{}'::jsonb),
        ('act_ru_execution', 'source_execution', jsonb_build_object('business_key_',
            'case when s.business_key_ is not null then c.new_case_number end')),
        ('act_ru_task', 'source_task', jsonb_build_object('due_date_', 'c.due',
            'create_time_', 'c.due - interval ''10 days''')),
        ('act_ru_variable', 'source_variable', jsonb_build_object('text_',
            'case when s.text_ = c.case_number then c.new_case_number else s.text_ end')),
        ('act_ru_identitylink', 'source_identitylink', '{}'::jsonb),
        ('act_ru_authorization', 'source_authorization', jsonb_build_object('resource_id_',
            'md5(s.resource_id_ || ''/'' || c.n)::uuid::text'))) v(target, source, overrides)
    loop
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
               string_agg(coalesce(copy.overrides ->> column_name,
                   case when copy.target like 'act\_%' and column_name in ('id_', 'proc_inst_id_', 'root_proc_inst_id_',
                           'parent_id_', 'execution_id_', 'task_id_', 'var_scope_', 'bytearray_id_')
                        then format('md5(s.%I || ''/'' || c.n)::uuid::text', column_name)
                        else 's.' || quote_ident(column_name) end), ', ' order by ordinal_position)
        into columns, expressions
        from information_schema.columns
        where table_schema = current_schema() and table_name = copy.target;
        execute format('insert into %I (%s) select %s from copy_of c join %I s on s.k = c.k',
                       copy.target, columns, expressions, copy.source);
    end loop;
end $$;
