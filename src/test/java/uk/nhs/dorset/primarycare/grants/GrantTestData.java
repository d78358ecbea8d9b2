package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import uk.nhs.dorset.primarycare.base.FinancialYear;

/** Records the integration tests create for themselves, with years no demo programme uses. */
final class GrantTestData {

    private static final AtomicInteger NEXT = new AtomicInteger(0);

    static final byte[] PDF = "%PDF-1.4\n%test quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private GrantTestData() {
    }

    /** A financial year no other programme has, for a programme of one test's own. */
    static String freeYear(GrantProgrammeService service) {
        while (true) {
            int year = 2040 + NEXT.getAndIncrement();
            boolean taken = service.programmes().stream().anyMatch(p -> p.getFinancialYear().startYear() == year);
            if (!taken) {
                return new FinancialYear(year).toString();
            }
        }
    }

    static BidForm form(String title, String grant) {
        BidForm form = BidFixtures.completeForm();
        form.setTitle(title);
        form.setTotalCost(new BigDecimal("200000"));
        form.setEligibleCost(new BigDecimal("150000"));
        form.setRequestedOverride(new BigDecimal(grant));
        form.setOverrideReason("Capped by the panel");
        return form;
    }
}
