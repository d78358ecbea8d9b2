package uk.nhs.dorset.primarycare.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import jakarta.persistence.EntityManager;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.GroupRole;
import uk.nhs.dorset.primarycare.security.GroupRoleService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** An administrator maps a provider's group to a role and removes it again, both in the audit trail. */
class SignInGroupsViewIT extends ViewTest {

    @Autowired
    GroupRoleService service;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdministratorAddsAndRemovesAMappingAndBothAreAudited() {
        signIn("admin");
        SignInGroupsView view = navigate(SignInGroupsView.class);
        String group = "hub-estates-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        test(view.group()).setValue(group);
        test(view.addButton()).click();
        assertThat(view.refusal().getText()).isEqualTo("Choose the role the group gives");

        view.role().setValue(Role.ESTATES);
        test(view.addButton()).click();
        GroupRole added = service.all().stream().filter(m -> m.getGroup().equals(group)).findFirst().orElseThrow();
        assertThat(added.getRole()).isEqualTo(Role.ESTATES);
        assertThat(test(view.grid()).size()).isEqualTo(service.all().size());

        test(view.group()).setValue(group.toUpperCase());
        view.role().setValue(Role.ESTATES);
        test(view.addButton()).click();
        assertThat(view.refusal().getText()).isEqualTo("The group " + group.toUpperCase() + " already gives the role Estates lead");

        int row = service.all().indexOf(added);
        test((Button) test(view.grid()).getCellComponent(row, 2)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(find(Button.class).from(confirm).withText("Remove").single()).click();
        assertThat(service.all()).doesNotContain(added);

        long id = added.getId();
        Integer revisions = transactions.execute(status -> AuditReaderFactory.get(entityManager).getRevisions(GroupRole.class, id).size());
        assertThat(revisions).as("added and removed, in the audit").isEqualTo(2);
    }
}
