package uk.nhs.dorset.primarycare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SecondNode;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Two nodes sending the digest at the same moment: the digest user still gets one mail. */
@IntegrationTest
class DigestOnTwoNodesIT {

    private static final String MANAGER = "manager@primary-care-hub.example";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient db;
    @Autowired
    DailyDigest digest;
    @Autowired
    Preferences preferences;
    @Autowired
    ApplicationClock clock;

    @AfterEach
    void signOut() {
        preferences.set("manager", NotificationKind.WAITING, Delivery.IMMEDIATELY);
        SignIn.out();
    }

    @Test
    void twoNodesSendingTheDigestAtOnceSendOneMail() throws Exception {
        preferences.set("manager", NotificationKind.WAITING, Delivery.DIGEST);
        DailyDigest second = SecondNode.context().getBean(DailyDigest.class);
        digest.send(clock.instant());     // what earlier tests left for earlier digests
        new PracticeBids(context).underReview();
        long before = digests();

        Instant morning = clock.instant().plus(Duration.ofMinutes(1));
        List<Integer> queued = SecondNode.race(() -> digest.send(morning), () -> second.send(morning));

        assertThat(digests()).as("one digest between the two nodes").isEqualTo(before + 1);
        assertThat(queued.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
    }

    private long digests() {
        return db.sql("select count(*) from email_outbox where recipient_address = :address and subject like 'Your Primary Care Hub digest%'")
                .param("address", MANAGER).query(Long.class).single();
    }
}
