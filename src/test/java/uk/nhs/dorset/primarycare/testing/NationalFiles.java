package uk.nhs.dorset.primarycare.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The national NHS files a new organisation sets up from, and counts of them made here
 * independently of the application's importers, to judge what the application shows.
 */
public final class NationalFiles {

    /** The copies the repository keeps with its tests, so a fresh clone has them. */
    public static final Path DIR = Path.of("src", "test", "resources", "nhs");
    public static final Path EPRACCUR = DIR.resolve("epraccur_full_2025-05_raw.csv");
    public static final Path LIST_SIZES = DIR.resolve("gp-reg-pat-prac-all_2021-01_full.csv");

    private NationalFiles() {
    }

    public static boolean present() {
        return Files.isReadable(EPRACCUR) && Files.isReadable(LIST_SIZES);
    }

    /** ODS codes of the GP practices (prescribing setting 4) of a commissioner, open ones only when asked. */
    public static Set<String> gpPractices(String commissioner, boolean openOnly) throws IOException {
        Set<String> codes = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(EPRACCUR, StandardCharsets.ISO_8859_1)) {
            for (CSVRecord row : CSVFormat.DEFAULT.parse(reader)) {
                boolean open = row.get(12).equals("A") || row.get(12).equals("P");
                if (row.get(14).equals(commissioner) && row.get(25).equals("4") && (open || !openOnly)) {
                    codes.add(row.get(0));
                }
            }
        }
        return codes;
    }

    /** Patients registered at each practice in the list-size file. */
    public static Map<String, Integer> listSizes() throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(LIST_SIZES, StandardCharsets.ISO_8859_1)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                sizes.put(row.get("CODE"), Integer.parseInt(row.get("NUMBER_OF_PATIENTS")));
            }
        }
        return sizes;
    }

    /** The total list size of these practices, by the list-size file. */
    public static long totalListSize(Set<String> codes) throws IOException {
        Map<String, Integer> sizes = listSizes();
        return codes.stream().mapToLong(c -> sizes.getOrDefault(c, 0)).sum();
    }
}
