package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** The NHS Digital workforce import on the real database, with the published sample rows. */
@IntegrationTest
class WorkforceImportIT {

    static final LocalDate JULY = LocalDate.of(2025, 7, 31);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 30);

    @Autowired
    WorkforceImportService imports;
    @Autowired
    WorkforceService workforce;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void practicesOfTheSampleExistOutsideDorset() {
        // Reference data is Dorset only; the sample's practices are added here as test data.
        for (String ods : new String[] {"A81001", "A81002", "A81004"}) {
            Integer n = jdbc.queryForObject("select count(*) from practice where ods_code = ?", Integer.class, ods);
            if (n == 0) {
                jdbc.update("insert into practice (version, ods_code, name, status, vulnerable, resilience_programme) "
                        + "values (0, ?, ?, 'OPEN', false, false)", ods, "Sample practice " + ods);
            }
        }
        SignIn.as(users, "team");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Path sample(boolean upperCaseHeader) throws IOException {
        String text;
        try (InputStream in = WorkforceImportIT.class.getResourceAsStream(WorkforceFileReaderTest.SAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (upperCaseHeader) {
            int eol = text.indexOf('\n');
            text = text.substring(0, eol).toUpperCase(Locale.ROOT) + text.substring(eol);
        }
        return write(text);
    }

    static Path write(String text) throws IOException {
        Path file = Files.createTempFile("workforce", ".csv");
        Files.writeString(file, text);
        file.toFile().deleteOnExit();
        return file;
    }

    long profilesAt(LocalDate snapshot) {
        return workforce.count(new ProfileFilter(null, null, null, snapshot, null));
    }

    @Test
    void dryRunReportsMatchedUnknownAndOtherMonthsWithoutChangingAnything() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 7, 1);
        Path file = sample(false);
        ImportReport report = imports.dryRun(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE);
        assertThat(report.applied()).isFalse();
        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.otherMonth()).isEqualTo(3);
        assertThat(report.matched()).isEqualTo(3);
        assertThat(report.unknownPractices()).isEqualTo(4);
        assertThat(report.unknownPracticeCodes()).containsExactlyInAnyOrder("A81005", "A81006", "A81007", "A81009");
        assertThat(report.rejected()).isZero();
        assertThat(report.unknownColumns()).isEmpty();
        assertThat(report.canApply()).isTrue();
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void theRealSampleImportsWithThePublishedFtes() throws IOException {
        Path file = sample(false);
        ImportReport report = imports.apply(file, Files.size(file), new ImportOptions(JULY, "16C"), ImportProgress.NONE);
        assertThat(report.applied()).isTrue();
        assertThat(report.created() + report.replaced()).isEqualTo(3);
        WorkforceProfile a81001 = workforce.profilesOf("A81001").stream()
                .filter(p -> p.getSnapshotDate().equals(JULY)).findFirst().orElseThrow();
        assertThat(a81001.getStatus()).isEqualTo(ProfileStatus.DRAFT);
        assertThat(a81001.groupFte(StaffGroup.GP)).isEqualByComparingTo("4.84");
        assertThat(a81001.groupFte(StaffGroup.NURSES)).as("NA is not supplied, not zero").isNull();
        assertThat(a81001.groupFte(StaffGroup.ADMIN)).isEqualByComparingTo("4.2");
        assertThat(a81001.getRegisteredPatients()).isEqualTo(3849);
        assertThat(a81001.patientsPerGpFte()).isEqualByComparingTo("795");
        assertThat(a81001.patientsPerClinicalFte()).isNull();
        WorkforceProfile a81002 = workforce.profilesOf("A81002").stream()
                .filter(p -> p.getSnapshotDate().equals(JULY)).findFirst().orElseThrow();
        assertThat(a81002.groupFte(StaffGroup.NURSES)).isEqualByComparingTo("7.48");
        assertThat(a81002.groupFte(StaffGroup.GP)).isEqualByComparingTo("9.32");
    }

    @Test
    void upperCaseHeaderImportsTheSameFigures() throws IOException {
        Path file = sample(true);
        imports.apply(file, Files.size(file), new ImportOptions(JUNE, null), ImportProgress.NONE);
        WorkforceProfile june = workforce.profilesOf("A81002").stream()
                .filter(p -> p.getSnapshotDate().equals(JUNE)).findFirst().orElseThrow();
        assertThat(june.groupFte(StaffGroup.GP)).isEqualByComparingTo("9.32");
        assertThat(june.fte(StaffRole.RECEPTIONIST)).isEqualByComparingTo("16.307");
    }

    @Test
    void anotherCommissionersChoiceImportsNothing() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 7, 2);
        Path file = sample(false);
        ImportReport dry = imports.dryRun(file, Files.size(file), new ImportOptions(snapshot, "11J/"), ImportProgress.NONE);
        assertThat(dry.otherCommissioner()).isEqualTo(10);
        assertThat(dry.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(file, Files.size(file), new ImportOptions(snapshot, "11J"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class);
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void unknownColumnsAreReported() throws IOException {
        Path file = write("PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC,NURSE_FTE_2015\nA81001,2.5,3,2.5\n");
        ImportReport report = imports.dryRun(file, Files.size(file), new ImportOptions(LocalDate.of(2015, 9, 30), "all"), ImportProgress.NONE);
        assertThat(report.unknownColumns()).containsExactly("NURSE_FTE_2015");
        assertThat(report.missingColumns()).contains("TOTAL_GP_PTNR_PROV_FTE");
        assertThat(report.matched()).isEqualTo(1);
    }

    @Test
    void totalsThatDifferFromTheRolesAreListedPerPracticeAndApplyIsRefused() throws IOException {
        LocalDate snapshot = LocalDate.of(2019, 9, 30);
        // A81002's GP roles add up to 3.5 FTE and 4 people; its own totals say 4.5 FTE and 5 people.
        Path file = write("PRAC_CODE,CCG_CODE,TOTAL_GP_HC,TOTAL_GP_FTE,TOTAL_GP_PTNR_PROV_HC,TOTAL_GP_PTNR_PROV_FTE,"
                + "TOTAL_GP_SAL_BY_PRAC_HC,TOTAL_GP_SAL_BY_PRAC_FTE\n"
                + "A81001,16C,3,2.5,2,1.5,1,1.0\n"
                + "A81002,16C,5,4.5,3,2.5,1,1.0\n");
        ImportReport dry = imports.dryRun(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE);
        assertThat(dry.totalsDiffer()).containsExactly(
                "A81002: TOTAL_GP_FTE is 4.5, but the roles read for GPs add up to 3.5",
                "A81002: TOTAL_GP_HC is 5, but the roles read for GPs count only 4");
        assertThat(dry.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("A81002");
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void aFileOfAnotherMonthThanTheSnapshotIsRefusedSayingBoth() throws IOException {
        Path file = sample(false);
        LocalDate may = LocalDate.of(2025, 5, 31);
        assertThatThrownBy(() -> imports.dryRun(file, Files.size(file), new ImportOptions(may, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class)
                .hasMessageContaining("June 2025 and July 2025").hasMessageContaining("May 2025");
        Path dated = write("PRAC_CODE,EXTRACT_DATE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\nA81001,30SEP2019,2.5,3\n");
        assertThatThrownBy(() -> imports.apply(dated, Files.size(dated), new ImportOptions(may, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class)
                .hasMessageContaining("September 2019").hasMessageContaining("May 2025");
        assertThat(profilesAt(may)).isZero();
    }

    @Test
    void aRejectedRowMeansNothingIsImported() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 5, 31);
        Path file = write("PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\nA81001,2.5,3\nA81002,two,3\nA81004,1,1\n");
        ImportReport dry = imports.dryRun(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE);
        assertThat(dry.rejections()).containsExactly("Line 3: TOTAL_NURSES_FTE 'two' is not a number");
        assertThatThrownBy(() -> imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("nothing was imported");
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void raggedRowsAreRejected() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 4, 30);
        Path file = write("PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\nA81001,2.5,3\nA81002,2.5\n");
        assertThatThrownBy(() -> imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("has 2 fields");
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void wrongEncodingAndEmptyFilesAreRejected() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 3, 31);
        Path utf16 = Files.createTempFile("workforce", ".csv");
        Files.write(utf16, "PRAC_CODE,TOTAL_NURSES_FTE\nA81001,1\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(utf16, new byte[] {(byte) 0xFF, (byte) 0xFE}, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Files.write(utf16, "PRAC_CODE,TOTAL_NURSES_FTE\nA81001,1\n".getBytes(StandardCharsets.UTF_16LE), java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> imports.apply(utf16, Files.size(utf16), new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("UTF-16");
        Path empty = write("");
        assertThatThrownBy(() -> imports.dryRun(empty, 0, new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("empty");
        Path headerOnly = write("PRAC_CODE,TOTAL_NURSES_FTE\n");
        assertThatThrownBy(() -> imports.apply(headerOnly, Files.size(headerOnly), new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("no practice rows");
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void anUploadCutShortOfItsAnnouncedTwoGigabytesIsRejected() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 2, 28);
        Path file = sample(false);
        long announced = 2L * 1024 * 1024 * 1024;
        assertThatThrownBy(() -> imports.apply(file, announced, new ImportOptions(snapshot, "all"), ImportProgress.NONE))
                .isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("cut short");
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void cancelRollsEverythingBack() throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 1, 31);
        Path file = write("PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\nA81001,2.5,3\nA81002,1,1\nA81004,1,1\n");
        AtomicInteger checks = new AtomicInteger();
        ImportProgress cancelAfterTwoRows = new ImportProgress() {
            @Override
            public boolean cancelled() {
                return checks.incrementAndGet() > 2;
            }
        };
        assertThatThrownBy(() -> imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), cancelAfterTwoRows))
                .isInstanceOf(WorkforceImportService.ImportCancelled.class);
        assertThat(profilesAt(snapshot)).isZero();
    }

    @Test
    void onlyTheTeamManagersAndAdministratorsImport() throws IOException {
        Path file = sample(false);
        for (String user : new String[] {"practice", "estates"}) {
            SignIn.as(users, user);
            assertThatThrownBy(() -> imports.dryRun(file, Files.size(file), new ImportOptions(JULY, "all"), ImportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String user : new String[] {"manager", "admin"}) {
            SignIn.as(users, user);
            assertThat(imports.dryRun(file, Files.size(file), new ImportOptions(LocalDate.of(2025, 7, 3), "all"), ImportProgress.NONE).rows())
                    .isEqualTo(10);
        }
    }

    @Test
    void practiceManagerCannotSeeAnotherPracticesProfiles() {
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> workforce.profilesOf("A81001")).isInstanceOf(NotFound.class);
    }

    /** Statements the database has been sent so far (the test's own database: nothing else sends many). */
    private long statementsSent() {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
    }

    @Test
    void aLargeFileIsWrittenInAFewStatementsWithTheHistoryAndAuditOfEachProfile() throws Exception {
        // More practices than the import writes at once, so a statement per practice (or per chunk) would show.
        LocalDate snapshot = LocalDate.of(2024, 3, 31);
        List<String> codes = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            codes.add(String.format(Locale.ROOT, "Y%05d", 90_000 + i));
            practices.add(new Object[] {codes.getLast(), "Large file practice " + i});
        }
        jdbc.batchUpdate("insert into practice (version, ods_code, name, status, vulnerable, resilience_programme) "
                + "values (0, ?, ?, 'OPEN', false, false)", practices);
        try {
            Path file = Files.createTempFile("workforce-large", ".csv");
            file.toFile().deleteOnExit();
            WorkforceImportBench.generate(file, codes);
            Instant started = clock.instant();
            long before = statementsSent();
            ImportReport report = imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE);
            long statements = statementsSent() - before - 1;
            Instant finished = clock.instant();
            assertThat(report.created()).isEqualTo(2_500);
            assertThat(statements).as("statements sent to import 2,500 practices").isLessThan(60);

            WorkforceProfile profile = workforce.profilesOf(codes.getFirst()).stream()
                    .filter(p -> p.getSnapshotDate().equals(snapshot)).findFirst().orElseThrow();
            assertThat(profile.getStatus()).isEqualTo(ProfileStatus.DRAFT);
            assertThat(profile.getSource()).isEqualTo(WorkforceImportService.SOURCE);
            assertThat(profile.getLines()).hasSizeGreaterThan(10);
            assertThat(profile.getHistory()).singleElement().satisfies(row -> {
                assertThat(row.getFromStatus()).isNull();
                assertThat(row.getToStatus()).isEqualTo("DRAFT");
                assertThat(row.getChangedBy()).isEqualTo("team");
                assertThat(row.getComment()).isEqualTo("Created from " + WorkforceImportService.SOURCE);
                assertThat(row.getChangedAt()).isBetween(started.minusMillis(1), finished);
            });

            // The import's audit revision holds every figure it wrote, so a later change lists only the figure changed.
            Map<StaffRole, RoleFigures> figures = profile.getLines();
            StaffRole role = figures.keySet().iterator().next();
            RoleFigures was = figures.get(role);
            figures.put(role, new RoleFigures(was.headcount(), new BigDecimal("9.5")));
            workforce.updateFigures(profile.getId(), profile.getVersion(), figures, profile.getRegisteredPatients());
            String wasFte = was.fte() == null ? "" : was.fte().stripTrailingZeros().toPlainString();
            assertThat(workforce.fieldChanges(profile.getId()))
                    .extracting(FieldChange::field, FieldChange::from, FieldChange::to, FieldChange::by)
                    .containsExactly(tuple(role.label() + " FTE", wasFte, "9.5", "team"));

            // Importing the file again replaces the drafts; the one figure changed since goes back to the file's.
            ImportReport again = imports.apply(file, Files.size(file), new ImportOptions(snapshot, "all"), ImportProgress.NONE);
            assertThat(again.replaced()).isEqualTo(2_500);
            assertThat(workforce.fieldChanges(profile.getId()))
                    .extracting(FieldChange::field, FieldChange::from, FieldChange::to)
                    .containsExactly(tuple(role.label() + " FTE", wasFte, "9.5"), tuple(role.label() + " FTE", "9.5", wasFte));
        } finally {
            String ids = "select w.id from workforce_profile w join practice p on p.id = w.practice_id where p.ods_code like 'Y9%'";
            for (String delete : List.of("delete from workforce_profile_line_aud where profile_id in (" + ids + ")",
                    "delete from workforce_profile_aud where id in (" + ids + ")",
                    "delete from workforce_profile_line where profile_id in (" + ids + ")",
                    "delete from workforce_profile_status_change where workforce_profile_id in (" + ids + ")",
                    "delete from workforce_profile where practice_id in (select id from practice where ods_code like 'Y9%')",
                    "delete from practice where ods_code like 'Y9%'")) {
                jdbc.update(delete);
            }
        }
    }
}
