package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every practice-level layout NHS Digital has published, as a small real-shaped file: the
 * groups the import builds from the roles it maps add up to the file's own group totals.
 */
class WorkforceLayoutsTest {

    static final Map<StaffGroup, String> TOTALS = Map.of(StaffGroup.GP, "TOTAL_GP", StaffGroup.NURSES, "TOTAL_NURSES",
            StaffGroup.DIRECT_PATIENT_CARE, "TOTAL_DPC", StaffGroup.ADMIN, "TOTAL_ADMIN");

    static String text(String resource) throws IOException {
        try (InputStream in = WorkforceLayoutsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file's own values per line, read by a plain CSV parse independent of the import's. */
    static Map<Long, Map<String, String>> fileTotals(String text) throws IOException {
        Map<Long, Map<String, String>> byLine = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.getFirst().toList().stream().map(h -> h.strip().toUpperCase(Locale.ROOT)).toList();
            for (CSVRecord r : records.subList(1, records.size())) {
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), r.get(c));
                }
                byLine.put(r.getRecordNumber(), values);
            }
        }
        return byLine;
    }

    static void assertGroupsMatchTheFilesTotals(String text, int expectedRows) throws IOException {
        WorkforceFileReaderTest.Collect c = WorkforceFileReaderTest.read(text);
        assertThat(c.rejected).isEmpty();
        assertThat(c.rows).hasSize(expectedRows);
        assertThat(c.rows).allSatisfy(r -> assertThat(r.totalsDiffer()).as(r.odsCode()).isEmpty());
        Map<Long, Map<String, String>> totals = fileTotals(text);
        int compared = 0;
        for (WorkforceFileReader.Row row : c.rows) {
            Map<String, String> file = totals.get(row.line());
            for (StaffGroup group : StaffGroup.values()) {
                String fte = file.get(TOTALS.get(group) + "_FTE");
                if (fte != null && !WorkforceFileReader.NOT_SUPPLIED.contains(fte.toUpperCase(Locale.ROOT))) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (StaffRole role : group.roles()) {
                        RoleFigures f = row.figures().get(role);
                        if (f != null && f.fte() != null) {
                            sum = sum.add(f.fte());
                        }
                    }
                    assertThat(sum.subtract(new BigDecimal(fte)).abs())
                            .as("%s %s FTE: roles %s, file %s", row.odsCode(), group, sum, fte)
                            .isLessThanOrEqualTo(new BigDecimal("0.01"));
                    compared++;
                }
                String hc = file.get(TOTALS.get(group) + "_HC");
                if (hc != null && !WorkforceFileReader.NOT_SUPPLIED.contains(hc.toUpperCase(Locale.ROOT))) {
                    int sum = 0;
                    for (StaffRole role : group.roles()) {
                        RoleFigures f = row.figures().get(role);
                        if (f != null && f.headcount() != null) {
                            sum += f.headcount();
                        }
                    }
                    // A person may hold two roles: the roles' headcounts may exceed the group's, never fall short.
                    assertThat(sum).as("%s %s headcount", row.odsCode(), group).isGreaterThanOrEqualTo(Integer.parseInt(hc));
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void detailedLayoutSinceTwentyTwentyOneAddsUpToItsOwnTotals() throws IOException {
        assertGroupsMatchTheFilesTotals(WorkforceFileReaderTest.sample(), 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"practice_level_2016-09.csv", "practice_level_2019-09_fte_only.csv",
            "practice_level_2019-09_hc_only.csv"})
    void earlierPracticeLevelLayoutsAddUpToTheirOwnTotals(String fixture) throws IOException {
        assertGroupsMatchTheFilesTotals(text("/workforce/layouts/" + fixture), 3);
    }

    @Test
    void registrarsFoundationDoctorsAndInfrequentLocumsAreGps() throws IOException {
        WorkforceFileReaderTest.Collect c = WorkforceFileReaderTest.read(text("/workforce/layouts/practice_level_2019-09_fte_only.csv"));
        WorkforceFileReader.Row j81004 = c.rows.stream().filter(r -> r.odsCode().equals("J81004")).findFirst().orElseThrow();
        // TOTAL_GP_REG_ST1_4_FTE 0.00 + TOTAL_GP_REG_F1_2_FTE 2.07
        assertThat(j81004.figures().get(StaffRole.GP_TRAINEE).fte()).isEqualByComparingTo("2.07");
        assertThat(j81004.figures().get(StaffRole.GP_LOCUM).headcount()).as("an FTE-only file").isNull();
        assertThat(c.header.unknownColumns()).as("commissioner and region columns are read, not ignored").isEmpty();
    }
}
