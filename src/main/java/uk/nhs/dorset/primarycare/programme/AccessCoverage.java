package uk.nhs.dorset.primarycare.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;

/**
 * Improved access to general practice: full coverage is 45 minutes of clinical time per 1,000
 * population per week (the national rule; an organisation may set another with
 * {@code hub.access.minutes-per-thousand}). Coverage is what was delivered as a share of that requirement. The
 * national trajectory asked for 50% by April 2018 and, after the planning guidance, 100% by
 * October 2018.
 */
public final class AccessCoverage {

    public static final BigDecimal MINUTES_PER_THOUSAND = BigDecimal.valueOf(45);
    public static final LocalDate HALF_BY = LocalDate.of(2018, Month.APRIL, 1);
    public static final LocalDate FULL_BY = LocalDate.of(2018, Month.OCTOBER, 1);

    private AccessCoverage() {
    }

    /** Hours a week that make 100% coverage for this population. */
    public static BigDecimal requiredHours(long population) {
        return requiredHours(population, MINUTES_PER_THOUSAND);
    }

    /** Hours a week that make 100% coverage for this population, at this many minutes per 1,000. */
    public static BigDecimal requiredHours(long population, BigDecimal minutesPerThousand) {
        if (population < 0) {
            throw new IllegalArgumentException("Population cannot be negative");
        }
        return BigDecimal.valueOf(population).multiply(minutesPerThousand)
                .divide(BigDecimal.valueOf(1000L * 60), 2, RoundingMode.HALF_UP);
    }

    /** Delivered hours as a fraction of the requirement (0.66 for 66%). */
    public static BigDecimal coverage(BigDecimal hoursDelivered, long population) {
        return coverage(hoursDelivered, population, MINUTES_PER_THOUSAND);
    }

    /** Delivered hours as a fraction of the requirement at this many minutes per 1,000. */
    public static BigDecimal coverage(BigDecimal hoursDelivered, long population, BigDecimal minutesPerThousand) {
        if (minutesPerThousand.signum() <= 0) {
            throw new IllegalArgumentException("The access rule needs a number of minutes per 1,000 population above 0");
        }
        if (hoursDelivered.signum() < 0) {
            throw new IllegalArgumentException("Hours delivered cannot be negative");
        }
        if (population <= 0) {
            throw new IllegalArgumentException("Coverage needs a population");
        }
        // Exact: hours * 60 * 1000 / (population * 45), so rounding the requirement first cannot skew it.
        return hoursDelivered.multiply(BigDecimal.valueOf(60_000))
                .divide(BigDecimal.valueOf(population).multiply(minutesPerThousand), 4, RoundingMode.HALF_UP);
    }

    /**
     * The coverage the trajectory expects in the week starting on {@code weekStart}: none before
     * the programme began in October 2017, rising in a straight line to 50% in April 2018 and to
     * 100% in October 2018, and 100% from then on.
     */
    public static BigDecimal trajectory(LocalDate weekStart) {
        LocalDate start = LocalDate.of(2017, Month.OCTOBER, 1);
        if (!weekStart.isAfter(start)) {
            return BigDecimal.ZERO.setScale(4);
        }
        if (weekStart.isBefore(HALF_BY)) {
            return fraction(start, weekStart, HALF_BY).multiply(BigDecimal.valueOf(0.5)).setScale(4, RoundingMode.HALF_UP);
        }
        if (weekStart.isBefore(FULL_BY)) {
            return BigDecimal.valueOf(0.5).add(fraction(HALF_BY, weekStart, FULL_BY).multiply(BigDecimal.valueOf(0.5)))
                    .setScale(4, RoundingMode.HALF_UP);
        }
        return BigDecimal.ONE.setScale(4);
    }

    private static BigDecimal fraction(LocalDate from, LocalDate at, LocalDate to) {
        long done = from.until(at, java.time.temporal.ChronoUnit.DAYS);
        long all = from.until(to, java.time.temporal.ChronoUnit.DAYS);
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_UP);
    }
}
