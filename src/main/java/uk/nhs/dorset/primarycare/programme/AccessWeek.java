package uk.nhs.dorset.primarycare.programme;

import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.practice.Cluster;

/** Clinical hours of improved access one cluster delivered in one week (Sunday to Saturday). */
@Entity
@Table(name = "access_week")
@Audited
public class AccessWeek extends AbstractEntity {

    /** No cluster could deliver more than every hour of the week many times over. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(5000);

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "cluster", length = Cluster.MAX_LENGTH, nullable = false)
    private Cluster cluster;

    @Column(name = "hours_delivered", precision = 8, scale = 2, nullable = false)
    @AuditLabel(value = "Hours delivered", number = true)
    private BigDecimal hoursDelivered;

    @Column(name = "recorded_by", length = 100, nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AccessWeek() {
        this.weekStart = LocalDate.EPOCH;
        this.cluster = new Cluster("-");
        this.hoursDelivered = BigDecimal.ZERO;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    public AccessWeek(LocalDate weekStart, Cluster cluster, BigDecimal hours, String by, Instant at) {
        this();
        this.weekStart = checkWeekStart(weekStart);
        this.cluster = cluster;
        record(hours, by, at);
    }

    public void record(BigDecimal hours, String by, Instant at) {
        this.hoursDelivered = checkHours(hours);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Weeks run Sunday to Saturday, as in the published "25 - 31 March 2018". */
    public static LocalDate checkWeekStart(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("A week starts on a Sunday");
        }
        return weekStart;
    }

    public static BigDecimal checkHours(BigDecimal hours) {
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("Hours delivered cannot be negative");
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw new IllegalArgumentException("Hours delivered look too high: at most 5,000 a week");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Give hours to at most two decimal places");
        }
        return hours;
    }

    public LocalDate getWeekStart() { return weekStart; }
    public Cluster getCluster() { return cluster; }
    public BigDecimal getHoursDelivered() { return hoursDelivered; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }

    @Override
    public String kind() {
        return "Improved access week";
    }

    @Override
    public String link() {
        return "programme/access";
    }
}
