package uk.nhs.dorset.primarycare.testing.pages;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What axe-core and a screen reader's landmarks say of the screen a page shows. */
public final class Accessibility {

    /** WCAG 2.2 AA and everything below it. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Page page;

    public Accessibility(Page page) {
        this.page = page;
    }

    /** Every problem on the screen, one line each: axe's violations, and a missing or extra h1 or main landmark. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        for (Rule violation : results.getViolations()) {
            String where = violation.getNodes().stream().limit(3)
                    .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
            problems.add(violation.getId() + " (" + violation.getNodes().size() + "): " + violation.getHelp() + " at " + where);
        }
        Object headings = page.evaluate("() => document.querySelectorAll('h1').length");
        if (((Number) headings).intValue() != 1) {
            problems.add("the page has " + headings + " h1 headings, not one");
        }
        Object main = page.evaluate("() => document.querySelectorAll('main, [role=main]').length");
        if (((Number) main).intValue() < 1) {
            problems.add("the page has no main landmark");
        }
        return problems;
    }
}
