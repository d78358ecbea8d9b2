package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** The ODS and list-size imports: the real national files, and malformed ones that change nothing. */
@IntegrationTest
class PracticeImportIT {

    @Autowired
    PracticeImportService imports;
    @Autowired
    PracticeRepository practices;
    @Autowired
    UserDetailsService userDetailsService;

    @BeforeEach
    void signIn() {
        // A browserless test earlier in this JVM may leave a Vaadin session on the thread.
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SignIn.as(userDetailsService, "admin");
    }

    /** Practices these tests created: removed again so the register's demo counts stay as loaded. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeCreatedPracticesAndSignOut() {
        created.forEach(code -> practices.findByOdsCode(code).ifPresent(practices::delete));
        SignIn.out();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PracticeImportIT.class.getResourceAsStream("/nhs/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Plain splitting of the fully quoted national file, independent of the importer's CSV parsing. */
    private static List<String[]> quotedRows(byte[] file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(file, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(line.substring(1, line.length() - 1).split("\",\"", -1));
            }
        }
        return rows;
    }

    private static String line(String code, String name, String open, String close, String status, String ccg, String setting) {
        String[] f = new String[27];
        java.util.Arrays.fill(f, "");
        f[0] = code;
        f[1] = name;
        f[4] = "THE SURGERY";
        f[7] = "WAREHAM";
        f[9] = "BH20 4AA";
        f[10] = open;
        f[11] = close;
        f[12] = status;
        f[14] = ccg;
        f[25] = setting;
        return "\"" + String.join("\",\"", f) + "\"";
    }

    private static byte[] bytes(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private String newCode() {
        String code = "Y9" + ThreadLocalRandom.current().nextInt(1000, 9999);
        created.add(code);
        return code;
    }

    private static byte[] dorset2018() throws IOException {
        try (InputStream in = PracticeImportIT.class.getResourceAsStream("/ods/epraccur_dorset_11J_2018-08.csv")) {
            return in.readAllBytes();
        }
    }

    /** The first data line of the Dorset 2018 file with its practice code replaced. */
    private static String realRowAs(String code) throws IOException {
        String line = new String(dorset2018(), StandardCharsets.UTF_8).split("\r?\n")[1];
        return code + line.substring(line.indexOf(','));
    }

    @Test
    void odsListingAMergedPracticeAsActiveIsReportedAndTheMergerKept() throws IOException {
        String absorbed = newCode();
        String continuing = newCode();
        Practice into = practices.save(new Practice(continuing, "Continuing Surgery"));
        Practice merged = new Practice(absorbed, "Orchid House Surgery");
        merged.mergeInto(into, java.time.LocalDate.of(2017, 10, 1));
        practices.save(merged);
        String added = newCode();
        ImportPlan plan = imports.dryRunEpraccur(bytes(realRowAs(absorbed), realRowAs(added)), "11J");
        assertThat(plan.notices()).anySatisfy(n -> assertThat(n).startsWith("ODS still lists " + absorbed
                + " as active; the hub records it merged into " + continuing + " on 01/10/2017"));
        assertThat(plan.toChange()).flatExtracting(ImportPlan.Row::changes).extracting(ImportPlan.FieldChange::field)
                .doesNotContain("Close date", "Status");
        imports.applyEpraccur(plan.confirmed(), p -> { }, () -> false);
        Practice after = practices.findByOdsCode(absorbed).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(PracticeStatus.MERGED);
        assertThat(after.getCloseDate()).isEqualTo(java.time.LocalDate.of(2017, 10, 1));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderOfACommissionerFileIsStripped() throws IOException {
        byte[] file = dorset2018();
        byte[] withBom = new byte[file.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(file, 0, withBom, 3, file.length);
        ImportPlan plan = imports.dryRunEpraccur(withBom, "11J");
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.rowsRead()).isEqualTo(127);
    }

    @Test
    void aFileReSavedByExcelReadsTheSameAsTheOriginal() throws IOException {
        String original = new String(dorset2018(), StandardCharsets.UTF_8);
        StringBuilder excel = new StringBuilder();
        for (String line : original.split("\r?\n")) {
            List<String> f = new ArrayList<>(org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(line))
                    .getRecords().getFirst().toList());
            f.removeLast();
            for (int i : new int[] {10, 11, 15, 16}) {
                if (f.get(i).matches("\\d{8}")) {
                    String d = f.get(i);
                    f.set(i, d.substring(6, 8) + "/" + d.substring(4, 6) + "/" + d.substring(0, 4));
                }
            }
            excel.append(String.join(",", f.stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList())).append("\r\n");
        }
        ImportPlan plain = imports.dryRunEpraccur(dorset2018(), "11J");
        ImportPlan resaved = imports.dryRunEpraccur(excel.toString().getBytes(StandardCharsets.UTF_8), "11J");
        assertThat(resaved.rejected()).isEmpty();
        assertThat(resaved.summary()).isEqualTo(plain.summary());
    }

    @Test
    void aFileLackingManyOfTheRegistersPracticesWarnsAndNeedsConfirmation() throws IOException {
        String[] lines = new String(dorset2018(), StandardCharsets.UTF_8).split("\r?\n");
        String added = newCode();
        String cut = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 30)) + "\n" + realRowAs(added) + "\n";
        long open = practices.findAll().stream().filter(Practice::isOpen).count();
        ImportPlan plan = imports.dryRunEpraccur(cut.getBytes(StandardCharsets.UTF_8), "11J");
        assertThat(plan.needsConfirmation()).isTrue();
        assertThat(plan.notices()).anySatisfy(n -> assertThat(n).endsWith(" of your " + open + " practices are not in this file: is it complete?"));
        assertThatThrownBy(() -> imports.applyEpraccur(plan, p -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is it complete");
        assertThat(practices.findByOdsCode(added)).isEmpty();
        imports.applyEpraccur(plan.confirmed(), p -> { }, () -> false);
        assertThat(practices.findByOdsCode(added)).isPresent();
    }

    @Test
    void theRealNationalFileFilteredTo11JMatchesAnIndependentCount() throws IOException {
        byte[] file = resource("epraccur_full_2025-05_raw.csv");
        List<String[]> rows = quotedRows(file);
        Set<String> gp11J = new HashSet<>();
        Set<String> closed11J = new HashSet<>();
        for (String[] f : rows) {
            if (f[14].equals("11J") && f[25].equals("4")) {
                gp11J.add(f[0]);
                if (!f[12].equals("A") && !f[12].equals("P")) {
                    closed11J.add(f[0]);
                }
            }
        }
        assertThat(gp11J).hasSize(102);
        Set<String> known = new HashSet<>();
        Set<String> openNow = new HashSet<>();
        practices.findAll().forEach(p -> {
            known.add(p.getOdsCode());
            if (p.isOpen()) {
                openNow.add(p.getOdsCode());
            }
        });
        long expectedAdds = gp11J.stream().filter(c -> !known.contains(c)).count();
        long expectedCloses = closed11J.stream().filter(openNow::contains).count();

        ImportPlan plan = imports.dryRunEpraccur(file, "11j");

        assertThat(plan.rowsRead()).isEqualTo(rows.size());
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.skipped()).isEqualTo(rows.size() - gp11J.size());
        assertThat(plan.toAdd()).hasSize((int) expectedAdds);
        assertThat(plan.toClose()).hasSize((int) expectedCloses);
        assertThat(plan.toAdd().size() + plan.toChange().size() + plan.toClose().size() + plan.unchanged()).isEqualTo(102);
        assertThat(plan.toAdd()).allMatch(r -> gp11J.contains(r.odsCode()));
        assertThat(plan.toClose()).allMatch(r -> r.changes().stream().anyMatch(c -> c.field().equals("Status") && c.to().equals("Closed")));
        assertThat(plan.canApply()).isTrue();
    }

    @Test
    void anotherCommissionerSelectsOnlyItsOwnPractices() throws IOException {
        byte[] file = resource("epraccur_full_2025-05_raw.csv");
        long expected = quotedRows(file).stream().filter(f -> f[14].equals("15E") && f[25].equals("4")).count();
        ImportPlan plan = imports.dryRunEpraccur(file, "15E");
        assertThat(plan.toAdd().size() + plan.toChange().size() + plan.toClose().size() + plan.unchanged()).isEqualTo((int) expected);
    }

    @Test
    void addsChangesAndClosesAPracticeEachInOneTransaction() {
        String code = newCode();
        ImportPlan add = imports.dryRunEpraccur(bytes(line(code, "NEW TOWN SURGERY", "20190401", "", "A", "99X", "4")), "99X");
        assertThat(add.toAdd()).extracting(ImportPlan.Row::odsCode).containsExactly(code);
        List<Double> progress = new ArrayList<>();
        assertThat(imports.applyEpraccur(add.confirmed(), progress::add, () -> false)).isEqualTo(1);
        assertThat(progress).last().isEqualTo(1.0);
        Practice created = practices.findByOdsCode(code).orElseThrow();
        assertThat(created.getName()).isEqualTo("New Town Surgery");
        assertThat(created.isOpen()).isTrue();

        ImportPlan same = imports.dryRunEpraccur(bytes(line(code, "NEW TOWN SURGERY", "20190401", "", "A", "99X", "4")), "99X");
        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(same.canApply()).isFalse();

        ImportPlan close = imports.dryRunEpraccur(bytes(line(code, "NEW TOWN SURGERY", "20190401", "20240331", "C", "99X", "4")), "99X");
        assertThat(close.toClose()).hasSize(1);
        assertThat(close.toClose().getFirst().changes()).extracting(ImportPlan.FieldChange::field).containsExactly("Close date", "Status");
        imports.applyEpraccur(close.confirmed(), p -> { }, () -> false);
        Practice closed = practices.findByOdsCode(code).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(PracticeStatus.CLOSED);
        assertThat(closed.getCloseDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
    }

    @Test
    void aCancelledApplyChangesNothing() {
        String code = newCode();
        ImportPlan add = imports.dryRunEpraccur(bytes(line(code, "CANCELLED SURGERY", "20190401", "", "A", "98X", "4")), "98X");
        assertThatThrownBy(() -> imports.applyEpraccur(add.confirmed(), p -> { }, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(practices.findByOdsCode(code)).isEmpty();
    }

    @Test
    void wrongFieldCountIsRejectedAndCannotBeApplied() {
        String good = newCode();
        String shortRow = line(newCode(), "SHORT SURGERY", "20190401", "", "A", "99X", "4");
        shortRow = shortRow.substring(0, shortRow.lastIndexOf(','));
        ImportPlan plan = imports.dryRunEpraccur(bytes(line(good, "GOOD SURGERY", "20190401", "", "A", "99X", "4"), shortRow), "99X");
        assertThat(plan.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("has 26 fields; epraccur rows have 27");
        });
        assertThat(plan.canApply()).isFalse();
        assertThatThrownBy(() -> imports.applyEpraccur(plan, p -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 rejected rows");
        assertThat(practices.findByOdsCode(good)).isEmpty();
    }

    @Test
    void badDatesAreRejectedWithTheReason() {
        String good = newCode();
        ImportPlan plan = imports.dryRunEpraccur(bytes(line(good, "GOOD SURGERY", "20190401", "", "A", "99X", "4"),
                line(newCode(), "BAD SURGERY", "2019-04-01", "", "A", "99X", "4")), "99X");
        assertThat(plan.rejected()).singleElement().extracting(ImportPlan.Rejected::reason)
                .isEqualTo("open date '2019-04-01' is not a date (YYYYMMDD)");
        assertThatThrownBy(() -> imports.applyEpraccur(plan, p -> { }, () -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(practices.findByOdsCode(good)).isEmpty();
    }

    @Test
    void duplicateCodesAreRejected() {
        String code = newCode();
        ImportPlan plan = imports.dryRunEpraccur(bytes(line(code, "ONE SURGERY", "20190401", "", "A", "99X", "4"),
                line(code, "TWO SURGERY", "20190401", "", "A", "99X", "4")), "99X");
        assertThat(plan.rejected()).singleElement().extracting(ImportPlan.Rejected::reason).isEqualTo("duplicate code: also on line 1");
        assertThatThrownBy(() -> imports.applyEpraccur(plan, p -> { }, () -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(practices.findByOdsCode(code)).isEmpty();
    }

    @Test
    void emptyBinaryAndNonCsvFilesAreRefusedWithAClearMessage() {
        long before = practices.count();
        assertThatThrownBy(() -> imports.dryRunEpraccur(new byte[0], "11J")).hasMessage("The file is empty");
        assertThatThrownBy(() -> imports.dryRunEpraccur("\n \n".getBytes(StandardCharsets.UTF_8), "11J")).hasMessage("The file is empty");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> imports.dryRunEpraccur(zip, "11J")).hasMessageStartingWith("This is not a CSV text file");
        ImportPlan prose = imports.dryRunEpraccur("Dear colleague,\nplease find attached\n".getBytes(StandardCharsets.UTF_8), "11J");
        assertThat(prose.rejected()).hasSize(2).allMatch(r -> r.reason().endsWith("epraccur rows have 27"));
        assertThat(prose.canApply()).isFalse();
        assertThatThrownBy(() -> imports.dryRunEpraccur(bytes(line(newCode(), "X", "20190401", "", "A", "99X", "4")), "ZZZ"))
                .hasMessageStartingWith("The file has no GP practices (prescribing setting 4) for commissioner ZZZ");
        assertThatThrownBy(() -> imports.dryRunEpraccur(bytes(line(newCode(), "X", "20190401", "", "A", "99X", "4")), "not a code"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> imports.dryRunListSizes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("The list-size file needs a header with the columns CODE, NUMBER_OF_PATIENTS and EXTRACT_DATE");
        assertThatThrownBy(() -> imports.dryRunListSizes(new byte[0])).hasMessage("The file is empty");
        assertThat(practices.count()).isEqualTo(before);
    }

    @Test
    void theRealListSizeFileMatchesThePracticesInTheRegister() throws IOException {
        byte[] file = resource("gp-reg-pat-prac-all_2021-01_full.csv");
        Set<String> known = new HashSet<>();
        practices.findAll().forEach(p -> known.add(p.getOdsCode()));
        List<String> lines = List.of(new String(file, StandardCharsets.UTF_8).split("\r?\n"));
        long inRegister = lines.stream().skip(1).map(l -> l.split(",")[5]).filter(known::contains).count();
        assertThat(inRegister).isGreaterThan(70);

        ImportPlan plan = imports.dryRunListSizes(file);
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.rowsRead()).isEqualTo(lines.size() - 1);
        assertThat(plan.toChange().size() + plan.unchanged()).isEqualTo((int) inRegister);
        assertThat(plan.skipped()).isEqualTo(lines.size() - 1 - (int) inRegister);
    }

    @Test
    void listSizesApplyAndBadRowsAreRejected() {
        String code = newCode();
        imports.applyEpraccur(imports.dryRunEpraccur(bytes(line(code, "LIST SURGERY", "20190401", "", "A", "97X", "4")), "97X")
                .confirmed(), p -> { }, () -> false);
        String header = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
        ImportPlan bad = imports.dryRunListSizes(bytes(header,
                "GP_PRAC_PAT_LIST,01FEB2021,GP,11J,E38000045," + code + ",BH20 4AA,ALL,ALL,-5",
                "GP_PRAC_PAT_LIST,2021-02-01,GP,11J,E38000045,J81002,BH20 4AA,ALL,ALL,9000"));
        assertThat(bad.rejected()).extracting(ImportPlan.Rejected::code).containsExactly(code, "J81002");
        assertThatThrownBy(() -> imports.applyListSizes(bad, p -> { }, () -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(practices.findByOdsCode(code).orElseThrow().getListSize()).isNull();

        ImportPlan good = imports.dryRunListSizes(bytes(header,
                "GP_PRAC_PAT_LIST,01feb2021,GP,11J,E38000045," + code + ",BH20 4AA,ALL,ALL,4321"));
        assertThat(good.toChange()).singleElement().extracting(ImportPlan.Row::odsCode).isEqualTo(code);
        assertThat(imports.applyListSizes(good, p -> { }, () -> false)).isEqualTo(1);
        Practice p = practices.findByOdsCode(code).orElseThrow();
        assertThat(p.getListSize()).isEqualTo(4321);
        assertThat(p.getListSizeDate()).isEqualTo(java.time.LocalDate.of(2021, 2, 1));
    }
}
