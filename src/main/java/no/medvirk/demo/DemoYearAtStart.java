package no.medvirk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.medvirk.message.Messages;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code medvirk.demo-year.enabled=true}: an empty database of the demo organisation gets this year's
 * citizens' messages, from 1 January up to now, before the web server opens, so that nobody works
 * in it while its clock is moved. The Camunda starter starts the job executor only when the
 * application is ready, after this; should it run already, it is held for the fill.
 */
@Component
@ConditionalOnProperty(name = "medvirk.demo-year.enabled", havingValue = "true")
class DemoYearAtStart implements SmartLifecycle {

    /** About 2,500 messages from 1 January to late November, as in Larvik (M12, docs/requirements.md). */
    static final int MESSAGES_A_YEAR = 2800;
    static final long SEED = 2026_01_01L;

    private static final Logger log = LoggerFactory.getLogger(DemoYearAtStart.class);

    private final DemoYear demoYear;
    private final Messages messages;
    private final Organisation organisation;
    private final ProcessEngine engine;
    private final Clock clock;
    private volatile boolean running;

    DemoYearAtStart(DemoYear demoYear, Messages messages, Organisation organisation, ProcessEngine engine,
                    Clock clock) {
        this.demoYear = demoYear;
        this.messages = messages;
        this.organisation = organisation;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        long existing = messages.count();
        if (existing > 0) {
            log.info("Demo year: the database holds {} messages already; nothing added", existing);
            return;
        }
        if (!organisation.demo()) {
            log.warn("Demo year: only the demo organisation gets made-up messages (demo: true); nothing added");
            return;
        }
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean held = jobExecutor != null && jobExecutor.isActive();
        if (held) {
            jobExecutor.shutdown();
        }
        Instant now = clock.instant();
        LocalDate from = now.atZone(clock.getZone()).toLocalDate().withDayOfYear(1);
        long days = ChronoUnit.DAYS.between(from, now.atZone(clock.getZone()).toLocalDate()) + 1;
        int volume = (int) Math.round(MESSAGES_A_YEAR * days / 365.0);
        try {
            demoYear.drive(from, now, volume, SEED);
        } catch (RuntimeException e) {
            log.error("Demo year: stopped by an error; the database keeps the days filled before it. Delete the "
                    + "database (./data) and start again to fill it anew.", e);
        } finally {
            ClockUtil.reset();
            if (held) {
                jobExecutor.start();
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (Spring Boot's web server lifecycle starts at DEFAULT_PHASE - 2048). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
