package uk.nhs.dorset.primarycare.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The audit trail read as a governance record: labels, record kinds, each field's before and after, a link. */
class AuditViewIT extends ViewTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantBid aBidChangedAndWithdrawn() {
        signIn("team");
        long programme = programmes.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19"))
                .findFirst().orElseThrow().getId();
        BidForm form = new BidForm();
        form.setTitle("Audited scheme " + System.nanoTime());
        form.setTotalCost(new BigDecimal("1000"));
        GrantBid bid = grants.create("J81002", programme, form);
        form.setTotalCost(new BigDecimal("35834"));
        bid = grants.update(bid.getId(), bid.getVersion(), form);
        return grants.move(bid.getId(), bid.getVersion(), BidStatus.WITHDRAWN, MoveRequest.none());
    }

    private List<String> row(Grid<?> grid, int row) {
        var tester = test(grid);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < grid.getColumns().size(); c++) {
            cells.add(grid.getColumns().get(c).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?>
                    ? text(tester.getCellComponent(row, c)) : tester.getCellText(row, c));
        }
        return cells;
    }

    private static String text(com.vaadin.flow.component.Component cell) {
        return cell.getElement().getTextRecursively();
    }

    @Test
    void aTransitionNamesTheKindOfRecordAndItsStatusesInWords() {
        GrantBid bid = aBidChangedAndWithdrawn();
        signIn("manager");
        navigate(AuditView.class);
        UI.getCurrent().navigate("programme/audit", QueryParameters.simple(Map.of("record", String.valueOf(bid.getId()), "feature", "grant")));
        Grid<?> transitions = find(Grid.class).single();
        List<String> newest = row(transitions, 0);
        assertThat(newest).contains("Grant bid", "Draft", "Withdrawn", "team");
        assertThat(String.join("|", newest)).doesNotContain("WITHDRAWN", "DRAFT", "GrantBid");
    }

    @Test
    void aFieldChangeShowsTheFieldItsOldAndNewValueWhoWhenAndALinkToTheRecord() {
        GrantBid bid = aBidChangedAndWithdrawn();
        signIn("manager");
        navigate(AuditView.class);
        UI.getCurrent().navigate("programme/audit", QueryParameters.simple(Map.of("record", String.valueOf(bid.getId()), "feature", "grant")));
        find(RadioButtonGroup.class).single().setValue(AuditView.FIELD_CHANGES);
        Grid<?> changes = find(Grid.class).all().stream().filter(g -> g.getId().orElse("").equals("field-changes"))
                .findFirst().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < test(changes).size(); r++) {
            rows.add(row(changes, r));
        }
        assertThat(rows).anySatisfy(r -> assertThat(String.join("|", r))
                .contains("team", "Grant bid", "Total cost: £1,000 → £35,834").doesNotContain("GrantBid"));
        assertThat(find(Anchor.class).from(changes).all()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).isEqualTo("/grants/" + bid.getId()));
    }
}
