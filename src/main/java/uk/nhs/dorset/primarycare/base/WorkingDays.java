package uk.nhs.dorset.primarycare.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Monday to Friday, less the bank holidays of England and Wales as GOV.UK publishes them
 * (shipped as {@code reference/bank-holidays-england-and-wales.csv}, 2016 to 2030).
 *
 * <p>What "N days before" a date means wherever the hub reminds people: the N-th working day
 * counted back from the day before that date, so "7 days before 31/03/2024" (a Sunday, with
 * Good Friday on 29/03) is Wednesday 20/03/2024. "N days after" counts forward the same way
 * from the day after, and "for N days" is N working days after the day something last
 * happened. The date itself never counts, working day or not. Outside the years the list
 * covers only weekends are skipped: the list needs its next years added before then.
 */
public final class WorkingDays {

    private static final String ENGLAND_AND_WALES = "/reference/bank-holidays-england-and-wales.csv";
    private static volatile WorkingDays englandAndWales;

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /** The bank holidays of England and Wales, read once from the shipped list. */
    public static WorkingDays englandAndWales() {
        WorkingDays loaded = englandAndWales;
        if (loaded == null) {
            synchronized (WorkingDays.class) {
                loaded = englandAndWales;
                if (loaded == null) {
                    loaded = new WorkingDays(read(ENGLAND_AND_WALES));
                    englandAndWales = loaded;
                }
            }
        }
        return loaded;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The working day {@code n} working days before {@code date} (n at least 1). */
    public LocalDate before(LocalDate date, int n) {
        return step(date, n, -1);
    }

    /** The working day {@code n} working days after {@code date} (n at least 1). */
    public LocalDate after(LocalDate date, int n) {
        return step(date, n, 1);
    }

    private LocalDate step(LocalDate date, int n, int direction) {
        if (n < 1) {
            throw new IllegalArgumentException("Count at least one working day, not " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The holidays the list holds in that year, in date order. */
    public Set<LocalDate> holidaysIn(int year) {
        Set<LocalDate> inYear = new TreeSet<>();
        holidays.stream().filter(d -> d.getYear() == year).forEach(inYear::add);
        return inYear;
    }

    private static Set<LocalDate> read(String resource) {
        Set<LocalDate> days = new TreeSet<>();
        try (InputStream in = Objects.requireNonNull(WorkingDays.class.getResourceAsStream(resource), resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = lines.readLine(); // the header: date,title
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    days.add(LocalDate.parse(line.substring(0, line.indexOf(',')).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return days;
    }
}
