package uk.nhs.dorset.primarycare.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test's JVM on a free port, and a sender pointed at it. It listens only
 * once started, so a test can first see the application's mail refused.
 */
public final class MailServer implements AutoCloseable {

    private final int port;
    private final GreenMail smtp;

    private MailServer(int port) {
        this.port = port;
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Not yet listening: call {@link #start()}. */
    public static MailServer onAFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new MailServer(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MailServer start() {
        smtp.start();
        return this;
    }

    /** What the application's mail is sent through in the test. */
    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    public List<String> bodies() {
        return Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody).toList();
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
