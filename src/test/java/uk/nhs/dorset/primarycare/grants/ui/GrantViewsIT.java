package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import java.util.List;
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
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.SchemeType;
import uk.nhs.dorset.primarycare.grants.Tenure;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Creating, submitting and approving a bid through the real views, without a browser. */
class GrantViewsIT extends ViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantProgramme open2018() {
        signIn("team");
        return programmes.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19")).findFirst().orElseThrow();
    }

    /** A programme of this test's own, with room for its approvals. */
    private GrantProgramme ownProgramme() {
        signIn("manager");
        int year = 2070;
        while (true) {
            int y = year++;
            if (programmes.programmes().stream().noneMatch(p -> p.getFinancialYear().startYear() == y)) {
                return programmes.createProgramme(new ProgrammeForm(new FinancialYear(y).toString(), new BigDecimal("500000"),
                        null, true, GrantRules.DIRECTIONS_2013));
            }
        }
    }

    /**
     * The practice filter on the grid and the new bid's practice chooser read open practices a
     * page at a time, filtered by what is typed, instead of holding every practice.
     */
    @Test
    void practicePickersReadAFilteredPageAtATime() {
        signIn("team");
        navigate(GrantsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Practice> filter = find(ComboBox.class).withCaption("Practice").first();
        assertThat(filter.getDataProvider().isInMemory()).as("the grid's practice filter is lazy").isFalse();
        assertThat(typed(filter, "j81002")).extracting(Practice::getOdsCode).containsExactly("J81002");
        assertThat(typed(filter, "")).hasSizeLessThanOrEqualTo(PracticeService.PICKER_PAGE);
        test(find(Button.class).withText("New bid").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Practice> chooser = find(ComboBox.class).withCaption("Practice").last();
        assertThat(chooser.getDataProvider().isInMemory()).as("the new bid's practice chooser is lazy").isFalse();
        assertThat(typed(chooser, "J81002")).extracting(Practice::getOdsCode).containsExactly("J81002");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Practice> typed(ComboBox<Practice> box, String text) {
        DataProvider provider = box.getDataProvider();
        return ((java.util.stream.Stream<Practice>) provider.fetch(new Query<>(0, 500, null, null, text))).toList();
    }

    private GrantBidView draftThroughTheGrid(String title, GrantProgramme programme) {
        GrantsView grid = navigate(GrantsView.class);
        test(find(Button.class).withText("New bid").single()).click();
        ComboBox<?> practice = find(ComboBox.class).withCaption("Practice").last();
        @SuppressWarnings("unchecked")
        ComboBox<Object> anyPractice = (ComboBox<Object>) practice;
        anyPractice.setValue(anyPractice.getLazyDataView().getItems()
                .filter(p -> p.toString() != null && ((uk.nhs.dorset.primarycare.practice.Practice) p).getOdsCode().equals("J81002"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<GrantProgramme> forProgramme = find(ComboBox.class).withCaption("Programme").last();
        forProgramme.setValue(forProgramme.getListDataView().getItems()
                .filter(p -> p.getId().equals(programme.getId())).findFirst().orElseThrow());
        test(find(TextField.class).withCaption("Scheme title").last()).setValue(title);
        test(find(Button.class).withText("Create draft").single()).click();
        assertThat(grid).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(GrantBidView.class);
        return (GrantBidView) getCurrentView();
    }

    /** The id of the bid on screen, from the address. */
    private long shownId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String caption) {
        return find(type).withCaption(caption).single();
    }

    @SuppressWarnings("unchecked")
    private void fillAndSave() {
        field(TextArea.class, "Description").setValue("New consulting room in the old records store");
        ((ComboBox<SchemeType>) field(ComboBox.class, "Scheme type")).setValue(SchemeType.CONVERSION);
        field(BigDecimalField.class, "Total cost (£)").setValue(new BigDecimal("48000"));
        field(BigDecimalField.class, "Eligible cost (£)").setValue(new BigDecimal("40000"));
        field(BigDecimalField.class, "Grant rate (%)").setValue(new BigDecimal("50"));
        ((ComboBox<Tenure>) field(ComboBox.class, "Tenure")).setValue(Tenure.LEASEHOLD);
        field(DatePicker.class, "Planned start").setValue(LocalDate.of(2018, 6, 1));
        field(DatePicker.class, "Planned completion").setValue(LocalDate.of(2018, 9, 1));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(grants.bid(shownId()).getRequestedGrant()).isEqualByComparingTo("20000");
        assertThat(find(Span.class).withClassName("figure-value").withText("£20,000").exists()).isTrue();
    }

    private void confirm(String action) {
        TransitionDialog dialog = find(TransitionDialog.class).single();
        test(find(Button.class).from(dialog).withText(action).single()).click();
    }

    @Test
    void teamDraftsAndSubmitsEstatesReviewsAndASecondEstatesLeadApproves() {
        GrantProgramme programme = ownProgramme();
        signIn("team");
        draftThroughTheGrid("Browserless consulting room", programme);
        long id = shownId();
        fillAndSave();
        grants.attach(id, AttachmentKind.QUOTE, "quote.pdf", PDF);
        navigate("grants/" + id, GrantBidView.class);
        test(find(Button.class).withText("Submit").single()).click();
        confirm("Submit");
        assertThat(grants.bid(id).getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(find(StatusBadge.class).withText("Submitted").exists()).isTrue();
        assertThat(find(Button.class).withText("Approve").exists()).isFalse();

        signIn("estates");
        navigate("grants/" + id, GrantBidView.class);
        test(find(Button.class).withText("Start review").single()).click();
        confirm("Start review");
        // Money needs two people: the reviewer is told so, and their approval is refused in the dialog.
        String secondPerson = "You reviewed this bid, so another estates lead or a manager must approve it";
        assertThat(find(Paragraph.class).withText(secondPerson).exists()).isTrue();
        test(find(Button.class).withText("Approve").single()).click();
        confirm("Approve");
        TransitionDialog refused = find(TransitionDialog.class).single();
        assertThat(find(Paragraph.class).from(refused).withText(secondPerson).exists()).isTrue();
        assertThat(grants.bid(id).getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
        refused.close();

        signIn("estates2");
        navigate("grants/" + id, GrantBidView.class);
        assertThat(find(Paragraph.class).withText(secondPerson).exists()).isFalse();
        test(find(Button.class).withText("Approve").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        BigDecimalField amount = find(BigDecimalField.class).from(dialog).single();
        assertThat(amount.getValue()).isEqualByComparingTo("20000");
        test(amount).setValue(new BigDecimal("18000"));
        confirm("Approve");
        GrantBid approved = grants.bid(id);
        assertThat(approved.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(approved.getApprovedGrant()).isEqualByComparingTo("18000");
        assertThat(find(StatusBadge.class).withText("Approved").exists()).isTrue();
        assertThat(find(Button.class).withText("Start works").exists()).isTrue();
    }

    @Test
    void aMoveWhileTheFormHasUnsavedChangesIsRefusedUntilTheyAreSavedAndTheBudgetIsSaidToBeUnconfirmed() {
        draftThroughTheGrid("Browserless unsaved submit", open2018());
        fillAndSave();
        long id = shownId();
        grants.attach(id, AttachmentKind.QUOTE, "quote.pdf", PDF);
        navigate("grants/" + id, GrantBidView.class);
        assertThat(find(Paragraph.class).withClassName("budget-notice").single().getText())
                .startsWith("The 2018/19 programme's budget is not confirmed yet");

        field(TextArea.class, "Description").setValue("A larger consulting room than first planned");
        test(find(Button.class).withText("Submit").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        assertThat(find(Paragraph.class).from(dialog).withTextContaining("budget is not confirmed yet").all()).isNotEmpty();
        confirm("Submit");
        assertThat(find(Paragraph.class).from(dialog).withClassName("refusal").single().getText()).startsWith("Save your changes first");
        assertThat(grants.bid(id).getStatus()).isEqualTo(BidStatus.DRAFT);
        dialog.close();

        test(find(Button.class).withText("Save").single()).click();
        test(find(Button.class).withText("Submit").single()).click();
        confirm("Submit");
        assertThat(grants.bid(id).getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(grants.bid(id).getDescription()).isEqualTo("A larger consulting room than first planned");
    }

    @Test
    void aPlannedCompletionAfterTheSpendDeadlineIsSavedButWarned() {
        draftThroughTheGrid("Browserless late completion", open2018());
        fillAndSave();
        field(DatePicker.class, "Planned completion").setValue(LocalDate.of(2019, 6, 1));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(grants.bid(shownId()).getPlannedCompletion()).isEqualTo(LocalDate.of(2019, 6, 1));
        Notification warning = find(Notification.class).withClassName("warning-notification").last();
        assertThat(test(warning).getText()).contains("01/06/2019").contains("spend deadline of 31/03/2019");
    }

    @Test
    void refusedTransitionShowsItsMessageInTheDialog() {
        draftThroughTheGrid("Browserless refused submit", open2018());
        fillAndSave();
        test(find(Button.class).withText("Submit").single()).click();
        confirm("Submit");
        TransitionDialog dialog = find(TransitionDialog.class).single();
        assertThat(find(Paragraph.class).from(dialog).withClassName("refusal").single().getText())
                .isEqualTo("Attach at least one quote before submitting");
        assertThat(grants.bid(shownId()).getStatus()).isEqualTo(BidStatus.DRAFT);
    }

    @Test
    void badInputInTheFormIsRefusedWithAMessageAndNotSaved() {
        draftThroughTheGrid("Browserless bad input", open2018());
        long id = shownId();
        long version = grants.bid(id).getVersion();
        field(BigDecimalField.class, "Grant rate (%)").setValue(new BigDecimal("90"));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(grants.bid(id).getVersion()).isEqualTo(version);
        assertThat(grants.bid(id).getGrantRate()).isNull();
        field(BigDecimalField.class, "Grant rate (%)").setValue(null);
        field(BigDecimalField.class, "Total cost (£)").setValue(new BigDecimal("-5"));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(field(BigDecimalField.class, "Total cost (£)").isInvalid()).isTrue();
        assertThat(grants.bid(id).getVersion()).isEqualTo(version);
        field(BigDecimalField.class, "Total cost (£)").setValue(null);
        find(TextField.class).withCaption("Scheme title").single().setValue("<b>bold</b><script>alert(1)</script>");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(grants.bid(id).getTitle()).isEqualTo("<b>bold</b><script>alert(1)</script>");
        assertThat(find(H2.class).withText("<b>bold</b><script>alert(1)</script>").exists()).isTrue();
    }

    @Test
    void gridFiltersAreKeptInTheAddressAndTotalled() {
        signIn("manager");
        GrantProgramme y2017 = programmes.programmes().stream().filter(p -> p.getName().equals("2017/18")).findFirst().orElseThrow();
        UI.getCurrent().navigate(GrantsView.class, QueryParameters.simple(Map.of("programme", "2017/18", "status", "PAID")));
        @SuppressWarnings("unchecked")
        ComboBox<GrantProgramme> programme = find(ComboBox.class).withCaption("Programme").first();
        assertThat(programme.getValue().getId()).isEqualTo(y2017.getId());
        @SuppressWarnings("unchecked")
        ComboBox<BidStatus> status = find(ComboBox.class).withCaption("Status").first();
        assertThat(status.getValue()).isEqualTo(BidStatus.PAID);
        assertThat(find(Span.class).withClassName("grid-summary").single().getText()).startsWith("26 bids · requested");
        status.setValue(BidStatus.WORKS_IN_PROGRESS);
        assertThat(find(Span.class).withClassName("grid-summary").single().getText()).startsWith("2 bids");
        assertThat(find(Button.class).withText("Edit programme").exists()).isTrue();
        signIn("team");
        assertThat(open2018().getBudget()).isNull();
    }
}
