package uk.nhs.dorset.primarycare.base;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NHS financial year, 1 April to 31 March, written 2017/18. Stored as its starting year.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d{2})");

    public FinancialYear {
        if (startYear < 1990 || startYear > 2100) {
            throw new IllegalArgumentException("Financial year must start between 1990 and 2100");
        }
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses "2017/18"; the second part must be the year after the first. */
    public static FinancialYear parse(String written) {
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Write a financial year as 2017/18");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException(written + " is not a financial year: the second year must follow the first");
        }
        return new FinancialYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
