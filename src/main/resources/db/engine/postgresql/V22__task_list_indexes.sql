-- Tasklist's lists are sorted by due date ("most urgent first") and show the first 15: with an index in that
-- order, PostgreSQL reads the tasks in it and stops after the page, instead of sorting all of a unit's open
-- tasks for every page (100,000 open tasks: "Enhetens oppgaver" 320 ms to 13 ms, "Forfalte oppgaver" 90 to
-- 21 ms). The engine's query is "select distinct" over all columns ordered by due date, then revision and id
-- (the distinct's order): many tasks share a due date (16:00 of a working day), and with revision and id in
-- the index, rows come in the distinct's order too, so nothing is sorted.
create index medvirk_task_due_date on act_ru_task (due_date_, rev_, id_);
-- Reading or completing a task asks for its subtasks; Camunda has no index on the parent, so each asked
-- with a full scan of the open tasks (125 ms at 100,000).
create index medvirk_task_parent on act_ru_task (parent_task_id_);
-- A list's count joins a unit's tasks with their candidate links and counts the distinct tasks. With what
-- the filters test in these two indexes, PostgreSQL reads both in task id order and merges them, without
-- the tables (65,000 of 100,000 tasks: 130-160 ms to 55 ms on a loaded machine).
create index medvirk_task_listed on act_ru_task (id_) include (tenant_id_, assignee_, suspension_state_, due_date_);
create index medvirk_task_candidates on act_ru_identitylink (task_id_) include (type_, group_id_);
analyze act_ru_task;
analyze act_ru_identitylink;
