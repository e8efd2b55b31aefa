package no.medvirk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine settings that need code: the history level that keeps personal data out of the engine's
 * history ({@code camunda.bpm.history-level: medvirk}), readable form validation errors, the
 * caller's mistakes refused as such, and cron timers in Europe/Oslo.
 */
@Component
class EngineSettings extends AbstractProcessEnginePlugin {

    private final Set<String> personalVariables;

    EngineSettings(@Value("${medvirk.personal-variables}") Set<String> personalVariables) {
        this.personalVariables = personalVariables;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new PersonalDataHistoryLevel(personalVariables));
        configuration.setCustomHistoryLevels(levels);

        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new FormValidationInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

        List<CommandInterceptor> inContext = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            inContext.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        inContext.add(new CallerMistakes());
        configuration.setCustomPostCommandInterceptorsTxRequired(inContext);

        // The engine's own calendars, but cron cycles in Europe/Oslo.
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new OsloCycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
