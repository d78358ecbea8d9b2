package uk.nhs.dorset.primarycare.bench;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;

/**
 * Retained heap per signed-in user: N new Vaadin sessions, each with a UI showing the view and its
 * grids' first page, kept alive; the live bytes after a full GC (the JVM's class histogram),
 * less those before, divided by N.
 * The sessions are the servlet's own kind, so what a session costs (not only the UI) is counted.
 *
 * <p>The first N sessions also fill what is built once and shared (Hibernate's and the driver's
 * statement caches, Vaadin's per-class metadata), so their average falls as N grows. N more are then
 * opened: the heap they add, divided by N, is what each further user costs, whatever N is.
 */
final class HeapPerUi {

    private final NationalBench bench;

    HeapPerUi(NationalBench bench) {
        this.bench = bench;
    }

    List<String> measure(List<String> routes, int n) {
        List<String> lines = new ArrayList<>();
        lines.add("| view | sessions | average of the first N | each further UI (N more) |");
        lines.add("|---|---|---|---|");
        for (String route : routes) {
            try {
                Figure f = perUi(route, n);
                lines.add(String.format(Locale.UK, "| /%s | %d + %d | %,d KB | **%,d KB** |", route, n, n,
                        f.average() / 1024, f.further() / 1024));
            } catch (RuntimeException | Error e) {
                lines.add("| /" + route + " | " + n + " | not measured: " + e + " | |");
            }
            System.out.println(lines.getLast());
        }
        return lines;
    }

    /** Bytes per UI: averaged over the first N sessions, and added by each of N more. */
    private record Figure(long average, long further) {
    }

    private Figure perUi(String route, int n) {
        UI original = UI.getCurrent();
        VaadinSession originalSession = VaadinSession.getCurrent();
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        UIFactory factory = UI::new;
        List<Object> kept = new ArrayList<>();
        try {
            // One session first, not counted: what the first view of a kind builds once for all (caches, templates).
            open(service, factory, route, kept);
            kept.clear();
            Histogram before = Histogram.take();
            for (int i = 0; i < n; i++) {
                open(service, factory, route, kept);
            }
            Histogram afterN = Histogram.take();
            for (int i = 0; i < n; i++) {
                open(service, factory, route, kept);
            }
            Histogram after2N = Histogram.take();
            printLargestGrowth(route + ", the first " + n, before, afterN, n);
            printLargestGrowth(route + ", " + n + " more", afterN, after2N, n);
            return new Figure((afterN.live() - before.live()) / n, (after2N.live() - afterN.live()) / n);
        } finally {
            kept.clear();
            VaadinSession.setCurrent(originalSession);
            UI.setCurrent(original);
        }
    }

    private void open(VaadinServletService service, UIFactory factory, String route, List<Object> kept) {
        SessionObjects session = MockVaadin.createSessionObjects(service);
        MockVaadin.createUI(factory, session.getSession());
        UI ui = UI.getCurrent();
        // A route may carry its query, as "workforce?tab=localities" for a section of a page.
        int query = route.indexOf('?');
        ui.navigate(query < 0 ? route : route.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(route.substring(query + 1)));
        bench.request(0);
        // The response written, as the server writes one after every request: what it carried
        // (the rows' JSON, the changes to the page) is then let go of, as it is in a browser's session.
        new UidlWriter().createUidl(ui, false);
        kept.add(session);
        kept.add(ui);
    }

    /**
     * The JVM's class histogram after a full collection, as {@code jcmd GC.class_histogram} prints it,
     * kept in a file: held in memory, each histogram would itself be counted in the next one.
     */
    private record Histogram(long live, Path file) {

        static Histogram take() {
            try {
                String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()});
                Path file = Files.createTempFile("heap-per-ui", ".txt");
                file.toFile().deleteOnExit();
                Files.writeString(file, text);
                // Live bytes less the fillers the collector puts in the unused ends of its buffers.
                long live = bytesPerClass(text).entrySet().stream()
                        .filter(e -> !e.getKey().contains("FillerElement") && !e.getKey().contains("FillerArray"))
                        .mapToLong(Map.Entry::getValue).sum();
                return new Histogram(live, file);
            } catch (javax.management.JMException e) {
                throw new IllegalStateException("This JVM gives no class histogram, so no heap figure: " + e, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Long> bytesPerClass() {
            try {
                return bytesPerClass(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<String, Long> bytesPerClass(String text) {
            Map<String, Long> bytes = new HashMap<>();
            for (String line : text.lines().toList()) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.put(f[3], Long.parseLong(f[2]));
                }
            }
            return bytes;
        }
    }

    /** What the retained heap is made of: the classes that grew most, per UI, so a figure over budget says where to look. */
    private static void printLargestGrowth(String sessions, Histogram from, Histogram to, int n) {
        System.out.println("Largest growth per UI on /" + sessions + " sessions:");
        Map<String, Long> before = from.bytesPerClass();
        to.bytesPerClass().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / n))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf(Locale.UK, "  %,10d B  %s%n", e.getValue(), e.getKey()));
    }
}
