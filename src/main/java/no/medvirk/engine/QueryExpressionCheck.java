package no.medvirk.engine;

import java.lang.reflect.Field;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Task queries as the engine receives them, whichever route they took (REST with any spelling of
 * its path, Tasklist's own API, Java): a query a user sends may carry no expression at all, also not
 * inside its {@code orQueries} (7.24 CE checks only the top level) nor when it extends a stored filter;
 * a stored filter may use only the engine's query functions. Refused as a bad request (HTTP 400).
 * {@link ExpressionSandbox} still guards every expression that is evaluated, this only says no early
 * and clearly.
 */
final class QueryExpressionCheck extends CommandInterceptor {

    static final String REFUSED = "Expressions are not allowed in task queries (also not inside orQueries).";
    private static final Pattern QUERY_FUNCTION = Pattern.compile(
            "[$#]\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)|dateTime\\(\\)(\\.\\w+\\(-?\\d*\\))*)\\s*}");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd && read(EXTENDING_QUERY, command) instanceof TaskQueryImpl query) {
            refuseExpressions(query);
        } else if (command instanceof SaveFilterCmd && read(SAVED_FILTER, command) instanceof Filter filter
                && filter.getQuery() instanceof TaskQueryImpl query) {
            allowOnlyQueryFunctions(query);
        }
        return next.execute(command);
    }

    private static void refuseExpressions(TaskQueryImpl query) {
        // The first of getQueries() is the query itself, the others its orQueries.
        for (TaskQueryImpl part : query.getQueries()) {
            if (!part.getExpressions().isEmpty()) {
                throw new BadUserRequestException(REFUSED);
            }
        }
    }

    private static void allowOnlyQueryFunctions(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) {
            for (String expression : part.getExpressions().values()) {
                if (!QUERY_FUNCTION.matcher(expression).matches()) {
                    throw new BadUserRequestException("A filter's expressions may only be ${currentUser()}, "
                            + "${currentUserGroups()}, ${now()} or ${dateTime()} with date arithmetic.");
                }
            }
        }
    }

    // The engine keeps these protected; reading them is the only way to see what a command will run.
    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + "." + name, e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
