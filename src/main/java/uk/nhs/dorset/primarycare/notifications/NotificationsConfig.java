package uk.nhs.dorset.primarycare.notifications;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The mail server, when one is set, and the background jobs that send mail and digests. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfig {

    @Bean
    @ConditionalOnExpression("!'${hub.mail.host:}'.isBlank()")
    JavaMailSender mailSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        if (!settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(!settings.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", "true");
        // A mail server that does not answer must not hold the sender for minutes.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
