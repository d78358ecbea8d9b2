package uk.nhs.dorset.primarycare.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OneToMany;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Labelled;

/** How the generic field audit names and shows what changed. */
class FieldHistoryTest {

    enum Kind implements Labelled {
        NEW_BUILD;

        @Override
        public String label() {
            return "New build";
        }
    }

    @SuppressWarnings("unused")
    static class Sample extends AbstractEntity {
        static final int IGNORED_CONSTANT = 1;
        private BigDecimal capitalValue = BigDecimal.ONE;
        @AuditLabel(value = "Grant rate", percent = true)
        private BigDecimal rate = BigDecimal.ONE;
        @AuditLabel("Scheme title")
        private String title = "";
        private LocalDate plannedStart = LocalDate.EPOCH;
        private Kind kind = Kind.NEW_BUILD;
        private boolean legalSupport;
        @NotAudited
        private String history = "";
        @OneToMany
        private List<String> children = List.of();
    }

    private static Field field(String name) throws NoSuchFieldException {
        return Sample.class.getDeclaredField(name);
    }

    @Test
    void readsTheSingleValuedAuditedFieldsOnly() {
        assertThat(FieldHistory.auditedFields(Sample.class)).extracting(Field::getName)
                .containsExactly("capitalValue", "rate", "title", "plannedStart", "kind", "legalSupport");
    }

    @Test
    void namesFieldsAsSentencesUnlessLabelled() throws Exception {
        assertThat(FieldHistory.label(field("capitalValue"))).isEqualTo("Capital value");
        assertThat(FieldHistory.label(field("plannedStart"))).isEqualTo("Planned start");
        assertThat(FieldHistory.label(field("title"))).isEqualTo("Scheme title");
    }

    @Test
    void showsValuesAsUsersReadThem() throws Exception {
        assertThat(FieldHistory.text(field("capitalValue"), new BigDecimal("4200000.00"))).isEqualTo("£4,200,000");
        assertThat(FieldHistory.text(field("rate"), new BigDecimal("66.00"))).isEqualTo("66%");
        assertThat(FieldHistory.text(field("plannedStart"), LocalDate.of(2018, 10, 17))).isEqualTo("17/10/2018");
        assertThat(FieldHistory.text(field("kind"), Kind.NEW_BUILD)).isEqualTo("New build");
        assertThat(FieldHistory.text(field("legalSupport"), true)).isEqualTo("Yes");
        assertThat(FieldHistory.text(field("title"), null)).isEmpty();
    }
}
