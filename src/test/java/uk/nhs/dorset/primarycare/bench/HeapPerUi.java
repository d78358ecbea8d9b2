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
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;

/**
 * Retained heap per signed-in user: N new Vaadin sessions, each with a UI showing the view and its
 * grids' first page, kept alive; the heap after a full GC, less the heap before, divided by N.
 * The sessions are the servlet's own kind, so what a session costs (not only the UI) is counted.
 */
final class HeapPerUi {

    private final NationalBench bench;

    HeapPerUi(NationalBench bench) {
        this.bench = bench;
    }

    List<String> measure(List<String> routes, int n) {
        List<String> lines = new ArrayList<>();
        lines.add("| view | sessions | retained heap per signed-in UI |");
        lines.add("|---|---|---|");
        for (String route : routes) {
            try {
                lines.add(String.format(Locale.UK, "| /%s | %d | %,d KB |", route, n, perUi(route, n) / 1024));
            } catch (RuntimeException | Error e) {
                lines.add("| /" + route + " | " + n + " | not measured: " + e + " |");
            }
            System.out.println(lines.getLast());
        }
        return lines;
    }

    private long perUi(String route, int n) {
        UI original = UI.getCurrent();
        VaadinSession originalSession = VaadinSession.getCurrent();
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        UIFactory factory = UI::new;
        List<Object> kept = new ArrayList<>();
        try {
            // One session first, not counted: what the first view of a kind builds once for all (caches, templates).
            open(service, factory, route, kept);
            kept.clear();
            long before = usedAfterGc();
            Map<String, Long> classesBefore = histogram();
            for (int i = 0; i < n; i++) {
                open(service, factory, route, kept);
            }
            long after = usedAfterGc();
            printLargestGrowth(route, classesBefore, histogram(), n);
            return (after - before) / n;
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
        ui.navigate(route, QueryParameters.empty());
        bench.request(0);
        // The response written, as the server writes one after every request: what it carried
        // (the rows' JSON, the changes to the page) is then let go of, as it is in a browser's session.
        new UidlWriter().createUidl(ui, false);
        kept.add(session);
        kept.add(ui);
    }

    /** Collects until the heap in use stops falling (a collection frees no more than 1 MB), at most ten times. */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used - now < 1024 * 1024) {
                return Math.min(used, now);
            }
            used = now;
        }
        return used;
    }

    /** Bytes per class on the heap after a full collection, as {@code jcmd GC.class_histogram} prints them. */
    private static Map<String, Long> histogram() {
        Map<String, Long> bytes = new HashMap<>();
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            for (String line : text.lines().toList()) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.put(f[3], Long.parseLong(f[2]));
                }
            }
        } catch (Exception e) {
            System.out.println("No class histogram: " + e);
        }
        return bytes;
    }

    /** What the retained heap is made of: the classes that grew most, per UI, so a figure over budget says where to look. */
    private static void printLargestGrowth(String route, Map<String, Long> before, Map<String, Long> after, int n) {
        System.out.println("Largest growth per UI on /" + route + ":");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / n))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf(Locale.UK, "  %,10d B  %s%n", e.getValue(), e.getKey()));
    }
}
