package uk.nhs.dorset.primarycare.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so deadline rules can be tested at any date. */
@Configuration
class TimeConfig {

    @Bean
    ApplicationClock clock() {
        return new ApplicationClock(Clock.system(Formats.ZONE));
    }
}
