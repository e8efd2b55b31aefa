package no.medvirk.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Engine settings that need code: the history level that keeps personal data out of the engine's
 * history ({@code camunda.bpm.history-level: medvirk}), readable form validation errors, the
 * caller's mistakes refused as such, tasks that take only their form's fields, cron timers in
 * Europe/Oslo, the listeners attached by form ({@link ListensTo}), the shared task filters bounded to
 * the caller ({@link CallerBoundFilters}), authorization checks without a scan of all groups
 * nor a search for revokes ({@link AuthorizationChecks}), word of changed users and groups
 * ({@link IdentityChanges}), and what expressions and scripts may do (nothing that runs code on the server).
 */
@Component
class EngineSettings extends AbstractProcessEnginePlugin {

    private final Set<String> personalVariables;
    private final Set<String> repeatedVariables;
    private final ApplicationContext applicationContext;
    private final boolean allowScripts;

    EngineSettings(@Value("${medvirk.personal-variables}") Set<String> personalVariables,
                   @Value("${medvirk.repeated-variables}") Set<String> repeatedVariables,
                   ApplicationContext applicationContext,
                   @Value("${medvirk.processes.allow-scripts}") boolean allowScripts) {
        this.personalVariables = personalVariables;
        this.repeatedVariables = repeatedVariables;
        this.applicationContext = applicationContext;
        this.allowScripts = allowScripts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new ExpressionSandbox.Manager(applicationContext));
        if (!allowScripts) {
            // A script left in a deployment from before the model check refused them finds no engine to run it.
            configuration.setScriptEngineResolver(new NoScriptEngines());
        }

        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new AuditHistoryLevel(personalVariables, repeatedVariables));
        configuration.setCustomHistoryLevels(levels);

        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new QueryExpressionCheck());
        interceptors.add(new FormValidationInterceptor());
        interceptors.add(new IdentityChanges(applicationContext));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

        List<CommandInterceptor> inContext = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            inContext.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        inContext.add(new CallerMistakes());
        inContext.add(new FormFieldsOnly());
        inContext.add(new ShownFormVariables());
        configuration.setCustomPostCommandInterceptorsTxRequired(inContext);

        configuration.setBusinessCalendarManager(OsloCycleBusinessCalendar.withEngineCalendars());
        configuration.setFilterService(new CallerBoundFilters());
        List<SessionFactory> sessionFactories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            sessionFactories.addAll(configuration.getCustomSessionFactories());
        }
        sessionFactories.add(new AuthorizationChecks.Factory());
        configuration.setCustomSessionFactories(sessionFactories);
        AuthorizationChecks.skipRevokes(configuration);

        Map<String, Class<?>> listeners = new HashMap<>();
        for (String bean : applicationContext.getBeanNamesForAnnotation(ListensTo.class)) {
            listeners.put(bean, applicationContext.getType(bean));
        }
        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        parseListeners.add(new StepListeners(listeners));
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        AuthorizationChecks.checkRevokesIfAny(processEngine);
    }

    /** Resolves no script engine, whatever the language: the engine then refuses the script. */
    private static final class NoScriptEngines implements ScriptEngineResolver {

        private final ScriptEngineManager manager = new ScriptEngineManager();

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // None is added: scripts are off.
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return manager;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            return null;
        }
    }
}
