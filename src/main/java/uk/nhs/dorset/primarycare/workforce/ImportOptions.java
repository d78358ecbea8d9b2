package uk.nhs.dorset.primarycare.workforce;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which snapshot the file is, and whose practices to take from it.
 *
 * @param snapshotDate the profiles' snapshot date; when the file carries YEAR and MONTH
 *                     columns, only rows of that month are read
 * @param commissioner a sub-ICB / CCG code such as "11J", or "all" (also when blank)
 */
public record ImportOptions(LocalDate snapshotDate, @Nullable String commissioner) {

    public boolean allCommissioners() {
        return commissioner == null || commissioner.isBlank() || commissioner.strip().equalsIgnoreCase("all");
    }

    /** "11J/" and "11j" both mean 11J, as codes are written both ways. */
    public @Nullable String commissionerCode() {
        if (allCommissioners()) {
            return null;
        }
        String code = commissioner.strip().toUpperCase(Locale.ROOT);
        return code.endsWith("/") ? code.substring(0, code.length() - 1) : code;
    }
}
