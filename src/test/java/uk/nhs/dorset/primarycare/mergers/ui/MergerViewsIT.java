package uk.nhs.dorset.primarycare.mergers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.HeldClock;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.mergers.ActionStatus;
import uk.nhs.dorset.primarycare.mergers.FundingSource;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The merger screens without a browser: the list's URL filters and totals, and a case's whole journey. */
class MergerViewsIT extends ViewTest {

    @Autowired
    PracticeService practices;
    @Autowired
    MergerService mergers;
    @Autowired
    ApplicationClock clock;

    @Test
    void listReadsItsFiltersFromTheUrlAndTotalsWhatItShows() {
        signIn("manager");
        openList("status=COMPLETED&locality=Purbeck&reason=RESILIENCE&funding=NHSE_GPRP");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).startsWith("Resilience case study");
        assertThat(find(Div.class).withClassName("grid-summary").single().getText())
                .isEqualTo("1 case · 9,509 patients affected · £45,000 resilience funding");
        assertThat(find(ComboBox.class).withLabel("Status").single().getValue()).isEqualTo(MergerStatus.COMPLETED);
        assertThat(find(Button.class).withText("New case").all()).as("managers decide cases, they do not open them").isEmpty();
    }

    @Test
    void refusalIsShownInTheDialogAndNothingMoves() {
        signIn("team");
        openList("status=DUE_DILIGENCE&locality=North%20Dorset");
        @SuppressWarnings("unchecked")
        Grid<MergerCase> grid = find(Grid.class).single();
        // A row opens its case through the browser's click on the row; here, by the row's address.
        com.vaadin.flow.component.UI.getCurrent().navigate("mergers/" + test(grid).getRow(0).getId());
        clickThrough("Submit application");
        Paragraph refusal = find(Paragraph.class).withClassName("refusal").withCondition(p -> p.isVisible()).last();
        assertThat(refusal.getText()).contains("every action plan area complete or marked not needed")
                .contains("Practice management (in progress)");
        assertThat(find(StatusBadge.class).withText(MergerStatus.DUE_DILIGENCE.label()).all()).isNotEmpty();
    }

    @Test
    void teamTakesACaseToApplicationManagerApprovesAndCompletionMergesThePractice() {
        signIn("team");
        navigate("mergers/new", MergerCaseView.class);
        test(find(TextField.class).withLabel("Title").single()).setValue("Hadleigh and Harvey, Broadstone");
        test(find(ComboBox.class).withLabel("Reason").single()).selectItem("Sustainability at scale");
        addPractice("J81041");
        addPractice("J81046");
        @SuppressWarnings("unchecked")
        Grid<Object> partyGrid = find(Grid.class).first();
        for (int row = 0; row < 2; row++) {
            @SuppressWarnings("unchecked")
            Select<ContractType> contract = (Select<ContractType>) test(partyGrid).getCellComponent(row, 1);
            contract.setValue(ContractType.GMS);
        }
        assertThat(find(Span.class).withClassName("combined-list").single().getText())
                .isEqualTo("Combined list: " + String.format("%,d", practices.get("J81041").getListSize() + practices.get("J81046").getListSize()) + " patients");
        find(DatePicker.class).withLabel("Proposed merger date").single().setValue(LocalDate.now().plusDays(120));
        test(find(Button.class).withText("Create case").single()).click();

        String title = find(H2.class).withTextContaining("Hadleigh and Harvey").single().getText();
        long id = Long.parseLong(title.substring(1, title.indexOf(' ')));
        assertThat(badge()).isEqualTo("Enquiry");

        // The support package, the action plan and PCSE's notification, recorded on the form.
        find(BigDecimalField.class).withLabel("Resilience funding").single().setValue(new BigDecimal("20000"));
        test(find(ComboBox.class).withLabel("Funding source").single()).selectItem(FundingSource.CCG.label());
        find(DatePicker.class).withLabel("PCSE notified on").single().setValue(LocalDate.now());
        @SuppressWarnings("unchecked")
        Grid<Object> plan = find(Grid.class).withClassName("action-plan").single();
        for (int row = 0; row < 6; row++) {
            @SuppressWarnings("unchecked")
            Select<ActionStatus> status = (Select<ActionStatus>) test(plan).getCellComponent(row, 3);
            status.setValue(row == 1 ? ActionStatus.NOT_NEEDED : ActionStatus.COMPLETE);
            ((TextField) test(plan).getCellComponent(row, 1)).setValue("Locality lead");
        }
        test(find(Button.class).withText("Save changes").single()).click();

        clickThrough("Start advisory review");
        clickThrough("Agree support");
        clickThrough("Start due diligence");
        clickThrough("Submit application");
        assertThat(badge()).isEqualTo("Application to commissioner");
        assertThat(find(Button.class).withText("Approve").all()).as("the team does not decide").isEmpty();

        signIn("manager");
        navigate("mergers/" + id, MergerCaseView.class);
        clickThrough("Approve");
        assertThat(badge()).isEqualTo("Approved");
        assertThat(find(Button.class).withText("Save changes").all()).isEmpty();

        signIn("team");
        navigate("mergers/" + id, MergerCaseView.class);
        LocalDate mergerDate = LocalDate.now().plusDays(120);
        assertThat(find(Span.class).withClassName("completes-on").single().getText()).isEqualTo("completes on " + Formats.date(mergerDate));
        clickThrough("Complete merger");
        assertThat(find(Paragraph.class).withClassName("refusal").withCondition(Paragraph::isVisible).last().getText())
                .isEqualTo("The merger cannot be completed before its merger date: it completes on " + Formats.date(mergerDate));
        assertThat(mergers.get(id).getStatus()).isEqualTo(MergerStatus.APPROVED);
        find(Dialog.class).last().close();

        HeldClock.on(clock, mergerDate, () -> {
            navigate("mergers/" + id, MergerCaseView.class);
            assertThat(find(Span.class).withClassName("completes-on").all()).isEmpty();
            clickThrough("Complete merger");
        });
        assertThat(badge()).isEqualTo("Completed");

        Practice absorbed = practices.get("J81046");
        assertThat(absorbed.getStatus()).isEqualTo(PracticeStatus.MERGED);
        assertThat(absorbed.getMergedInto().getOdsCode()).isEqualTo("J81041");
        assertThat(find(Span.class).withClassName("absorbed-state").single().getText())
                .startsWith(" — Merged into J81041");
    }

    @Test
    void agreeSupportWithAnUnsavedSupportPackageIsRefusedUntilItIsSaved() {
        signIn("team");
        MergerDetails d = new MergerDetails();
        d.setTitle("IT views unsaved support");
        d.setReason(MergerReason.RESILIENCE);
        d.setParties(List.of(new MergerParty("J81033", "", ContractType.GMS, 5000, false),
                new MergerParty("J81039", "", ContractType.GMS, 9000, true)));
        MergerCase c = mergers.create(d);
        c = mergers.move(c.getId(), c.getVersion(), MergerStatus.ADVISORY_REVIEW, uk.nhs.dorset.primarycare.base.workflow.MoveRequest.none());
        long id = c.getId();
        navigate("mergers/" + id, MergerCaseView.class);

        test(find(BigDecimalField.class).withLabel("Resilience funding").single()).setValue(new BigDecimal("20000"));
        test(find(ComboBox.class).withLabel("Funding source").single()).selectItem(FundingSource.CCG.label());
        clickThrough("Agree support");
        assertThat(find(Paragraph.class).withClassName("refusal").withCondition(Paragraph::isVisible).last().getText())
                .startsWith("Save your changes first");
        assertThat(mergers.get(id).getStatus()).isEqualTo(MergerStatus.ADVISORY_REVIEW);
        find(Dialog.class).last().close();

        test(find(Button.class).withText("Save changes").single()).click();
        clickThrough("Agree support");
        assertThat(mergers.get(id).getStatus()).isEqualTo(MergerStatus.SUPPORT_AGREED);
    }

    @Test
    void savedEditsShowInTheCaseChangesAndAnImpossibleListSizeNeverReachesTheCase() {
        signIn("team");
        MergerDetails d = new MergerDetails();
        d.setTitle("IT views audit");
        d.setReason(MergerReason.RESILIENCE);
        d.setFundingAmount(new BigDecimal("25000"));
        d.setFundingSource(FundingSource.NHSE_GPRP);
        d.setParties(List.of(new MergerParty("J81018", "", ContractType.GMS, 11433, false),
                new MergerParty("J81019", "", ContractType.GMS, 24181, true)));
        MergerCase c = mergers.create(d);
        navigate("mergers/" + c.getId(), MergerCaseView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> partyGrid = find(Grid.class).first();
        IntegerField size = (IntegerField) test(partyGrid).getCellComponent(0, 2);
        size.setValue(300_000);
        assertThat(size.isInvalid()).isTrue();
        assertThat(find(Span.class).withClassName("combined-list").single().getText()).isEqualTo("Combined list: 35,614 patients");
        size.setValue(11500);
        assertThat(find(Span.class).withClassName("combined-list").single().getText()).isEqualTo("Combined list: 35,681 patients");
        find(BigDecimalField.class).withLabel("Resilience funding").single().setValue(new BigDecimal("40000"));
        test(find(Button.class).withText("Save changes").single()).click();

        FieldChangesGrid changes = find(FieldChangesGrid.class).single();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < test(changes).size(); row++) {
            rows.add(test(changes).getCellText(row, 1) + " | " + test(changes).getCellText(row, 2) + " | "
                    + test(changes).getCellText(row, 3) + " | " + test(changes).getCellText(row, 4));
        }
        assertThat(rows).contains("team | Resilience funding | £25,000 | £40,000", "team | Combined list size | 35614 | 35681");
        assertThat(rows).anyMatch(r -> r.startsWith("team | Practices | ") && r.contains("11,433 patients") && r.endsWith("11,500 patients); "
                + "J81019 " + practices.get("J81019").getName() + " (GMS, 24,181 patients, continuing)"));
    }

    @Test
    void badInputShowsItsMessageAtTheFieldAndSavesNothing() {
        signIn("team");
        MergerDetails d = new MergerDetails();
        d.setTitle("IT views bad input");
        d.setReason(MergerReason.RESILIENCE);
        d.setParties(List.of(new MergerParty("J81031", "", ContractType.GMS, 5000, false),
                new MergerParty("J81032", "", ContractType.GMS, 7000, true)));
        MergerCase c = mergers.create(d);
        navigate("mergers/" + c.getId(), MergerCaseView.class);

        TextField title = find(TextField.class).withLabel("Title").single();
        title.setValue("");
        TextArea notes = find(TextArea.class).withLabel("Case notes").single();
        notes.setValue("x".repeat(4001));
        IntegerField events = find(IntegerField.class).withLabel("Engagement events held").single();
        events.setValue(1001);
        BigDecimalField funding = find(BigDecimalField.class).withLabel("Resilience funding").single();
        funding.setValue(new BigDecimal("-1"));
        @SuppressWarnings("unchecked")
        Grid<Object> plan = find(Grid.class).withClassName("action-plan").single();
        ((TextField) test(plan).getCellComponent(0, 1)).setValue("o".repeat(201));
        test(find(Button.class).withText("Save changes").single()).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the case a title");
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo("The case notes is 4,001 characters long; keep it to 4,000 characters");
        assertThat(events.getErrorMessage()).isEqualTo("Engagement events must be between 0 and 1,000");
        assertThat(funding.getErrorMessage()).isEqualTo("Resilience funding cannot be less than £0");
        ActionPlanField planField = find(ActionPlanField.class).single();
        assertThat(planField.isInvalid()).isTrue();
        assertThat(planField.getErrorMessage()).endsWith(": The owner is 201 characters long; keep it to 200 characters");

        MergerCase unchanged = mergers.get(c.getId());
        assertThat(unchanged.getVersion()).as("nothing saved").isEqualTo(c.getVersion());
        assertThat(unchanged.getTitle()).isEqualTo("IT views bad input");
        assertThat(unchanged.getCaseNotes()).isNull();
    }

    /** Opens the list as a link with these filters would. */
    private void openList(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(MergersView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private void addPractice(String odsCode) {
        @SuppressWarnings("unchecked")
        ComboBox<Practice> picker = find(ComboBox.class).withLabel("Add a practice").single();
        picker.setValue(practices.get(odsCode));
        test(find(Button.class).withText("Add practice").single()).click();
    }

    private String badge() {
        return find(StatusBadge.class).withClassName("badge").first().getText();
    }

    /** Clicks the action button, then the same-named confirm button in its dialog. */
    private void clickThrough(String action) {
        test(find(Button.class).withText(action).withCondition(b -> b.findAncestor(Dialog.class) == null).single()).click();
        Dialog dialog = find(Dialog.class).last();
        test(find(Button.class, dialog).withText(action).single()).click();
    }
}
