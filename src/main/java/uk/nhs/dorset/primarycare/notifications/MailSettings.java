package uk.nhs.dorset.primarycare.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail server and how the outbox uses it. With no host the sender is off and mails wait in
 * the outbox until one is set.
 *
 * @param baseUrl   the address users open the hub at, for the links in mails
 * @param maxBackOff the longest wait between two attempts at one mail
 * @param claim     how long a node may take to send a mail it claimed before another node may try
 */
@ConfigurationProperties("hub.mail")
record MailSettings(String host, int port, String username, String password, String from, String baseUrl,
                    Duration maxBackOff, Duration claim) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    /** The absolute address of a route such as "grants/12". */
    String linkTo(String route) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + route;
    }
}
