package uk.nhs.dorset.primarycare.practice.ui;

import uk.nhs.dorset.primarycare.base.ui.Figure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.practice.HighImpactAction;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Pcn;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeChange;
import uk.nhs.dorset.primarycare.practice.PracticeEdit;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/**
 * One practice: what ODS says about it, its branches, the team's record (locality, PCN,
 * contract, flags, high impact actions, CQC) and who changed what. Only the team and
 * administrators edit; a practice manager asking for another practice sees "not found".
 */
@Route("practices/:odsCode")
@PermitAll
class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NOT_FOUND = "Practice not found";

    private final PracticeService service;
    private final CurrentActor currentUser;
    private final Clock clock;
    private String title = "Practice";

    private @Nullable EditForm form;

    PracticeView(PracticeService service, CurrentActor currentUser, Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("practice-view");
    }

    /** The edit form, once a practice is shown (views are proxied, so tests reach it through this). */
    @Nullable EditForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("odsCode").orElse("");
        Optional<Practice> found = service.find(code);
        if (found.isEmpty()) {
            title = NOT_FOUND;
            add(new H2(NOT_FOUND), new Paragraph("There is no practice " + code + " that you can see."),
                    new RouterLink("Back to practices", PracticesView.class));
            return;
        }
        show(found.get());
    }

    private void show(Practice practice) {
        title = practice.getName();
        H2 name = new H2(practice.getName() + " (" + practice.getOdsCode() + ")");
        HorizontalLayout heading = new HorizontalLayout(name, PracticesView.statusBadge(practice), PracticesView.flags(practice));
        heading.setAlignItems(Alignment.CENTER);
        heading.getStyle().set("flex-wrap", "wrap");
        add(new RouterLink("← Practices", PracticesView.class), heading, facts(practice));

        if (practice.getMergedInto() != null) {
            Practice into = practice.getMergedInto();
            add(new Paragraph(new Span("Merged into "),
                    new RouterLink(into.label(), PracticeView.class, new RouteParameters("odsCode", into.getOdsCode())),
                    new Span(practice.getCloseDate() == null ? "" : " on " + Formats.date(practice.getCloseDate()))));
        }
        List<Practice> branches = service.branches(practice.getOdsCode());
        if (!branches.isEmpty()) {
            Div list = new Div();
            list.add(new H3("Branches (practices merged into this one)"));
            for (Practice branch : branches) {
                list.add(new Paragraph(new RouterLink(branch.label(), PracticeView.class,
                        new RouteParameters("odsCode", branch.getOdsCode())),
                        new Span(branch.getCloseDate() == null ? "" : ", merged " + Formats.date(branch.getCloseDate()))));
            }
            add(list);
        }

        Actor actor = currentUser.actor();
        boolean mayEdit = actor.has(Role.TEAM) || actor.has(Role.ADMIN);
        add(new H3("Practice record"));
        form = new EditForm(practice, mayEdit);
        add(form);
        add(history(practice));
    }

    private Component facts(Practice p) {
        Div row = new Div();
        row.addClassName("figure-row");
        row.add(figure("List size", Formats.number(p.getListSize())
                + (p.getListSizeDate() == null ? "" : " at " + Formats.date(p.getListSizeDate()))));
        row.add(figure("Locality", p.getLocality() == null ? "Unassigned" : p.getLocality().getName()));
        row.add(figure("Cluster", p.getCluster() == null ? "—" : p.getCluster().label()));
        row.add(figure("PCN", p.getPcn() == null ? "—" : p.getPcn().getName()));
        row.add(figure("CQC rating", p.getCqcRating() == null ? "—" : p.getCqcRating().label()
                + (p.getCqcRatingDate() == null ? "" : " (" + Formats.date(p.getCqcRatingDate()) + ")")));
        row.add(figure("Contract", p.getContractType() == null ? "—" : p.getContractType().name()));
        Div facts = new Div(row,
                new Paragraph("Address: " + (p.getAddress() == null ? "—" : p.getAddress())
                        + (p.getPostcode() == null ? "" : ", " + p.getPostcode())),
                new Paragraph("Opened " + (p.getOpenDate() == null ? "—" : Formats.date(p.getOpenDate()))
                        + (p.getCloseDate() == null ? "" : "; closed " + Formats.date(p.getCloseDate()))));
        return facts;
    }

    private static Div figure(String label, String value) {
        return new Figure(label, value);
    }

    private Component history(Practice practice) {
        List<PracticeChange> changes = service.history(practice.getOdsCode());
        Grid<PracticeChange> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PracticeChange::by).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> String.join("; ", c.changes())).setHeader("What changed").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.addClassName("practice-history");
        return new Div(new H3("Change history"), grid);
    }

    /** The editable part of the record; kept in the form on refusal so the user loses nothing. */
    final class EditForm extends VerticalLayout {

        final ComboBox<String> locality = new ComboBox<>("Locality");
        final ComboBox<Pcn> pcn = new ComboBox<>("Primary Care Network");
        final Select<ContractType> contract = new Select<>();
        final Checkbox vulnerable = new Checkbox("Vulnerable practice");
        final Checkbox resilience = new Checkbox("In the resilience programme");
        final TextArea reason = new TextArea("Reason for the flags");
        final CheckboxGroup<HighImpactAction> actions = new CheckboxGroup<>("High impact actions adopted");
        final ComboBox<CqcRating> cqc = new ComboBox<>("CQC rating");
        final DatePicker cqcDate = new DatePicker("CQC rating date");
        final Button save = new Button("Save");
        final Paragraph refusal = new Paragraph();
        final Binder<Draft> binder = new Binder<>(Draft.class);
        private final String odsCode;
        private long version;

        EditForm(Practice practice, boolean mayEdit) {
            this.odsCode = practice.getOdsCode();
            this.version = practice.getVersion();
            setPadding(false);
            locality.setItems(service.localities().stream().map(Locality::getName).toList());
            locality.setClearButtonVisible(true);
            locality.setPlaceholder("Unassigned");
            List<Pcn> pcns = service.pcns();
            pcn.setItems(pcns);
            pcn.setItemLabelGenerator(p -> p.getName() + " (" + p.getCode() + ")");
            pcn.setClearButtonVisible(true);
            contract.setLabel("Contract type");
            contract.setItems(ContractType.values());
            contract.setItemLabelGenerator(c -> c == null ? "Not recorded" : c.name() + " – " + c.label());
            contract.setEmptySelectionAllowed(true);
            contract.setEmptySelectionCaption("Not recorded");
            reason.setMaxLength(PracticeEdit.MAX_REASON);
            reason.setHelperText("Needed when a flag is set");
            actions.setItems(HighImpactAction.values());
            actions.setItemLabelGenerator(HighImpactAction::label);
            actions.addClassName("high-impact-actions");
            cqc.setItems(CqcRating.values());
            cqc.setItemLabelGenerator(CqcRating::label);
            cqc.setClearButtonVisible(true);
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setDateFormat(Formats.DATE_PATTERN);
            cqcDate.setI18n(i18n);
            cqcDate.setLocale(Formats.LOCALE);
            cqcDate.setMax(LocalDate.now(clock));

            binder.forField(locality).bind(Draft::getLocality, Draft::setLocality);
            binder.forField(pcn).bind(Draft::getPcn, Draft::setPcn);
            binder.forField(contract).bind(Draft::getContract, Draft::setContract);
            binder.forField(vulnerable).bind(Draft::isVulnerable, Draft::setVulnerable);
            binder.forField(resilience).bind(Draft::isResilience, Draft::setResilience);
            binder.forField(reason)
                    .withValidator(r -> !(vulnerable.getValue() || resilience.getValue()) || !r.isBlank(),
                            "Give the reason the practice is flagged")
                    .withValidator(r -> r.length() <= PracticeEdit.MAX_REASON, "Keep the reason to 2,000 characters")
                    .bind(Draft::getReason, Draft::setReason);
            binder.forField(actions).bind(Draft::getActions, Draft::setActions);
            binder.forField(cqc).bind(Draft::getCqc, Draft::setCqc);
            binder.forField(cqcDate)
                    .withValidator(d -> d == null || !d.isAfter(LocalDate.now(clock)), "The rating date cannot be in the future")
                    .withValidator(d -> d == null || cqc.getValue() != null, "Choose the rating this date belongs to")
                    .bind(Draft::getCqcDate, Draft::setCqcDate);
            vulnerable.addValueChangeListener(e -> binder.validate());
            resilience.addValueChangeListener(e -> binder.validate());
            cqc.addValueChangeListener(e -> binder.validate());
            binder.readBean(Draft.of(practice, pcns));

            FormLayout layout = new FormLayout(locality, pcn, contract, cqc, cqcDate);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                    new FormLayout.ResponsiveStep("70em", 3));
            FormLayout flags = new FormLayout(vulnerable, resilience, reason);
            flags.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            flags.setColspan(reason, 2);
            reason.setWidthFull();
            refusal.addClassName("refusal");
            refusal.setVisible(false);
            add(layout, flags, actions, refusal);

            if (mayEdit) {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                save.addClickListener(e -> save());
                add(save);
            } else {
                binder.setReadOnly(true);
            }
        }

        private void save() {
            refusal.setVisible(false);
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                Practice saved = service.update(odsCode, version, draft.toEdit());
                version = saved.getVersion();
                Notifications.success("Saved " + saved.label());
                getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("odsCode", odsCode)));
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
                Notifications.error(UserMessages.of(refused));
            }
        }
    }

    /** The form's working copy; written only when every field is valid. */
    static final class Draft {
        private @Nullable String locality;
        private @Nullable Pcn pcn;
        private @Nullable ContractType contract;
        private boolean vulnerable;
        private boolean resilience;
        private String reason = "";
        private Set<HighImpactAction> actions = EnumSet.noneOf(HighImpactAction.class);
        private @Nullable CqcRating cqc;
        private @Nullable LocalDate cqcDate;

        static Draft of(Practice p, List<Pcn> pcns) {
            Draft d = new Draft();
            d.locality = p.getLocality() == null ? null : p.getLocality().getName();
            String pcnCode = p.getPcn() == null ? null : p.getPcn().getCode();
            d.pcn = pcns.stream().filter(x -> x.getCode().equals(pcnCode)).findFirst().orElse(null);
            d.contract = p.getContractType();
            d.vulnerable = p.isVulnerable();
            d.resilience = p.isResilienceProgramme();
            d.reason = p.getVulnerabilityReason() == null ? "" : p.getVulnerabilityReason();
            d.actions = p.getHighImpactActions();
            d.cqc = p.getCqcRating();
            d.cqcDate = p.getCqcRatingDate();
            return d;
        }

        PracticeEdit toEdit() {
            return new PracticeEdit(locality, pcn == null ? null : pcn.getCode(), contract, vulnerable, resilience,
                    reason.isBlank() ? null : reason, actions, cqc, cqcDate);
        }

        @Nullable String getLocality() { return locality; }
        void setLocality(@Nullable String v) { locality = v; }
        @Nullable Pcn getPcn() { return pcn; }
        void setPcn(@Nullable Pcn v) { pcn = v; }
        @Nullable ContractType getContract() { return contract; }
        void setContract(@Nullable ContractType v) { contract = v; }
        boolean isVulnerable() { return vulnerable; }
        void setVulnerable(boolean v) { vulnerable = v; }
        boolean isResilience() { return resilience; }
        void setResilience(boolean v) { resilience = v; }
        String getReason() { return reason; }
        void setReason(@Nullable String v) { reason = v == null ? "" : v; }
        Set<HighImpactAction> getActions() { return actions; }
        void setActions(@Nullable Set<HighImpactAction> v) { actions = v == null || v.isEmpty() ? EnumSet.noneOf(HighImpactAction.class) : EnumSet.copyOf(v); }
        @Nullable CqcRating getCqc() { return cqc; }
        void setCqc(@Nullable CqcRating v) { cqc = v; }
        @Nullable LocalDate getCqcDate() { return cqcDate; }
        void setCqcDate(@Nullable LocalDate v) { cqcDate = v; }
    }
}
