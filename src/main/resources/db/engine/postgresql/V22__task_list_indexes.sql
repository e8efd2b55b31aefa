-- Tasklist's lists are sorted by due date ("most urgent first") and show the first 15: with an index on it,
-- PostgreSQL reads the tasks in that order and stops after the page, instead of sorting all of a unit's
-- open tasks for every page (100,000 open tasks: 320 ms to 50 ms for "Enhetens oppgaver").
create index medvirk_task_due_date on act_ru_task (due_date_);
-- Reading or completing a task asks for its subtasks; Camunda has no index on the parent, so each asked
-- with a full scan of the open tasks (125 ms at 100,000).
create index medvirk_task_parent on act_ru_task (parent_task_id_);
analyze act_ru_task;
