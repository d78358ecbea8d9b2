package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.ui.BulkResultDialog;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.grants.AttachmentKind;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantRules;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.ProgrammeForm;
import uk.nhs.dorset.primarycare.grants.SchemeType;
import uk.nhs.dorset.primarycare.grants.Tenure;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Selecting rows of the grants grid and moving them all with one confirmation, without a browser. */
class GrantsBulkViewIT extends ViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantProgramme ownProgramme() {
        signIn("manager");
        int year = 2090;
        while (true) {
            int y = year++;
            if (programmes.programmes().stream().noneMatch(p -> p.getFinancialYear().startYear() == y)) {
                return programmes.createProgramme(new ProgrammeForm(new FinancialYear(y).toString(), new BigDecimal("500000"),
                        null, true, GrantRules.DIRECTIONS_2013));
            }
        }
    }

    private GrantBid draft(GrantProgramme programme, String title, boolean quote) {
        BidForm form = new BidForm();
        form.setTitle(title);
        form.setDescription("A consulting room");
        form.setSchemeType(SchemeType.CONVERSION);
        form.setTotalCost(new BigDecimal("30000"));
        form.setEligibleCost(new BigDecimal("25000"));
        form.setGrantRate(new BigDecimal("50"));
        form.setTenure(Tenure.LEASEHOLD);
        form.setPlannedStart(programme.getFinancialYear().firstDay().plusMonths(3));
        form.setPlannedCompletion(programme.getFinancialYear().firstDay().plusMonths(6));
        GrantBid bid = grants.create("J81002", programme.getId(), form);
        return quote ? grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf", PDF) : bid;
    }

    @Test
    @SuppressWarnings("unchecked")
    void teamSelectsThreeDraftsSubmitsThemAtOnceAndSeesWhatMovedAndWhatWasRefused() {
        GrantProgramme programme = ownProgramme();
        signIn("team");
        List<GrantBid> drafts = List.of(draft(programme, "Bulk view one", true), draft(programme, "Bulk view two", false),
                draft(programme, "Bulk view three", true));

        navigate(GrantsView.class);
        ComboBox<GrantProgramme> programmeFilter = find(ComboBox.class).withCaption("Programme").single();
        test(programmeFilter).selectItem(programme.getName());
        Grid<uk.nhs.dorset.primarycare.grants.BidRow> grid = find(Grid.class).withClassName("grants-grid").single();
        assertThat(grid.getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
        assertThat(test(grid).size()).isEqualTo(3);
        for (int row = 0; row < 3; row++) {
            test(grid).select(row);
        }
        assertThat(test(grid).getSelected()).hasSize(3);

        ComboBox<BidStatus> target = find(ComboBox.class).withCaption("Move selected to").single();
        assertThat(target.getListDataView().getItems()).contains(BidStatus.SUBMITTED).doesNotContain(BidStatus.APPROVED);
        test(target).selectItem(BidStatus.SUBMITTED.label());
        test(find(Button.class).withText("Apply to selected").single()).click();

        TransitionDialog confirm = find(TransitionDialog.class).single();
        test(find(TextArea.class).from(confirm).single()).setValue("Submitted for the autumn round");
        test(find(Button.class).from(confirm).withText("Submit").single()).click();

        BulkResultDialog result = find(BulkResultDialog.class).single();
        assertThat(find(ListItem.class).from(result).withClassName("bulk-moved").all()).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("J81002 — Bulk view one", "J81002 — Bulk view three");
        assertThat(find(ListItem.class).from(result).withClassName("bulk-refused").all()).extracting(ListItem::getText)
                .containsExactly("J81002 — Bulk view two: Attach at least one quote before submitting");

        assertThat(grants.bid(drafts.get(0).getId()).getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(grants.bid(drafts.get(1).getId()).getStatus()).isEqualTo(BidStatus.DRAFT);
        assertThat(grants.bid(drafts.get(2).getId()).getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(grants.bid(drafts.get(2).getId()).getHistory().getLast().getComment()).isEqualTo("Submitted for the autumn round");
        assertThat(test(grid).getSelected()).isEmpty();
    }
}
