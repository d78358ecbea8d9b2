package uk.nhs.dorset.primarycare.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The organisation that runs this hub: its name, shown in the menu and on the About page, and
 * the commissioner (sub-ICB location) codes whose practices it commissions. One row.
 */
@Entity
@Table(name = "organisation")
class Organisation extends AbstractEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,5}");

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "commissioner_codes", nullable = false, length = 200)
    private String commissionerCodes;

    protected Organisation() {
        this.name = "";
        this.commissionerCodes = "";
    }

    Organisation(String name, String commissionerCodes) {
        this();
        update(name, commissionerCodes);
    }

    void update(String name, String commissionerCodes) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter the organisation's name, such as NHS County Durham");
        }
        if (trimmed.length() > 200) {
            throw new IllegalArgumentException("The organisation's name can be at most 200 characters");
        }
        this.name = trimmed;
        this.commissionerCodes = String.join(",", parseCodes(commissionerCodes));
    }

    String getName() {
        return name;
    }

    List<String> codes() {
        return commissionerCodes.isEmpty() ? List.of() : List.of(commissionerCodes.split(","));
    }

    /** "84H", "84h, 00J" and "84H/" all read as codes: they are written every way in NHS files. */
    static List<String> parseCodes(String text) {
        List<String> codes = Arrays.stream(text.split("[,;\\s]+"))
                .map(c -> c.strip().replace("/", "").toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("Enter at least one commissioner (sub-ICB location) code, such as 84H");
        }
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("'" + code + "' is not a commissioner code: a code is 3 to 5 letters or digits, such as 84H");
            }
        }
        return codes;
    }
}
