package uk.nhs.dorset.primarycare.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;

/** Sends the outbox in the background; off, leaving mails to wait, while no mail server is set. */
@Component
class OutboxSender {

    private final EmailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationClock clock;

    OutboxSender(EmailOutbox outbox, ObjectProvider<JavaMailSender> mail, ApplicationClock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.mail.send-every:30s}", initialDelayString = "${hub.mail.send-every:30s}")
    void sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            outbox.sendDue(sender, clock.instant());
        }
    }
}
