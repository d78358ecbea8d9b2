package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** A bid read by someone who may not edit it: figures in en-GB, and a tab title that names it. */
class ReadableRecordsViewIT extends ViewTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantBid aDraftCosting(String total) {
        signIn("team");
        long programme = programmes.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19"))
                .findFirst().orElseThrow().getId();
        BidForm form = new BidForm();
        form.setTitle("Read-only figures " + System.nanoTime());
        form.setTotalCost(new BigDecimal(total));
        return grants.create("J81002", programme, form);
    }

    @Test
    void aReadOnlyCostIsWrittenAsPoundsWithThousandsSeparators() {
        GrantBid bid = aDraftCosting("35834.00");
        signIn("manager");
        navigate("grants/" + bid.getId(), GrantBidView.class);
        assertThat(find(BigDecimalField.class).withCaption("Total cost (£)").all()).as("the raw number field is not on show").isEmpty();
        TextField shown = find(TextField.class).withCaption("Total cost (£)").single();
        assertThat(shown.getValue()).isEqualTo("£35,834");
        assertThat(shown.isReadOnly()).isTrue();
    }

    @Test
    void anEditableCostReadsAsTypedWithoutTheDatabasesTrailingZeros() {
        GrantBid bid = aDraftCosting("63334.00");
        navigate("grants/" + bid.getId(), GrantBidView.class);
        BigDecimalField total = find(BigDecimalField.class).withCaption("Total cost (£)").single();
        assertThat(total.isReadOnly()).isFalse();
        assertThat(total.getElement().getProperty("value")).isEqualTo("63334");
        total.setValue(new BigDecimal("1500.5"));
        assertThat(total.getElement().getProperty("value")).isEqualTo("1500.50");
    }

    @Test
    void theTabTitleNamesThePracticeTheKindOfRecordAndTheApp() {
        GrantBid bid = aDraftCosting("1000");
        navigate("grants/" + bid.getId(), GrantBidView.class);
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("J81002 " + bid.getPractice().getName() + " — Grant bid — Primary Care Hub");
    }

    @Test
    void everyRouteTitleEndsWithTheAppName() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).hasSizeGreaterThan(15).allSatisfy(route -> {
            Class<?> target = route.getNavigationTarget();
            PageTitle title = target.getAnnotation(PageTitle.class);
            assertThat(title != null || HasDynamicTitle.class.isAssignableFrom(target)).as(target.getSimpleName()).isTrue();
            if (title != null) {
                assertThat(title.value()).as(target.getSimpleName()).endsWith(" — Primary Care Hub");
            }
        });
    }
}
