package no.medvirk.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Every Medvirk class takes the time from this clock, never from the system's. */
    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
