package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.grants.GrantRules;
import uk.nhs.dorset.primarycare.grants.ProgrammeForm;
import uk.nhs.dorset.primarycare.grants.AttachmentKind;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.SchemeType;
import uk.nhs.dorset.primarycare.grants.Tenure;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Creating, submitting and approving a bid through the real views, without a browser. */
class GrantViewsIT extends ViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GrantService grants;

    private GrantProgramme open2018() {
        signIn("team");
        return grants.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19")).findFirst().orElseThrow();
    }

    /** A programme of this test's own, with room for its approvals. */
    private GrantProgramme ownProgramme() {
        signIn("manager");
        int year = 2070;
        while (true) {
            int y = year++;
            if (grants.programmes().stream().noneMatch(p -> p.getFinancialYear().startYear() == y)) {
                return grants.createProgramme(new ProgrammeForm(new FinancialYear(y).toString(), new BigDecimal("500000"),
                        null, true, GrantRules.DIRECTIONS_2013));
            }
        }
    }

    private GrantBidView draftThroughTheGrid(String title, GrantProgramme programme) {
        GrantsView grid = navigate(GrantsView.class);
        test(find(Button.class).withText("New bid").single()).click();
        ComboBox<?> practice = find(ComboBox.class).withCaption("Practice").last();
        @SuppressWarnings("unchecked")
        ComboBox<Object> anyPractice = (ComboBox<Object>) practice;
        anyPractice.setValue(anyPractice.getListDataView().getItems()
                .filter(p -> p.toString() != null && ((uk.nhs.dorset.primarycare.practice.Practice) p).getOdsCode().equals("J81002"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<GrantProgramme> forProgramme = find(ComboBox.class).withCaption("Programme").last();
        forProgramme.setValue(forProgramme.getListDataView().getItems()
                .filter(p -> p.getId().equals(programme.getId())).findFirst().orElseThrow());
        test(find(TextField.class).withCaption("Scheme title").last()).setValue(title);
        test(find(Button.class).withText("Create draft").single()).click();
        assertThat(grid).isNotNull();
        return (GrantBidView) getCurrentView();
    }

    private void fillAndSave(GrantBidView view) {
        view.description.setValue("New consulting room in the old records store");
        view.schemeType.setValue(SchemeType.CONVERSION);
        view.totalCost.setValue(new BigDecimal("48000"));
        view.eligibleCost.setValue(new BigDecimal("40000"));
        view.grantRate.setValue(new BigDecimal("50"));
        view.tenure.setValue(Tenure.LEASEHOLD);
        view.plannedStart.setValue(LocalDate.of(2018, 6, 1));
        view.plannedCompletion.setValue(LocalDate.of(2018, 9, 1));
        test(view.save).click();
        assertThat(view.bid().getRequestedGrant()).isEqualByComparingTo("20000");
    }

    private void confirm(String action) {
        TransitionDialog dialog = find(TransitionDialog.class).single();
        test(find(Button.class).from(dialog).withText(action).single()).click();
    }

    @Test
    void teamDraftsAndSubmitsEstatesReviewsAndApproves() {
        GrantProgramme programme = ownProgramme();
        signIn("team");
        GrantBidView view = draftThroughTheGrid("Browserless consulting room", programme);
        long id = view.bid().getId();
        fillAndSave(view);
        grants.attach(id, AttachmentKind.QUOTE, "quote.pdf", PDF);
        view = navigate("grants/" + id, GrantBidView.class);
        test(find(Button.class).withText("Submit").single()).click();
        confirm("Submit");
        assertThat(view.bid().getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(find(Button.class).withText("Approve").exists()).isFalse();

        signIn("estates");
        view = navigate("grants/" + id, GrantBidView.class);
        test(find(Button.class).withText("Start review").single()).click();
        confirm("Start review");
        test(find(Button.class).withText("Approve").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        BigDecimalField amount = find(BigDecimalField.class).from(dialog).single();
        assertThat(amount.getValue()).isEqualByComparingTo("20000");
        test(amount).setValue(new BigDecimal("18000"));
        confirm("Approve");
        GrantBid approved = grants.bid(id);
        assertThat(approved.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(approved.getApprovedGrant()).isEqualByComparingTo("18000");
        assertThat(view.bid().getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void refusedTransitionShowsItsMessageInTheDialog() {
        GrantBidView view = draftThroughTheGrid("Browserless refused submit", open2018());
        fillAndSave(view);
        test(find(Button.class).withText("Submit").single()).click();
        confirm("Submit");
        TransitionDialog dialog = find(TransitionDialog.class).single();
        assertThat(find(Paragraph.class).from(dialog).withClassName("refusal").single().getText())
                .isEqualTo("Attach at least one quote before submitting");
        assertThat(grants.bid(view.bid().getId()).getStatus()).isEqualTo(BidStatus.DRAFT);
    }

    @Test
    void badInputInTheFormIsRefusedWithAMessageAndNotSaved() {
        GrantBidView view = draftThroughTheGrid("Browserless bad input", open2018());
        long version = view.bid().getVersion();
        view.grantRate.setValue(new BigDecimal("90"));
        test(view.save).click();
        assertThat(grants.bid(view.bid().getId()).getVersion()).isEqualTo(version);
        assertThat(grants.bid(view.bid().getId()).getGrantRate()).isNull();
        view.grantRate.setValue(null);
        view.title.setValue("<b>bold</b><script>alert(1)</script>");
        test(view.save).click();
        assertThat(grants.bid(view.bid().getId()).getTitle()).isEqualTo("<b>bold</b><script>alert(1)</script>");
    }

    @Test
    void gridFiltersAreKeptInTheAddressAndTotalled() {
        signIn("manager");
        GrantProgramme y2017 = grants.programmes().stream().filter(p -> p.getName().equals("2017/18")).findFirst().orElseThrow();
        GrantsView view = navigate("grants?programme=2017/18&status=PAID", GrantsView.class);
        assertThat(view.programme.getValue().getId()).isEqualTo(y2017.getId());
        assertThat(view.status.getValue()).isEqualTo(BidStatus.PAID);
        assertThat(view.summary.getText()).startsWith("6 bids");
        assertThat(find(Button.class).withText("Edit programme").exists()).isTrue();
        signIn("team");
        assertThat(open2018().getBudget()).isNull();
    }
}
