package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.dorset.primarycare.base.BackgroundWork;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.PracticeImportService;
import uk.nhs.dorset.primarycare.practice.SetupService;
import uk.nhs.dorset.primarycare.practice.SetupStatus;

/**
 * The first-run set-up of a new organisation, step by step, each with its status: the
 * organisation's name and commissioner codes, its practices from the national ODS file, their
 * list sizes from NHS Digital's file, and its localities. The administrator is led here while
 * the hub has no organisation or no practices.
 */
@Route("admin/setup")
@PageTitle("Set-up — Primary Care Hub")
@Menu(order = 79, title = "Set-up", icon = "vaadin:cogs")
@RolesAllowed(Role.ADMIN_)
class SetupView extends VerticalLayout {

    private final SetupService setup;
    private final Span overall = new Span();
    private final Span organisationStatus = status();
    private final Span practicesStatus = status();
    private final Span listSizesStatus = status();
    private final Span pcnStatus = status();
    private final LocalityStep localities;

    SetupView(SetupService setup, OrganisationSettings organisation, PracticeImportService imports, BackgroundWork background) {
        this.setup = setup;
        this.localities = new LocalityStep(setup, this::refresh);
        overall.addClassName("setup-overall");
        overall.getElement().setAttribute("role", "status");

        TextField name = new TextField("Organisation name");
        name.setValue(organisation.name());
        name.setWidth("min(28rem, 90vw)");
        name.setMaxLength(200);
        name.setHelperText("As your staff know it, such as NHS County Durham; shown in the menu and on the About page");
        TextField codes = new TextField("Commissioner codes");
        codes.setValue(String.join(", ", organisation.commissionerCodes()));
        codes.setHelperText("Your sub-ICB location codes, separated by commas, such as 84H");
        Button save = new Button("Save organisation", e -> {
            try {
                organisation.save(name.getValue(), codes.getValue());
                codes.setValue(String.join(", ", organisation.commissionerCodes()));
                Notifications.success("Saved: " + organisation.name() + ", commissioner codes " + codes.getValue());
                refresh();
            } catch (RuntimeException ex) {
                Notifications.error(UserMessages.of(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout orgForm = new HorizontalLayout(name, codes, save);
        orgForm.setWrap(true);
        orgForm.setAlignItems(Alignment.BASELINE);

        // The practices' import reads the saved codes when it runs, so a change of codes needs no reload.
        ImportPanel practices = new ImportPanel(background, "Upload ODS's national epraccur.csv (no header, 27 fields). "
                + "Only the GP practices of your commissioner codes are added; the rest of England is skipped.", null,
                (bytes, ignored) -> imports.dryRunEpraccur(bytes, codesOrRefuse(organisation)), imports::applyEpraccur)
                .onApplied(this::refresh);
        ImportPanel listSizes = new ImportPanel(background, "Upload NHS Digital's gp-reg-pat-prac-all.csv (header with CODE, "
                + "NUMBER_OF_PATIENTS and EXTRACT_DATE). Your practices take the file's list size; the rest of England is skipped.",
                null, (bytes, ignored) -> imports.dryRunListSizes(bytes), imports::applyListSizes).onApplied(this::refresh);
        ImportPanel networks = new ImportPanel(background, "Upload the practice-to-PCN sheet of NHS Digital's ePCN file, saved as CSV "
                + "(\"PCN Core Partner Details\": Partner Organisation Code, PCN Code, PCN Name). Your practices join their PCN; "
                + "PCNs new to the hub are added.", null, (bytes, ignored) -> imports.dryRunPcnMembers(bytes), imports::applyPcnMembers)
                .onApplied(this::refresh);

        add(new H2("Set up the hub for your organisation"),
                new Paragraph("Work through the steps in order. Each import shows a dry run first and changes nothing until you apply it. "
                        + "You can come back here at any time from Set-up in the menu."),
                overall,
                step("1. Your organisation", organisationStatus, orgForm),
                step("2. Your practices", practicesStatus, practices),
                step("3. List sizes", listSizesStatus, listSizes),
                // Networks before localities: a locality per network is a start the localities step offers.
                step("4. Primary Care Networks", pcnStatus, networks),
                step("5. Localities and clusters", localities.status(), localities));
        refresh();
    }

    private static String codesOrRefuse(OrganisationSettings organisation) {
        if (organisation.commissionerCodes().isEmpty()) {
            throw new IllegalArgumentException("Save your organisation's commissioner codes in step 1 first");
        }
        return String.join(",", organisation.commissionerCodes());
    }

    private static Span status() {
        Span span = new Span();
        span.addClassName("setup-status");
        return span;
    }

    private static Div step(String title, Span status, com.vaadin.flow.component.Component body) {
        H3 heading = new H3(title);
        HorizontalLayout head = new HorizontalLayout(heading, status);
        head.setAlignItems(Alignment.BASELINE);
        Div step = new Div(head, body);
        step.addClassName("setup-step");
        step.setWidthFull();
        return step;
    }

    private void refresh() {
        SetupStatus s = setup.status();
        mark(organisationStatus, s.named(), s.named() ? "Done" : "To do: name your organisation and its codes");
        mark(practicesStatus, s.practices() > 0, s.practices() > 0
                ? "Done: " + Formats.count(s.open(), "open practice") : "To do: import your practices");
        mark(listSizesStatus, s.listSizesDone(), s.open() == 0 ? "To do: import your practices first"
                : Formats.number(s.withListSize()) + " of " + Formats.number(s.open()) + " open practices have a list size");
        localities.refresh(s);
        mark(pcnStatus, s.open() > 0 && s.withPcn() == s.open(), s.open() == 0 ? "To do: import your practices first"
                : Formats.number(s.withPcn()) + " of " + Formats.number(s.open()) + " open practices are in a PCN");
        overall.setText(s.complete()
                ? "The hub is ready to use. Steps still marked \"To do\" can be finished later."
                : "Set-up is not finished: the hub needs your organisation and its practices before your colleagues can use it.");
    }

    static void mark(Span status, boolean done, String text) {
        status.setText(text);
        status.getElement().setAttribute("theme", done ? "badge success" : "badge contrast");
    }
}
