package uk.nhs.dorset.primarycare.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.nhs.dorset.primarycare.base.ui.BoundedUpload;

/**
 * An upload sent as an attacker would: straight to an upload address in the signed-in user's
 * session, with no browser in the way, as many bytes as wanted, and a measure of what the
 * server held while it came in.
 */
public final class RawUpload {

    /**
     * What became of a raw upload: the status and what the server answered (0 and "" when it
     * closed the connection instead), the bytes it took and how much the server's long-lived
     * heap grew while it came in.
     */
    public record Result(int status, String answer, long bytesSent, long oldGenerationGrowthBytes) {
    }

    private RawUpload() {
    }

    /**
     * Posts {@code bytes} zero bytes to {@code url} in the context's session, announcing the
     * size when {@code announce} is set and streaming it in chunks otherwise.
     */
    public static Result post(BrowserContext session, String url, String fileName, long bytes, boolean announce) {
        String cookies = session.cookies().stream().map((Cookie c) -> c.name + "=" + c.value).collect(Collectors.joining("; "));
        AtomicLong sent = new AtomicLong();
        HttpRequest.BodyPublisher body = announce
                ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(bytes, sent)), bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> zeros(bytes, sent));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies)
                .header("Content-Type", "application/pdf")
                .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .POST(body)
                .build();
        MemoryPoolMXBean oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .findFirst().orElseThrow();
        long before = oldGeneration.getUsage().getUsed();
        oldGeneration.resetPeakUsage();
        int status;
        String answer;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
        } catch (IOException closed) {
            // The server stopped reading and closed the connection: the refusal an attacker gets.
            status = 0;
            answer = "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long growth = Math.max(0, oldGeneration.getPeakUsage().getUsed() - before);
        return new Result(status, answer, sent.get(), growth);
    }

    /** How many uploads wait in temporary files on the server's disk. */
    public static long uploadsOnDisk() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith(BoundedUpload.TEMP_PREFIX)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream zeros(long bytes, AtomicLong sent) {
        return new InputStream() {
            @Override
            public int read() {
                if (sent.get() >= bytes) {
                    return -1;
                }
                sent.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = bytes - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                sent.addAndGet(n);
                return n;
            }
        };
    }
}
