package uk.nhs.dorset.primarycare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dorset.primarycare.testing.MailServer;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** The outbox on MariaDB: written with the move or not at all, sent once through a real SMTP server, digests. */
@IntegrationTest
class NotificationsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient db;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EmailOutbox outbox;
    @Autowired
    DailyDigest digest;
    @Autowired
    Preferences preferences;
    @Autowired
    ApplicationClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long outboxRows(String address) {
        return db.sql("select count(*) from email_outbox where recipient_address = :address")
                .param("address", address).query(Long.class).single();
    }

    @Test
    void aMoveThatRollsBackWritesNoOutboxRow() {
        PracticeBids bids = new PracticeBids(context);
        GrantBid bid = bids.underReview();
        long before = outboxRows(PracticeBids.PRACTICE_MAIL);

        long during = transaction.execute(status -> {
            bids.approve(bid);
            long written = outboxRows(PracticeBids.PRACTICE_MAIL);
            status.setRollbackOnly();
            return written;
        });

        assertThat(during).as("the approval's mail is written in the move's transaction").isEqualTo(before + 1);
        assertThat(outboxRows(PracticeBids.PRACTICE_MAIL)).as("and goes with it").isEqualTo(before);
        assertThat(db.sql("select count(*) from notification where link = :link and text like '%is now approved%'")
                .param("link", bid.link()).query(Long.class).single()).isZero();
    }

    @Test
    void anSmtpServerThatRefusesThenAcceptsGetsTheMailExactlyOnce() throws Exception {
        String address = "refused-then-accepted@primary-care-hub.example";
        transaction.executeWithoutResult(status ->
                outbox.enqueue(address, "A test mail", "Open it: http://localhost/grants/1", null, clock.instant()));
        Instant now = clock.instant();
        try (MailServer smtp = MailServer.onAFreePort()) {
            JavaMailSenderImpl sender = smtp.sender();
            outbox.sendDue(sender, now);    // nothing listens on the port yet: refused
            assertThat(attempts(address)).isEqualTo(1);
            assertThat(lastError(address)).isNotBlank();

            smtp.start();
            outbox.sendDue(sender, now.plusSeconds(30));
            assertThat(smtp.to(address)).as("not due again for a minute").isEmpty();

            outbox.sendDue(sender, now.plus(Duration.ofMinutes(2)));
            outbox.sendDue(sender, now.plus(Duration.ofHours(1)));
            outbox.sendDue(sender, now.plus(Duration.ofDays(1)));

            assertThat(smtp.to(address)).hasSize(1);
            assertThat(attempts(address)).isEqualTo(2);
        }
    }

    @Test
    void aDigestUserGetsOneMailADayWithAllItems() {
        String manager = "manager@primary-care-hub.example";
        preferences.set("manager", NotificationKind.WAITING, Delivery.DIGEST);
        try {
            digest.send(clock.instant());     // what earlier tests left for earlier digests
            PracticeBids bids = new PracticeBids(context);
            long before = outboxRows(manager);
            GrantBid first = bids.underReview();
            GrantBid second = bids.underReview();
            assertThat(outboxRows(manager)).as("no mail at once for a digest user").isEqualTo(before);

            Instant morning = clock.instant().plus(Duration.ofMinutes(1));
            digest.send(morning);
            digest.send(morning.plus(Duration.ofMinutes(5)));

            assertThat(outboxRows(manager)).as("one digest").isEqualTo(before + 1);
            String body = db.sql("select body from email_outbox where recipient_address = :address order by id desc limit 1")
                    .param("address", manager).query(String.class).single();
            assertThat(body).contains("/" + first.link(), "/" + second.link(), first.label());
        } finally {
            preferences.set("manager", NotificationKind.WAITING, Delivery.IMMEDIATELY);
            SignIn.out();
        }
    }

    @Test
    void aMoveWithoutNotifyingTellsNobodyAndItsHistorySaysWhy() {
        PracticeBids bids = new PracticeBids(context);
        GrantBid bid = bids.underReview();
        long notifications = db.sql("select count(*) from notification").query(Long.class).single();
        long mails = db.sql("select count(*) from email_outbox").query(Long.class).single();

        GrantBid approved = bids.approveWithoutNotifying(bid, "Corrected: the panel approved it on 02/10");

        assertThat(approved.getStatus().name()).isEqualTo("APPROVED");
        assertThat(approved.lastChange().isNotified()).isFalse();
        assertThat(db.sql("select count(*) from notification").query(Long.class).single()).isEqualTo(notifications);
        assertThat(db.sql("select count(*) from email_outbox").query(Long.class).single()).isEqualTo(mails);
    }

    private int attempts(String address) {
        return db.sql("select attempts from email_outbox where recipient_address = :address")
                .param("address", address).query(Integer.class).single();
    }

    private String lastError(String address) {
        return db.sql("select last_error from email_outbox where recipient_address = :address")
                .param("address", address).query(String.class).single();
    }
}
