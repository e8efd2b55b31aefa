package no.medvirk.engine;

import java.beans.FeatureDescriptor;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * What an expression may reach, for every expression the engine evaluates: models' conditions,
 * listeners and timers, DMN in JUEL, and the expressions of task queries and filters. Camunda's own
 * resolvers would let {@code ${''.getClass().forName(...)}} load any class and run any command with
 * the server's rights, from a model an administrator deploys or a task query any user sends.
 * <ul>
 * <li>A model's expression may use the process's variables, the execution or task, and Medvirk's own
 * beans, and call methods on plain values (text, numbers, dates, lists, maps, JSON), but never on
 * classes, class loaders, the engine's internals or anything else outside that list.</li>
 * <li>A task query's or filter's expression may only call the engine's query
 * functions ({@code currentUser()}, {@code currentUserGroups()}, {@code now()}, {@code dateTime()}) and
 * calculate with dates.</li>
 * </ul>
 */
final class ExpressionSandbox extends ELResolver {

    /** Members that lead to classes or block threads, refused on any object. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "classLoader",
            "getClassLoader", "forName", "newInstance", "declaringClass", "getDeclaringClass", "mapTo", "wait",
            "notify", "notifyAll");

    /** The engine's expressions, with {@link ExpressionSandbox} in front of its resolvers. */
    static final class Manager extends SpringExpressionManager {

        Manager(ApplicationContext applicationContext) {
            super(applicationContext);
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new ExpressionSandbox());
            resolver.add(new VariableScopeElResolver());
            resolver.add(new VariableContextElResolver());
            resolver.add(new MedvirkBeans(applicationContext));
            resolver.add(new ArrayELResolver());
            resolver.add(new ListELResolver());
            resolver.add(new MapELResolver());
            resolver.add(new BeanELResolver());
            return resolver;
        }
    }

    /** Spring beans by name, but only Medvirk's own: not the data source, the engine or Spring's machinery. */
    private static final class MedvirkBeans extends ApplicationContextElResolver {

        MedvirkBeans(ApplicationContext applicationContext) {
            super(applicationContext);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && applicationContext.containsBean(name)) {
                Class<?> type = applicationContext.getType(name);
                if (type == null || !isMedvirks(type)) {
                    throw refused("'" + name + "' is not one of Medvirk's beans");
                }
            }
            return super.getValue(context, base, property);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        check(context, base, property);
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        check(context, base, method);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        check(context, base, property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    /** Lets the resolvers behind this one go on, or refuses the whole expression. */
    private static void check(ELContext context, Object base, Object member) {
        boolean query = inTaskQuery(context);
        if (base == null) {
            if (query) {
                throw refused("a task query may only use currentUser(), currentUserGroups(), now() and dateTime()");
            }
            return;
        }
        String name = String.valueOf(member);
        if (FORBIDDEN_MEMBERS.contains(name)) {
            throw refused("'" + name + "' is not allowed in expressions");
        }
        if (query ? !isDate(base) : !isModelValue(base)) {
            throw refused("'" + name + "' cannot be used on " + base.getClass().getSimpleName()
                    + (query ? " in a task query" : ": expressions may use variables, the execution or task and "
                    + "Medvirk's beans"));
        }
    }

    /** A task query's or filter's expression: evaluated without variables, inside the query's own command. */
    private static boolean inTaskQuery(ELContext context) {
        if (context.getContext(VariableScope.class) != null || context.getContext(VariableContext.class) != null) {
            return false;
        }
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null && (invocation.getCommand() instanceof TaskQueryImpl
                || invocation.getCommand() instanceof AbstractExecuteFilterCmd);
    }

    private static boolean isDate(Object base) {
        return base instanceof Date || base.getClass().getName().startsWith("org.joda.time.");
    }

    private static boolean isModelValue(Object base) {
        return base instanceof CharSequence || base instanceof Number || base instanceof Boolean
                || base instanceof Character || base instanceof Enum<?> || base instanceof TemporalAccessor
                || base instanceof Collection<?> || base instanceof Map<?, ?> || base instanceof Optional<?>
                || base.getClass().isArray() || base instanceof VariableScope || base instanceof TypedValue
                || isDate(base) || base.getClass().getName().startsWith("org.camunda.spin.")
                || isMedvirks(base.getClass());
    }

    private static boolean isMedvirks(Class<?> type) {
        return type.getName().startsWith("no.medvirk.");
    }

    private static ELException refused(String why) {
        return new ELException("Refused by Medvirk's expression sandbox: " + why);
    }
}
