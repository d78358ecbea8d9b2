package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Confirm;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.security.GroupRole;
import uk.nhs.dorset.primarycare.security.GroupRoleService;
import uk.nhs.dorset.primarycare.security.SsoSettings;

/**
 * Administrators say which of the provider's groups (or app roles) give which of the hub's
 * roles. Every change is in the audit trail; it reaches each person at their next sign-in.
 */
@Route("admin/sign-in-groups")
@PageTitle("Sign-in groups — Primary Care Hub")
@Menu(order = 81, title = "Sign-in groups", icon = "vaadin:group")
@RolesAllowed(Role.ADMIN_)
class SignInGroupsView extends VerticalLayout {

    private final GroupRoleService mappings;
    final TextField group = new TextField("Group");
    final ComboBox<Role> role = new ComboBox<>("Gives the role");
    final Button add = new Button("Add", VaadinIcon.PLUS.create());
    final Paragraph refusal = new Paragraph();
    final Grid<GroupRole> grid = new Grid<>();

    SignInGroupsView(GroupRoleService mappings, SsoSettings sso) {
        this.mappings = mappings;
        addClassName("sign-in-groups-view");
        setSizeFull();
        Paragraph about = new Paragraph(sso.enabled()
                ? "People who sign in with " + sso.providerName() + " get the roles of their groups there, worked out again at"
                        + " each sign-in: someone taken out of a group loses its role when they next sign in. Type each group"
                        + " exactly as the provider sends it (for Microsoft Entra ID, the group's object id or the app role's value)."
                : "Single sign-on is off: set HUB_OIDC_ISSUER to sign people in with the organisation's provider."
                        + " The groups here apply once it is on.");
        group.setMaxLength(255);
        group.setPlaceholder("hub-team or 6f1c...-group-id");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addMapping());
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        Div toolbar = new Div(group, role, add);
        toolbar.addClassName("toolbar");

        grid.addColumn(GroupRole::getGroup).setHeader("Group at the provider").setFlexGrow(1);
        grid.addColumn(m -> m.getRole().label()).setHeader("Role in the hub").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        refresh();
        add(new H2("Sign-in groups"), about, toolbar, refusal, grid);
        setFlexGrow(1, grid);
    }

    // Method security wraps the view in a proxy whose own fields are empty: tests reach the parts through these.
    TextField group() {
        return group;
    }

    ComboBox<Role> role() {
        return role;
    }

    Button addButton() {
        return add;
    }

    Paragraph refusal() {
        return refusal;
    }

    Grid<GroupRole> grid() {
        return grid;
    }

    private void addMapping() {
        refusal.setVisible(false);
        if (role.getValue() == null) {
            refuse("Choose the role the group gives");
            return;
        }
        try {
            GroupRole added = mappings.add(group.getValue(), role.getValue());
            Notifications.success(added.label() + " from each member's next sign-in");
            group.clear();
            role.clear();
            refresh();
        } catch (RuntimeException refused) {
            refuse(UserMessages.of(refused));
        }
    }

    private Component removeButton(GroupRole mapping) {
        Button remove = new Button("Remove", e -> Confirm.ask("Remove " + mapping.label() + "?",
                "Its members lose the role " + mapping.getRole().label() + " at their next sign-in, unless another group gives it.",
                "Remove", () -> {
                    mappings.remove(mapping.getId());
                    Notifications.success("Removed " + mapping.label());
                    refresh();
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void refresh() {
        grid.setItems(mappings.all());
    }
}
