package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Spreadsheets the screens hand out, read back as rows of cell text (the heading row first). */
public final class Downloads {

    private Downloads() {
    }

    public static Path take(Page page, Locator link) {
        Download download = page.waitForDownload(link::click);
        return download.path();
    }

    public static List<List<String>> rows(Path xlsx) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
