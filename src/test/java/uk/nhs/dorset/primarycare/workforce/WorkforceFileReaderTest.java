package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkforceFileReaderTest {

    static final String SAMPLE = "/nhs/gp_workforce_practice_detailed_sample_2025-06_07_lowercase_header.csv";

    static String sample() throws IOException {
        try (InputStream in = WorkforceFileReaderTest.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static class Collect implements WorkforceFileReader.Listener {
        WorkforceFileReader.Header header;
        final List<WorkforceFileReader.Row> rows = new ArrayList<>();
        final List<WorkforceFileReader.Rejection> rejected = new ArrayList<>();

        @Override
        public void header(WorkforceFileReader.Header header) {
            this.header = header;
        }

        @Override
        public void row(WorkforceFileReader.Row row) {
            rows.add(row);
        }

        @Override
        public void rejected(WorkforceFileReader.Rejection rejection) {
            rejected.add(rejection);
        }

        WorkforceFileReader.Row row(String ods, int month) {
            return rows.stream().filter(r -> r.odsCode().equals(ods) && r.month() == month).findFirst().orElseThrow();
        }
    }

    static Collect read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Collect read(byte[] bytes) {
        Collect c = new Collect();
        WorkforceFileReader.read(new ByteArrayInputStream(bytes), c, n -> { });
        return c;
    }

    @Test
    void realSampleRowsGiveThePublishedFigures() throws IOException {
        Collect c = read(sample());
        assertThat(c.rejected).isEmpty();
        assertThat(c.rows).hasSize(10);
        WorkforceFileReader.Row a81001 = c.row("A81001", 7);
        assertThat(a81001.commissioner()).isEqualTo("16C");
        assertThat(a81001.year()).isEqualTo(2025);
        assertThat(a81001.patients()).isEqualTo(3849);
        BigDecimal gp = BigDecimal.ZERO;
        for (StaffRole role : StaffGroup.GP.roles()) {
            RoleFigures f = a81001.figures().get(role);
            if (f != null && f.fte() != null) {
                gp = gp.add(f.fte());
            }
        }
        assertThat(gp).isEqualByComparingTo("4.84");
        assertThat(a81001.figures().get(StaffRole.GP_PARTNER).fte()).isEqualByComparingTo("1");
        assertThat(a81001.figures().get(StaffRole.GP_TRAINEE).fte()).isEqualByComparingTo("3.840");
        assertThat(a81001.figures().get(StaffRole.GP_TRAINEE).headcount()).isNotNull();
        // total_nurses_fte and _hc are NA for A81001: not supplied, not zero.
        assertThat(a81001.figures()).doesNotContainKey(StaffRole.NURSE);
        assertThat(a81001.figures().get(StaffRole.HCA).fte()).isEqualByComparingTo("0.427");
        assertThat(a81001.figures().get(StaffRole.RECEPTIONIST).fte()).isEqualByComparingTo("3.507");
        assertThat(a81001.figures().get(StaffRole.ADMIN_OTHER).fte()).isEqualByComparingTo("0.693");
        assertThat(a81001.figures().get(StaffRole.CLINICAL_PHARMACIST).fte()).isEqualByComparingTo("0");

        WorkforceFileReader.Row a81002 = c.row("A81002", 7);
        assertThat(a81002.figures().get(StaffRole.NURSE).fte()).isEqualByComparingTo("7.48");
        assertThat(a81002.figures().get(StaffRole.NURSE).headcount()).isEqualTo(9);
        assertThat(a81002.figures().get(StaffRole.CLINICAL_PHARMACIST).fte()).isEqualByComparingTo("1");
        assertThat(a81002.figures().get(StaffRole.GP_PARTNER).fte()).isEqualByComparingTo("6.547");
        assertThat(c.row("A81002", 6).figures().get(StaffRole.RECEPTIONIST).fte()).isEqualByComparingTo("16.307");
    }

    @Test
    void sampleHeaderHasOnlyTheAppendedYearAndMonthBeyondThePublication() throws IOException {
        Collect c = read(sample());
        assertThat(c.header.columns()).isEqualTo(831);
        assertThat(c.header.unknownColumns()).isEmpty();
        assertThat(c.header.missingColumns()).isEmpty();
    }

    @Test
    void upperCaseHeaderReadsTheSame() throws IOException {
        String text = sample();
        int eol = text.indexOf('\n');
        String upper = text.substring(0, eol).toUpperCase(Locale.ROOT) + text.substring(eol);
        Collect lower = read(text);
        Collect up = read(upper);
        assertThat(up.rejected).isEmpty();
        assertThat(up.rows).hasSize(10);
        assertThat(up.row("A81001", 7).figures()).isEqualTo(lower.row("A81001", 7).figures());
    }

    @Test
    void unknownColumnsAreReportedAndMissingOnesListed() {
        String csv = "PRAC_CODE,SUB_ICB_CODE,TOTAL_GP_PTNR_PROV_FTE,TOTAL_GP_PTNR_PROV_HC,TOTAL_GPS_PARTNERS_OLD_FTE\n"
                + "J81002,11J,3.5,4,9\n";
        Collect c = read(csv);
        assertThat(c.header.unknownColumns()).containsExactly("TOTAL_GPS_PARTNERS_OLD_FTE");
        assertThat(c.header.missingColumns()).contains("TOTAL_NURSES_FTE", "TOTAL_GP_SEN_PTNR_FTE", "TOTAL_DPC_FTE");
        WorkforceFileReader.Row row = c.rows.getFirst();
        assertThat(row.figures().get(StaffRole.GP_PARTNER).fte()).isEqualByComparingTo("3.5");
        assertThat(row.figures().get(StaffRole.GP_PARTNER).headcount()).isEqualTo(4);
        assertThat(row.figures()).containsOnlyKeys(StaffRole.GP_PARTNER);
    }

    @Test
    void aStaffColumnTheImportDoesNotMapRefusesTheFileNamingIt() {
        String csv = "PRAC_CODE,TOTAL_GP_FTE,TOTAL_GP_PTNR_PROV_FTE,TOTAL_GP_ROBOT_FTE\nJ81002,3,2,1\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(WorkforceFileRejected.class)
                .hasMessageContaining("TOTAL_GP_ROBOT_FTE");
    }

    @Test
    void aByteOrderMarkIsStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "PRAC_CODE,TOTAL_NURSES_FTE\nJ81002,1.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        Collect c = read(file);
        assertThat(c.rows).extracting(WorkforceFileReader.Row::odsCode).containsExactly("J81002");
        assertThat(c.header.unknownColumns()).isEmpty();
    }

    @Test
    void everyMissingValueMarkerIsNotSupplied() {
        String csv = "PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\n"
                + "J1,NA,NA\nJ2,ND,nd\nJ3,EST,EST\nJ4,NS,NS\nJ5,.,.\nJ6,,\nJ7,0,0\n";
        Collect c = read(csv);
        assertThat(c.rejected).isEmpty();
        assertThat(c.rows).hasSize(7);
        assertThat(c.rows.subList(0, 6)).allSatisfy(r -> assertThat(r.figures()).isEmpty());
        assertThat(c.rows.get(6).figures().get(StaffRole.NURSE).fte()).isEqualByComparingTo("0");
    }

    @Test
    void raggedRowsAndBadNumbersAreRejectedWithReasons() {
        String csv = "PRAC_CODE,TOTAL_NURSES_FTE,TOTAL_NURSES_HC\n"
                + "J1,1.5,2\n"
                + "J2,1.5\n"
                + "J3,lots,2\n"
                + "J4,1.5,2.5\n"
                + "J5,-1,1\n";
        Collect c = read(csv);
        assertThat(c.rows).extracting(WorkforceFileReader.Row::odsCode).containsExactly("J1");
        assertThat(c.rejected).extracting(Object::toString).containsExactly(
                "Line 3: has 2 fields; the header has 3 (a broken or cut-off row)",
                "Line 4: TOTAL_NURSES_FTE 'lots' is not a number",
                "Line 5: TOTAL_NURSES_HC 2.5 is not a whole number",
                "Line 6: TOTAL_NURSES_FTE -1 is out of range (0 to 9,999)");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("empty");
    }

    @Test
    void utf16IsRejected() {
        byte[] utf16 = "PRAC_CODE,TOTAL_NURSES_FTE\nJ1,1\n".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> read(utf16)).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("UTF-16");
    }

    @Test
    void binaryIsRejected() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
        assertThatThrownBy(() -> read(zip)).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("binary");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] latin1 = "PRAC_CODE,PRAC_NAME,TOTAL_NURSES_FTE\nJ1,Caf\u00e9 Surgery,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void fileCutOffInsideAQuoteIsRejected() {
        String cut = "\"PRAC_CODE\",\"TOTAL_NURSES_FTE\"\n\"J1\",\"1.5\"\n\"J2\",\"1.";
        assertThatThrownBy(() -> read(cut)).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("cut short");
    }

    @Test
    void aFileThatIsNotTheWorkforceFileIsRejected() {
        assertThatThrownBy(() -> read("CODE,NAME\nJ1,x\n")).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("PRAC_CODE");
        assertThatThrownBy(() -> read("PRAC_CODE,NAME\nJ1,x\n")).isInstanceOf(WorkforceFileRejected.class).hasMessageContaining("none of the workforce columns");
    }

    @Test
    void cancelStopsTheRead() {
        WorkforceFileReader.Listener cancelling = new Collect() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> WorkforceFileReader.read(new ByteArrayInputStream(
                "PRAC_CODE,TOTAL_NURSES_FTE\nJ1,1\n".getBytes(StandardCharsets.UTF_8)), cancelling, n -> { }))
                .isInstanceOf(WorkforceFileReader.Cancelled.class);
    }
}
