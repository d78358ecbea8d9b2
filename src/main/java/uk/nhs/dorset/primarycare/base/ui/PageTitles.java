package uk.nhs.dorset.primarycare.base.ui;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Browser tab titles: the record first, then what kind of page, then the application, so a row
 * of tabs reads "J81002 Orchid House — Grant bid — Primary Care Hub".
 */
public final class PageTitles {

    public static final String APP = "Primary Care Hub";
    public static final String SEPARATOR = " — ";

    private PageTitles() {
    }

    public static String of(String... parts) {
        return Stream.concat(Arrays.stream(parts).filter(p -> p != null && !p.isBlank()), Stream.of(APP))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The bar at the top of the page names only the kind of page: "Grant bid", not the record and the app. */
    public static String header(String title) {
        String[] parts = title.split(SEPARATOR);
        int last = parts.length - 1;
        if (last > 0 && parts[last].equals(APP)) {
            last--;
        }
        return parts[last];
    }
}
