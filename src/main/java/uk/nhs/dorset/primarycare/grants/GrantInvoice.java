package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** A contractor's invoice for a bid's works: paid invoices are the evidence that releases the grant. */
@Entity
@Table(name = "grant_invoice")
public class GrantInvoice extends AbstractEntity {

    public static final int NUMBER_MAX = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bid_id", nullable = false)
    private GrantBid bid;

    @Column(name = "invoice_number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_date")
    private @Nullable LocalDate paidDate;

    protected GrantInvoice() {
        this.bid = null;
        this.number = "";
        this.invoiceDate = LocalDate.EPOCH;
        this.amount = BigDecimal.ZERO;
    }

    GrantInvoice(GrantBid bid, String number, @Nullable LocalDate invoiceDate, @Nullable BigDecimal amount,
                 @Nullable LocalDate paidDate) {
        String n = number.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Give the invoice number");
        }
        if (n.length() > NUMBER_MAX) {
            throw new IllegalArgumentException("An invoice number is at most " + NUMBER_MAX + " characters");
        }
        if (invoiceDate == null) {
            throw new IllegalArgumentException("Give the invoice date");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("An invoice amount must be more than £0");
        }
        if (amount.compareTo(BidForm.MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("An invoice over £10,000,000 is not plausible; check the figure");
        }
        if (paidDate != null && paidDate.isBefore(invoiceDate)) {
            throw new IllegalArgumentException("An invoice cannot be paid before its date");
        }
        this.bid = bid;
        this.number = n;
        this.invoiceDate = invoiceDate;
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        this.paidDate = paidDate;
    }

    public String getNumber() { return number; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public BigDecimal getAmount() { return amount; }
    public @Nullable LocalDate getPaidDate() { return paidDate; }
}
