package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/**
 * The frame of every signed-in screen. The side navigation lists only the views the signed-in
 * role may open: {@link MenuConfiguration} filters the {@code @Menu} views by their access rules.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The page's one h1: the screen's title in the top bar; the views' own headings are h2 and below. */
    private final H1 viewTitle = new H1();
    private final Span organisationName = new Span();
    private final ObjectProvider<NavbarItem> navbarItems;
    private final OrganisationSettings organisation;
    private boolean frameRead;

    public MainLayout(CurrentActor currentUser, AuthenticationContext authentication, ApplicationClock clock,
                      OrganisationSettings organisation, ObjectProvider<NavbarItem> navbarItems) {
        this.navbarItems = navbarItems;
        this.organisation = organisation;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        addToNavbar(true, new DrawerToggle(), viewTitle);
        clock.demoAsOf().ifPresent(day -> addToNavbar(true, demoBanner(day)));

        Span appName = new Span("Primary Care Hub");
        appName.addClassName("app-name");
        organisationName.addClassName("organisation-name");
        organisationName.setVisible(false);
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            item.setMatchNested(!entry.path().isEmpty());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }

        String roles = currentUser.find()
                .map(actor -> actor.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .orElse("");
        Span who = new Span(currentUser.displayName());
        who.addClassName("user-name");
        Span role = new Span(roles);
        role.addClassName("user-role");
        Button password = new Button("Change password", new Icon(VaadinIcon.KEY), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setVisible(currentUser.signsInWithPassword());
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout user = new VerticalLayout(who, role, password, signOut);
        user.setPadding(true);
        user.setSpacing(false);
        user.addClassName("user-panel");

        Div drawer = new Div(appName, organisationName, nav);
        drawer.addClassName("drawer-nav");
        VerticalLayout drawerContent = new VerticalLayout(drawer, user);
        drawerContent.setSizeFull();
        drawerContent.setPadding(false);
        drawerContent.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        addToDrawer(drawerContent);
    }

    /** Says on every screen that the demo's dates and deadlines are judged as of the seeds' day. */
    static Span demoBanner(LocalDate day) {
        Span banner = new Span("Demo data as of " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
        banner.addClassName("demo-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    /** The routed screen is the page's main landmark, so a screen reader can skip the menu to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!frameRead) {
            // Read after the screen inside, so a screen that found the database down has already
            // said so and the frame does not wait on it a second time.
            frameRead = true;
            navbarItems.orderedStream().forEach(item -> whileAvailable(item::create).ifPresent(c -> addToNavbar(true, c)));
            String named = whileAvailable(organisation::name).orElse("");
            organisationName.setText(named);
            organisationName.setVisible(!named.isEmpty());
        }
        viewTitle.setText(PageTitles.header(MenuConfiguration.getPageHeader(getContent()).orElse("")));
    }

    /**
     * What the frame reads from the database (the organisation's name, the bell's count) is left
     * out while the database cannot be reached, so the page inside can still say so in the app.
     */
    private static <T> java.util.Optional<T> whileAvailable(java.util.function.Supplier<T> read) {
        // Each attempt waits for the connection timeout: after one failure the frame does not
        // try again for a while, so the page's own message is not kept waiting behind it.
        if (java.time.Instant.now().isBefore(frameSkipsDatabaseUntil)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(read.get());
        } catch (RuntimeException failure) {
            if (UserMessages.isServiceUnavailable(failure)) {
                databaseUnavailable();
                return java.util.Optional.empty();
            }
            throw failure;
        }
    }

    /** Called by the error screen when the database could not be reached, so the frame does not try it again at once. */
    static void databaseUnavailable() {
        frameSkipsDatabaseUntil = java.time.Instant.now().plusSeconds(15);
    }

    private static volatile java.time.Instant frameSkipsDatabaseUntil = java.time.Instant.MIN;
}
