package no.medvirk.engine;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * Runs a task filter marked {@link #PROPERTY} without the engine's authorization join, bounded instead to
 * the tasks the caller is assigned or a candidate group of. The join compares every matching task with the
 * caller's authorizations ({@code RESOURCE_ID_ in (task, definition, '*')}), which PostgreSQL can only do one
 * task at a time: a unit's list of 50,000 open tasks took 1.5 s to page and count. The engine gives each
 * candidate group and each assignee read access to a task as it is made (and takes neither away when the
 * link goes), so the bounded tasks are all ones the caller may read: the answer is never wider than the
 * engine's. It is the same when the filter's own query is bounded so (Medvirk's shared filters are), unless
 * Tasklist's search replaces the bounding criteria; then it is narrower. Filters without the mark, and
 * calls without a logged-in user, go the engine's way.
 */
public final class CallerBoundFilters extends FilterServiceImpl {

    /** The filter property that marks a filter as bounded to the caller (Tasklist ignores it). */
    public static final String PROPERTY = "medvirkBoundToCaller";

    CallerBoundFilters() {
    }

    @Override
    public <T> List<T> list(String filterId) {
        return list(filterId, null);
    }

    @Override
    public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
        return run(filterId, extendingQuery, new ExecuteFilterListCmd(filterId, extendingQuery), query -> {
            query.enableMaxResultsLimit();
            return query.list();
        });
    }

    @Override
    public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
        return listPage(filterId, null, firstResult, maxResults);
    }

    @Override
    public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
                                                      int maxResults) {
        return run(filterId, extendingQuery, new ExecuteFilterListPageCmd(filterId, extendingQuery, firstResult,
                maxResults), query -> {
            query.enableMaxResultsLimit();
            return query.listPage(firstResult, maxResults);
        });
    }

    @Override
    public <T> T singleResult(String filterId) {
        return singleResult(filterId, null);
    }

    @Override
    public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
        return run(filterId, extendingQuery, new ExecuteFilterSingleResultCmd(filterId, extendingQuery),
                TaskQueryImpl::singleResult);
    }

    @Override
    public Long count(String filterId) {
        return count(filterId, null);
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
        return run(filterId, extendingQuery, new ExecuteFilterCountCmd(filterId, extendingQuery),
                TaskQueryImpl::count);
    }

    @SuppressWarnings("unchecked")
    private <R> R run(String filterId, Query<?, ?> extendingQuery, Command<?> engineWay,
                      Function<TaskQueryImpl, ?> execute) {
        return (R) commandExecutor.execute(new BoundFilterCmd(filterId, extendingQuery, engineWay, execute));
    }

    /** A filter command, so that what checks the engine's filter commands checks this one too (QueryExpressionCheck). */
    private static final class BoundFilterCmd extends AbstractExecuteFilterCmd implements Command<Object> {

        private final transient Command<?> engineWay;
        private final transient Function<TaskQueryImpl, ?> execute;

        BoundFilterCmd(String filterId, Query<?, ?> extendingQuery, Command<?> engineWay,
                       Function<TaskQueryImpl, ?> execute) {
            super(filterId, extendingQuery);
            this.engineWay = engineWay;
            this.execute = execute;
        }

        @Override
        public Object execute(CommandContext context) {
            Authentication caller = context.getAuthentication();
            // Read as the engine's command reads it: the caller needs READ on the filter.
            FilterEntity filter = filterId == null ? null : context.getFilterManager().findFilterById(filterId);
            if (filter == null || filter.getProperties() == null
                    || !Boolean.TRUE.equals(filter.getProperties().get(PROPERTY))
                    || !(filter.getQuery() instanceof TaskQueryImpl) || !checksAuthorization(context, caller)) {
                return engineWay.execute(context);
            }
            if (extendingQuery != null) {
                ((AbstractQuery<?, ?>) extendingQuery).validate();
            }
            // Extending makes a new query, also with nothing to extend by: the bound is not the stored filter's.
            Filter executed = filter.extend(extendingQuery != null ? extendingQuery : new TaskQueryImpl());
            TaskQueryImpl query = executed.getQuery();
            query.initializeFormKeys();
            boundToCaller(query, caller);
            context.disableAuthorizationCheck();
            try {
                return execute.apply(query);
            } finally {
                context.enableAuthorizationCheck();
            }
        }
    }

    private static boolean checksAuthorization(CommandContext context, Authentication caller) {
        return context.getProcessEngineConfiguration().isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
                && caller != null && caller.getUserId() != null;
    }

    /** Adds "assigned to the caller, or a candidate group of the caller's, assigned or not" to the query. */
    private static void boundToCaller(TaskQueryImpl query, Authentication caller) {
        var bound = query.or().taskAssignee(caller.getUserId());
        List<String> groups = caller.getGroupIds();
        if (groups != null && !groups.isEmpty()) {
            bound.taskCandidateGroupIn(groups).includeAssignedTasks();
        }
        bound.endOr();
    }
}
