package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.ProgrammeSummary;

/** The chosen programme's money above the bid grid: budget, commitments, spend, and its chart. */
class ProgrammePanel extends Div {

    private final GrantProgrammeService programmes;
    private final Actor actor;
    private final Consumer<GrantProgramme> saved;

    ProgrammePanel(GrantProgrammeService programmes, Actor actor, Consumer<GrantProgramme> saved) {
        this.programmes = programmes;
        this.actor = actor;
        this.saved = saved;
        addClassName("programme-panel");
    }

    void show(@Nullable GrantProgramme chosen) {
        removeAll();
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (actor.has(Role.MANAGER)) {
            actions.add(new Button("New programme", VaadinIcon.PLUS.create(), e -> new ProgrammeDialog(programmes, null, saved).open()));
            if (chosen != null) {
                actions.add(new Button("Edit programme", VaadinIcon.EDIT.create(),
                        e -> new ProgrammeDialog(programmes, programmes.programme(chosen.getId()), saved).open()));
            }
        }
        if (chosen == null) {
            add(new Paragraph("Choose a programme to see its budget, commitments and spend."), actions);
            return;
        }
        ProgrammeSummary s = programmes.summary(chosen.getId());
        GrantProgramme p = s.programme();
        Div figures = new Div(
                GrantUi.figure("Budget", s.budget() == null ? "Not confirmed" : Formats.money(s.budget())),
                GrantUi.figure("Committed", Formats.money(s.committed())),
                GrantUi.figure("Evidenced", Formats.money(s.evidenced())),
                GrantUi.figure("Paid", Formats.money(s.paid())),
                GrantUi.figure("Remaining", s.remaining() == null ? "" : Formats.money(s.remaining())),
                GrantUi.figure("Forecast underspend", s.forecastUnderspend() == null ? "" : Formats.money(s.forecastUnderspend())),
                GrantUi.figure("Approved schemes", Formats.number(s.approvedSchemes())));
        figures.addClassName("figure-row");
        figures.setId("programme-figures");
        Paragraph facts = new Paragraph(p.getRules().label() + " · spend by " + Formats.date(p.getSpendDeadline())
                + " · " + (p.isOpenForBids() ? "open for bids" : "closed for bids")
                + (s.slipped().signum() > 0 ? " · " + Formats.money(s.slipped()) + " of approved works slipped past the deadline" : ""));
        add(new H3("Programme " + p.getName()), facts, figures, ProgrammeChart.of(s), actions);
    }
}
