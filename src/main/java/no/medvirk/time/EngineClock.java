package no.medvirk.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}, so that Medvirk's records and the engine's timers agree on
 * the time, also when a test moves the engine clock. Medvirk's time zone is Europe/Oslo.
 */
public final class EngineClock extends Clock {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Override
    public ZoneId getZone() {
        return OSLO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }
}
