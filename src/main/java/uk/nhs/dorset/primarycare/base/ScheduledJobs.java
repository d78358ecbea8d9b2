package uk.nhs.dorset.primarycare.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once across several application nodes (the daily digest, the
 * daily reminders) take a named lock row in the {@code shedlock} table first; a node that finds
 * it taken skips that run. Lock times are the database's, so nodes whose clocks differ agree.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledJobs {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
