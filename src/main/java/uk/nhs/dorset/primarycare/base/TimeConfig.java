package uk.nhs.dorset.primarycare.base;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so deadline rules can be tested at any date. The demo
 * (and only the demo: production never loads demo data) reads as of {@code hub.demo.as-of}, the
 * programme review of 17 October 2018 unless set otherwise; blank gives the real clock.
 */
@Configuration
class TimeConfig {

    @Bean
    ApplicationClock clock(@Value("${hub.demo-data:false}") boolean demo, @Value("${hub.demo.as-of:}") String asOf) {
        Clock system = Clock.system(Formats.ZONE);
        if (demo && !asOf.isBlank()) {
            return ApplicationClock.demoAsOf(system, LocalDate.parse(asOf.strip()));
        }
        return new ApplicationClock(system);
    }
}
