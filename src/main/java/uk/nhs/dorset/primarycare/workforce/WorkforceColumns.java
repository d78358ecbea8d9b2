package uk.nhs.dorset.primarycare.workforce;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which columns of NHS Digital's practice-level workforce CSVs make up each role, across every
 * layout published: the "GP Practice level" files of September 2015 to 2017 (registrars as
 * TOTAL_GP_REG_ST3_4 and TOTAL_GP_REG_F1_2), those of 2018 to 2021 (TOTAL_GP_REG_ST1_4,
 * TOTAL_GP_REG_F1_2, infrequent locums TOTAL_GP_LOCUM_INF), and the 829-column "Practice Level -
 * Detailed" file (trainee grades TOTAL_GP_TRN_GR_*). Each column is written without its _HC /
 * _FTE ending; a file may carry either or both (headcount-only and FTE-only files exist).
 */
final class WorkforceColumns {

    /** Publication columns (without _HC / _FTE) that make up each role. */
    static final Map<StaffRole, List<String>> SOURCES = new EnumMap<>(StaffRole.class);

    static {
        SOURCES.put(StaffRole.GP_PARTNER, List.of("TOTAL_GP_SEN_PTNR", "TOTAL_GP_PTNR_PROV"));
        SOURCES.put(StaffRole.GP_SALARIED, List.of("TOTAL_GP_SAL_BY_PRAC", "TOTAL_GP_SAL_BY_OTH"));
        SOURCES.put(StaffRole.GP_LOCUM, List.of("TOTAL_GP_LOCUM_VAC", "TOTAL_GP_LOCUM_ABS", "TOTAL_GP_LOCUM_OTH",
                "TOTAL_GP_LOCUM_INF"));
        SOURCES.put(StaffRole.GP_RETAINER, List.of("TOTAL_GP_RET"));
        // Registrars (ST1-ST4) and foundation-year junior doctors (F1/F2) in all three namings.
        SOURCES.put(StaffRole.GP_TRAINEE, List.of("TOTAL_GP_TRN_GR_ST1", "TOTAL_GP_TRN_GR_ST2", "TOTAL_GP_TRN_GR_ST3",
                "TOTAL_GP_TRN_GR_ST4", "TOTAL_GP_TRN_GR_OTH", "TOTAL_GP_TRN_GR_F1_2",
                "TOTAL_GP_REG_ST1_4", "TOTAL_GP_REG_ST3_4", "TOTAL_GP_REG_F1_2"));
        SOURCES.put(StaffRole.NURSE, List.of("TOTAL_N_PRAC_NURSE", "TOTAL_N_ADV_NURSE_PRAC", "TOTAL_N_NURSE_SPEC",
                "TOTAL_N_EXT_ROLE_NURSE", "TOTAL_N_TRAINEE_NURSE", "TOTAL_N_DISTRICT_NURSE", "TOTAL_N_NURSE_DISP",
                "TOTAL_N_NURSE_PTNR", "TOTAL_N_NURSE_OTH", "TOTAL_N_ENH_PRAC_NURSE"));
        SOURCES.put(StaffRole.CLINICAL_PHARMACIST, List.of("TOTAL_DPC_PHARMA", "TOTAL_DPC_ADV_PHARMA_PRAC"));
        SOURCES.put(StaffRole.PHYSICIAN_ASSOCIATE, List.of("TOTAL_DPC_PHYSICIAN_ASSOC"));
        SOURCES.put(StaffRole.PHYSIOTHERAPIST, List.of("TOTAL_DPC_PHYSIO", "TOTAL_DPC_ADV_PHYSIO_PRAC"));
        SOURCES.put(StaffRole.MENTAL_HEALTH_THERAPIST, List.of("TOTAL_DPC_THERA_COU", "TOTAL_DPC_HI_THERA",
                "TOTAL_DPC_PSYCH_WELLB_PRAC", "TOTAL_DPC_NHS_TALKING_THERA"));
        SOURCES.put(StaffRole.PARAMEDIC, List.of("TOTAL_DPC_PARAMED", "TOTAL_DPC_ADV_PARAMED_PRAC"));
        SOURCES.put(StaffRole.HCA, List.of("TOTAL_DPC_HCA"));
        SOURCES.put(StaffRole.DPC_OTHER, List.of("TOTAL_DPC_ADV_PODIA_PRAC", "TOTAL_DPC_ADV_THERA_OCC_PRAC",
                "TOTAL_DPC_ADV_DIETICIAN_PRAC", "TOTAL_DPC_DIETICIAN", "TOTAL_DPC_DISPENSER", "TOTAL_DPC_PHLEB",
                "TOTAL_DPC_PODIA", "TOTAL_DPC_THERA_OCC", "TOTAL_DPC_THERA_OTH", "TOTAL_DPC_NURSE_ASSOC",
                "TOTAL_DPC_TRAINEE_NURSE_ASSOC", "TOTAL_DPC_PHARMT", "TOTAL_DPC_TRAINEE_PHARMT", "TOTAL_DPC_SPLW",
                "TOTAL_DPC_TRAINEE_HI_THERA", "TOTAL_DPC_TRAINEE_PSYCH_WELLB_PRAC", "TOTAL_DPC_TRAINEE_NHS_TALKING_THERA",
                "TOTAL_DPC_APP_HCA", "TOTAL_DPC_APP_PHLEB", "TOTAL_DPC_APP_PHARMA", "TOTAL_DPC_APP_PHYSIO",
                "TOTAL_DPC_APP_PHYSICIAN_ASSOC", "TOTAL_DPC_APP_OTH", "TOTAL_DPC_APPRENTICE", "TOTAL_DPC_HLTH_SPRT_WRK",
                "TOTAL_DPC_GPA", "TOTAL_DPC_OST", "TOTAL_DPC_OTH"));
        SOURCES.put(StaffRole.PRACTICE_MANAGER, List.of("TOTAL_ADMIN_MANAGER", "TOTAL_ADMIN_MANAGE_PTNR"));
        SOURCES.put(StaffRole.RECEPTIONIST, List.of("TOTAL_ADMIN_RECEPT", "TOTAL_ADMIN_TELEPH"));
        SOURCES.put(StaffRole.ADMIN_OTHER, List.of("TOTAL_ADMIN_MED_SECRETARY", "TOTAL_ADMIN_ESTATES_ANC",
                "TOTAL_ADMIN_OTH", "TOTAL_ADMIN_APP", "TOTAL_ADMIN_DT_LEAD"));
    }

    /** Each group's own total in the file, checked against the sum of its roles. */
    static final Map<StaffGroup, String> GROUP_TOTALS = new EnumMap<>(Map.of(
            StaffGroup.GP, "TOTAL_GP",
            StaffGroup.NURSES, "TOTAL_NURSES",
            StaffGroup.DIRECT_PATIENT_CARE, "TOTAL_DPC",
            StaffGroup.ADMIN, "TOTAL_ADMIN"));

    /**
     * A file that gives a group only as its total (no role columns) still has its staff: the
     * total goes to the group's catch-all role. GPs have none, as every published layout
     * breaks GPs down.
     */
    static final Map<StaffGroup, StaffRole> CATCH_ALL = new EnumMap<>(Map.of(
            StaffGroup.NURSES, StaffRole.NURSE,
            StaffGroup.DIRECT_PATIENT_CARE, StaffRole.DPC_OTHER,
            StaffGroup.ADMIN, StaffRole.ADMIN_OTHER));

    /** Sub-ICB / CCG codes, then ICB / STP codes: either may be chosen as the commissioner. */
    static final List<String> COMMISSIONER_COLUMNS = List.of("SUB_ICB_CODE", "SUB_ICB_LOCATION_CODE", "CCG_CODE");
    static final List<String> ICB_COLUMNS = List.of("ICB_CODE", "STP_CODE");
    /** Where a file says which month it is: a date, or year and month columns. */
    static final List<String> DATE_COLUMNS = List.of("EXTRACT_DATE", "CENSUS_DATE", "REPORTING_DATE", "DATE");

    /** Identification and geography columns of the earlier layouts, read or knowingly passed over. */
    static final Set<String> EARLIER_LAYOUT_COLUMNS = Set.of("PRAC_CODE", "PRAC_NAME", "CCG_CODE", "CCG_NAME",
            "STP_CODE", "STP_NAME", "COMM_REGION_CODE", "COMM_REGION_NAME", "REGION_CODE", "REGION_NAME",
            "AREA_TEAM_CODE", "AREA_TEAM_NAME", "HEE_REGION_CODE", "HEE_REGION_NAME", "CONTRACT", "DISPENSING",
            "TOTAL_PATIENTS", "TOTAL_MALE", "TOTAL_FEMALE", "YEAR", "MONTH", "EXTRACT_DATE", "CENSUS_DATE",
            "REPORTING_DATE", "DATE");

    /**
     * The role columns every "GP Practice level" file of 2015 to 2021 has (registrars are
     * named differently from one year to another, so they are not listed as lacking).
     */
    static final List<String> EARLIER_LAYOUT_ROLES = List.of("TOTAL_GP_SEN_PTNR", "TOTAL_GP_PTNR_PROV",
            "TOTAL_GP_SAL_BY_PRAC", "TOTAL_GP_SAL_BY_OTH", "TOTAL_GP_REG_F1_2", "TOTAL_GP_RET", "TOTAL_GP_LOCUM_VAC",
            "TOTAL_GP_LOCUM_ABS", "TOTAL_GP_LOCUM_OTH", "TOTAL_N_PRAC_NURSE", "TOTAL_N_ADV_NURSE_PRAC",
            "TOTAL_N_NURSE_SPEC", "TOTAL_N_EXT_ROLE_NURSE", "TOTAL_N_TRAINEE_NURSE", "TOTAL_N_DISTRICT_NURSE",
            "TOTAL_N_NURSE_DISP", "TOTAL_N_NURSE_PTNR", "TOTAL_DPC_DISPENSER", "TOTAL_DPC_HCA", "TOTAL_DPC_PHLEB",
            "TOTAL_DPC_PHARMA", "TOTAL_DPC_PHYSIO", "TOTAL_DPC_THERA_COU", "TOTAL_DPC_PODIA", "TOTAL_DPC_THERA_OTH",
            "TOTAL_DPC_OTH", "TOTAL_ADMIN_MANAGER", "TOTAL_ADMIN_MANAGE_PTNR", "TOTAL_ADMIN_MED_SECRETARY",
            "TOTAL_ADMIN_RECEPT", "TOTAL_ADMIN_TELEPH", "TOTAL_ADMIN_ESTATES_ANC", "TOTAL_ADMIN_OTH", "TOTAL_ADMIN_APP");

    /** A column that counts people or FTE of a staff group. */
    private static final Pattern STAFF_COLUMN = Pattern.compile("TOTAL_(GP|N|NURSES|DPC|ADMIN)_[A-Z0-9_]+_(HC|FTE)");
    /** GP aggregates (excluding trainees, retainers, locums...): sums of roles, not roles. */
    private static final Pattern GP_AGGREGATE = Pattern.compile("TOTAL_GP_EX[A-Z]*_(HC|FTE)");
    /** Breakdowns of a group by sex, age band or country of qualification: parts of totals, not roles. */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "(MALE|FEMALE)_[A-Z0-9_]+|TOTAL_(GP|GP_EX[A-Z]*|NURSES|DPC|ADMIN)_HC_[A-Z0-9_]+");

    private static final Set<String> ROLE_COLUMNS = new HashSet<>();

    static {
        for (List<String> bases : SOURCES.values()) {
            for (String base : bases) {
                ROLE_COLUMNS.add(base + "_HC");
                ROLE_COLUMNS.add(base + "_FTE");
            }
        }
        for (String total : GROUP_TOTALS.values()) {
            ROLE_COLUMNS.add(total + "_HC");
            ROLE_COLUMNS.add(total + "_FTE");
        }
    }

    private WorkforceColumns() {
    }

    /** True for a staff column no role is built from: its staff would silently be left out. */
    static boolean isUnmappedStaffColumn(String upperName) {
        return STAFF_COLUMN.matcher(upperName).matches() && !ROLE_COLUMNS.contains(upperName)
                && !GP_AGGREGATE.matcher(upperName).matches();
    }

    /** Columns the import knows for what they are, even if it does not read them. */
    static boolean isKnown(String upperName) {
        return ROLE_COLUMNS.contains(upperName) || EARLIER_LAYOUT_COLUMNS.contains(upperName)
                || GP_AGGREGATE.matcher(upperName).matches()
                || BREAKDOWN.matcher(upperName).matches();
    }
}
