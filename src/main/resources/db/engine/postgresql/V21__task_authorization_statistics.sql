-- Every task query of a logged-in user (Tasklist's filters, their counts) joins the user's authorizations
-- that grant reading: "perms_ & 2 = 2" on a task, "perms_ & 64 = 64" (READ_TASK) on a process definition.
-- PostgreSQL guessed such a test to keep 0.5 % of the rows, while on a task-heavy database nearly all of a
-- caseworker's authorizations grant it (the engine gives each task's candidate groups and assignee one). With
-- that guess it compared every task with every authorization (34 s for a count over 10,000 tasks); with these
-- statistics it looks up each task's authorizations in ACT_IDX_AUTH_RESOURCE_ID.
create statistics medvirk_authorization_read on (perms_ & 2) from act_ru_authorization;
create statistics medvirk_authorization_read_task on (perms_ & 64) from act_ru_authorization;
analyze act_ru_authorization;
