package uk.nhs.dorset.primarycare.bench;

import java.util.Locale;

/**
 * Every grid and dashboard page, each as first page, a filter, a sort, a page at row 10,000 and
 * a text filter, with the SQL a minimal implementation of the same page needs: the same filter
 * and order, the first 50 rows of exactly the columns shown, the count (with the totals where
 * the page shows totals), on the indexes the schema has.
 */
final class Pages {

    private static final int FAR = 10_000;

    private final NationalBench bench;
    private final NationalData data;

    Pages(NationalBench bench, NationalData data) {
        this.bench = bench;
        this.data = data;
    }

    /** The pages {@code wanted} names (dashboard, grants, practices, workforce, mergers, estates, audit). */
    void all(java.util.function.Predicate<String> wanted) {
        java.util.Map<String, Runnable> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", this::dashboard);
        pages.put("grants", this::grants);
        pages.put("practices", this::practices);
        pages.put("workforce", this::workforce);
        pages.put("mergers", this::mergers);
        pages.put("estates", this::estates);
        pages.put("audit", this::audit);
        pages.forEach((name, page) -> {
            if (wanted.test(name)) {
                page.run();
            }
        });
    }

    private void dashboard() {
        String latestProgramme = "(select max(id) from grant_programme)";
        bench.measure("dashboard (manager)", bench::away, () -> bench.enter("", ""),
                "select status, count(*), sum(requested_grant), sum(approved_grant) from grant_bid where programme_id = "
                        + latestProgramme + " group by status",
                "select stage, rag, count(*) from ettf_project group by stage, rag",
                "select status, count(*) from merger_case group by status",
                "select status, count(*) from workforce_profile where snapshot_date = (select max(snapshot_date) from workforce_profile) group by status",
                "select count(*), sum(list_size) from practice where status = 'OPEN'",
                // The workforce tile's gap by locality: the latest snapshot's staff in post by locality and role.
                "select p.locality_id, line.staff_role, sum(line.fte) from workforce_profile w join practice p on p.id = w.practice_id "
                        + "join workforce_profile_line line on line.profile_id = w.id "
                        + "where w.snapshot_date = (select max(snapshot_date) from workforce_profile) group by p.locality_id, line.staff_role",
                // "Waiting for you": the programmes whose missing budget holds bids up, the bids waiting at each
                // stage with the first few, the cases and projects waiting for a decision.
                "select g.financial_year_start, (select count(*) from grant_bid b where b.programme_id = g.id "
                        + "and b.status in ('SUBMITTED', 'UNDER_REVIEW')) from grant_programme g where g.budget is null",
                "select status, count(*) from grant_bid where status in ('SUBMITTED', 'UNDER_REVIEW', 'EVIDENCE_SUBMITTED') group by status",
                "select b.id, p.ods_code, b.title, b.status from grant_bid b join practice p on p.id = b.practice_id "
                        + "where b.status in ('SUBMITTED', 'UNDER_REVIEW', 'EVIDENCE_SUBMITTED') order by field(b.status, 'SUBMITTED', "
                        + "'UNDER_REVIEW', 'EVIDENCE_SUBMITTED'), b.id limit 6",
                "select status, count(*) from merger_case where status in ('APPLICATION', 'APPROVED') group by status",
                "select count(*) from ettf_project where stage = 'OBC_SUBMITTED'");
    }

    private void grants() {
        String columns = "select b.id, p.ods_code, p.name, l.name, g.financial_year_start, b.title, b.status, b.requested_grant, "
                + "b.approved_grant, g.spend_deadline ";
        String joins = "join practice p on p.id = b.practice_id left join locality l on l.id = p.locality_id "
                + "join grant_programme g on g.id = b.programme_id ";
        String totals = "select count(*), sum(b.requested_grant), sum(b.approved_grant) from grant_bid b ";
        String text = "where b.title like '%surgery%' or p.name like '%surgery%' or p.ods_code like '%surgery%' ";
        bench.measure("/grants", bench::away, () -> bench.enter("grants", ""),
                grantPage(columns, joins, "", "b.id desc", 0), totals);
        bench.measure("/grants?status=Submitted (filter)", bench::away, () -> bench.enter("grants", "status=SUBMITTED"),
                grantPage(columns, joins, "where b.status = 'SUBMITTED' ", "b.id desc", 0), totals + "where b.status = 'SUBMITTED'");
        bench.measure("/grants sorted by requested", () -> bench.show("grants", ""), () -> bench.sort("requested", true),
                grantPage(columns, joins, "", "b.requested_grant desc, b.id desc", 0), totals);
        bench.show("grants", "");
        int rows = bench.rows();
        int offset = Math.max(0, Math.min(FAR, rows - 50));
        bench.measure(String.format(Locale.UK, "/grants at row %,d of %,d", offset, rows), () -> bench.show("grants", ""),
                () -> bench.request(offset), grantPage(columns, joins, "", "b.id desc", offset));
        bench.measure("/grants?q=surgery (text filter)", bench::away, () -> bench.enter("grants", "q=surgery"),
                columns + "from grant_bid b " + joins + text + "order by b.id desc limit 50",
                totals + "join practice p on p.id = b.practice_id " + text);
    }

    /** The page's bids picked on grant_bid's own indexes first, then joined to what the rows show. */
    private static String grantPage(String columns, String joins, String where, String order, int offset) {
        return columns + "from (select * from grant_bid b " + where + "order by " + order + " limit 50 offset " + offset + ") b "
                + joins + "order by " + order;
    }

    private void practices() {
        String rows = "select p.id, p.ods_code, p.name, l.name, l.cluster, c.code, p.list_size, p.cqc_rating, p.status, p.vulnerable, "
                + "p.resilience_programme from practice p left join locality l on l.id = p.locality_id left join pcn c on c.id = p.pcn_id ";
        String count = "select count(*) from practice p ";
        String open = "where p.status = 'OPEN' ";
        String locality = data.someLocality;
        String byLocality = "where p.locality_id = (select id from locality where name = '" + locality + "') ";
        bench.measure("/practices?status=Open", bench::away, () -> bench.enter("practices", "status=Open"),
                rows + open + "order by p.name, p.id limit 50", count + open);
        bench.measure("/practices?locality=X (filter)", bench::away,
                () -> bench.enter("practices", "locality=" + locality.replace(" ", "%20")),
                rows + byLocality + "order by p.name, p.id limit 50", count + byLocality);
        bench.measure("/practices sorted by list size", () -> bench.show("practices", "status=Open"), () -> bench.sort("listSize", true),
                rows + open + "order by p.list_size desc, p.id desc limit 50", count + open);
        scroll("/practices", "practices", "", rows + "order by p.name, p.id");
        String text = "where p.name like '%medical%' or p.ods_code like '%medical%' ";
        bench.measure("/practices?q=medical (text filter)", bench::away, () -> bench.enter("practices", "q=medical"),
                rows + text + "order by p.name, p.id limit 50", count + text);
    }

    private void workforce() {
        String latest = "w.snapshot_date = (select max(snapshot_date) from workforce_profile) ";
        String rows = "select w.id, p.ods_code, p.name, l.name, w.snapshot_date, w.status, w.owner from workforce_profile w "
                + "join practice p on p.id = w.practice_id left join locality l on l.id = p.locality_id where " + latest;
        String count = "select count(*) from workforce_profile w where " + latest;
        // The page's figures: the snapshot's staff in post by role, for the gap against the targets.
        String figures = "select line.staff_role, sum(line.headcount), sum(line.fte) from workforce_profile w "
                + "join workforce_profile_line line on line.profile_id = w.id where " + latest + "group by line.staff_role";
        bench.measure("/workforce (latest snapshot)", bench::away, () -> bench.enter("workforce", ""),
                rows + "order by p.name, w.id limit 50", count, figures);
        bench.measure("/workforce?status=Validated (filter)", bench::away, () -> bench.enter("workforce", "status=VALIDATED"),
                rows + "and w.status = 'VALIDATED' order by p.name, w.id limit 50", count + "and w.status = 'VALIDATED'", figures);
        bench.measure("/workforce sorted by practice", () -> bench.show("workforce", ""), () -> bench.sort("practice", true),
                rows + "order by p.name desc, w.id desc limit 50", count);
        scroll("/workforce", "workforce", "", rows + "order by p.name, w.id");
        String text = "and (p.name like '%surgery%' or p.ods_code like '%surgery%') ";
        bench.measure("/workforce?q=surgery (text filter)", bench::away, () -> bench.enter("workforce", "q=surgery"),
                rows + text + "order by p.name, w.id limit 50",
                count.replace("from workforce_profile w", "from workforce_profile w join practice p on p.id = w.practice_id") + text, figures);
        workforceSections(latest);
    }

    /** The workforce page's other sections, each its own address: what each shows, summed by the database. */
    private void workforceSections(String latest) {
        String inPost = "select p.locality_id, line.staff_role, count(distinct w.id), sum(line.fte), sum(p.list_size) "
                + "from workforce_profile w join practice p on p.id = w.practice_id join workforce_profile_line line on line.profile_id = w.id "
                + "where " + latest + "and p.status = 'OPEN' group by p.locality_id, line.staff_role";
        String targets = "select locality_id, staff_group, target_fte from workforce_target "
                + "where model_version = (select max(model_version) from workforce_target)";
        String validation = "select p.locality_id, count(distinct p.id), sum(p.list_size), count(w.id), sum(w.status = 'VALIDATED'), "
                + "sum(w.status = 'QUERIED') from practice p left join workforce_profile w on w.practice_id = p.id and "
                + latest + "where p.status = 'OPEN' group by p.locality_id";
        bench.measure("/workforce?tab=localities (gap by locality)", bench::away, () -> bench.enter("workforce", "tab=localities"),
                inPost, targets);
        bench.measure("/workforce?tab=clusters (gap by cluster)", bench::away, () -> bench.enter("workforce", "tab=clusters"),
                inPost, targets);
        bench.measure("/workforce?tab=validation", bench::away, () -> bench.enter("workforce", "tab=validation"), validation);
        String page = "select w.id, p.ods_code, p.name, l.name, line.staff_role, line.fte from (select w.id, w.practice_id "
                + "from workforce_profile w join practice p on p.id = w.practice_id where " + latest + "and p.status = 'OPEN' "
                + "order by p.name, w.id limit 50) w join practice p on p.id = w.practice_id left join locality l on l.id = p.locality_id "
                + "join workforce_profile_line line on line.profile_id = w.id order by p.name, w.id";
        String lines = "select count(*) from workforce_profile w join practice p on p.id = w.practice_id where " + latest
                + "and p.status = 'OPEN' and p.locality_id is not null";
        bench.measure("/workforce?tab=practices (gap by practice)", bench::away, () -> bench.enter("workforce", "tab=practices"),
                page, lines, inPost, targets);
    }

    private void mergers() {
        String rows = "select m.id, m.title, m.locality_name, m.reason, m.status, m.combined_list_size, m.funding_amount, "
                + "m.funding_source, m.proposed_merger_date, (select group_concat(x.ods_code) from merger_case_practice x "
                + "where x.merger_case_id = m.id) from merger_case m ";
        String count = "select count(*), sum(m.funding_amount) from merger_case m ";
        bench.measure("/mergers", bench::away, () -> bench.enter("mergers", ""), rows + "order by m.id desc limit 50", count);
        bench.measure("/mergers?status=Application (filter)", bench::away, () -> bench.enter("mergers", "status=APPLICATION"),
                rows + "where m.status = 'APPLICATION' order by m.id desc limit 50", count + "where m.status = 'APPLICATION'");
        bench.measure("/mergers sorted by title", () -> bench.show("mergers", ""), () -> bench.sort("title", false),
                rows + "order by m.title, m.id limit 50", count);
        scroll("/mergers", "mergers", "", rows + "order by m.id desc");
        String locality = data.someLocality;
        bench.measure("/mergers?locality=X (filter)", bench::away,
                () -> bench.enter("mergers", "locality=" + locality.replace(" ", "%20")),
                rows + "where m.locality_name = '" + locality + "' order by m.id desc limit 50",
                count + "where m.locality_name = '" + locality + "'");
    }

    private void estates() {
        String rows = "select e.id, e.name, e.stage, e.rag, l.name, e.lead_organisation, e.project_type, e.capital_value, "
                + "e.programme_end_date from ettf_project e left join locality l on l.id = e.locality_id ";
        String count = "select count(*), sum(e.capital_value) from ettf_project e ";
        bench.measure("/estates (grid)", bench::away, () -> bench.enter("estates", "view=grid"), rows + "order by e.name, e.id limit 50", count);
        bench.measure("/estates?rag=Red (filter)", bench::away, () -> bench.enter("estates", "view=grid&rag=Red"),
                rows + "where e.rag = 'RED' order by e.name, e.id limit 50", count + "where e.rag = 'RED'");
        bench.measure("/estates sorted by capital", () -> bench.show("estates", "view=grid"), () -> bench.sort("capital", true),
                rows + "order by e.capital_value desc, e.id desc limit 50", count);
        scroll("/estates", "estates", "view=grid", rows + "order by e.name, e.id");
        String text = "where e.name like '%hub%' ";
        bench.measure("/estates?q=hub (text filter)", bench::away, () -> bench.enter("estates", "view=grid&q=hub"),
                rows + text + "order by e.name, e.id limit 50", count + text);
        bench.measure("/estates (board)", bench::away, () -> bench.enter("estates", ""),
                "select e.id, e.name, e.stage, e.rag, e.held_from, e.feasibility_percent from ettf_project e order by e.name, e.id",
                count,
                // The next milestone of the cards shown (25 a stage, about 300 in all).
                "select project_id, stage, planned_date from ettf_stage_record where actual_date is null and planned_date is not null "
                        + "and project_id in (select * from (select id from ettf_project order by name, id limit 300) shown)");
    }

    private void audit() {
        String rows = "select id, changed_at, changed_by, feature, record_label, link, from_status, to_status from audit_event ";
        String count = "select count(*) from audit_event ";
        bench.measure("/programme/audit", bench::away, () -> bench.enter("programme/audit", ""),
                rows + "order by changed_at desc, id desc limit 50", count);
        bench.measure("/programme/audit?user=team7 (filter)", bench::away, () -> bench.enter("programme/audit", "user=team7"),
                rows + "where changed_by = 'team7' order by changed_at desc, id desc limit 50", count + "where changed_by = 'team7'");
        bench.measure("/programme/audit sorted by when", () -> bench.show("programme/audit", ""), () -> bench.sort(null, false),
                rows + "order by changed_at, id limit 50", count);
        scroll("/programme/audit", "programme/audit", "", rows + "order by changed_at desc, id desc");
        String range = "where changed_at >= '2023-01-01' and changed_at < '2023-02-01' ";
        bench.measure("/programme/audit?from=01/01/2023&to=31/01/2023 (range)", bench::away,
                () -> bench.enter("programme/audit", "from=2023-01-01&to=2023-01-31"),
                rows + range + "order by changed_at desc, id desc limit 50", count + range);
    }

    /** A page at row 10,000 of the open view (or its last page, where the grid holds fewer rows). */
    private void scroll(String page, String route, String query, String orderedRows) {
        bench.show(route, query);
        int rows = bench.rows();
        int offset = Math.max(0, Math.min(FAR, rows - 50));
        bench.measure(String.format(Locale.UK, "%s at row %,d of %,d", page, offset, rows), () -> bench.show(route, query),
                // The count was answered when the page opened: scrolling asks for rows only.
                () -> bench.request(offset), orderedRows + " limit 50 offset " + offset);
    }
}
