package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;

class XlsxExportTest {

    record Line(String name, BigDecimal amount, LocalDate date) {
    }

    @Test
    void writesHeadersAndRowsAndKeepsFormulaLookingTextAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = XlsxExport.write(out, "Bids", List.of(
                Column.<Line>text("Name", Line::name),
                Column.<Line>money("Amount", Line::amount),
                Column.<Line>date("Date", Line::date)),
                Stream.of(new Line("=HYPERLINK(\"http://x\")", new BigDecimal("1234.50"), LocalDate.of(2018, 3, 31)),
                        new Line("Plain", BigDecimal.TEN, LocalDate.of(2017, 4, 1))));
        assertThat(rows).isEqualTo(2);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize(3);
            assertThat(read.get(0).getCellText(0)).isEqualTo("Name");
            assertThat(read.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(read.get(1).getCell(0).getFormula()).isNull();
            assertThat(read.get(1).getCellAsNumber(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.50"));
            assertThat(read.get(2).getCellText(0)).isEqualTo("Plain");
        }
    }

    @Test
    void safeTextOnlyTouchesDangerousLeadingCharacters() {
        assertThat(XlsxExport.safeText("+44 1202")).isEqualTo("'+44 1202");
        assertThat(XlsxExport.safeText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(XlsxExport.safeText("Orchid House")).isEqualTo("Orchid House");
        assertThat(XlsxExport.safeText("")).isEmpty();
    }
}
