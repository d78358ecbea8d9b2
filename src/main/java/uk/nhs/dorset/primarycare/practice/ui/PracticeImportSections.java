package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dorset.primarycare.base.BackgroundWork;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ImportSection;
import uk.nhs.dorset.primarycare.practice.PracticeImportService;

/** The practice imports on the shared imports page: the ODS practice file, list sizes, then PCN membership. */
@Configuration
class PracticeImportSections {

    @Bean
    ImportSection epraccurImport(PracticeImportService imports, BackgroundWork background, OrganisationSettings organisation) {
        return new ImportSection() {
            @Override
            public String title() {
                return "GP practices (ODS epraccur)";
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ADMIN);
            }

            @Override
            public Component create() {
                return new ImportPanel(background, "Upload ODS's epraccur.csv (the national file: no header, 27 fields). Only GP "
                        + "practices (prescribing setting 4) of the commissioner are compared with the register: new "
                        + "practices are added, changed names, addresses and dates are updated, and closed ones are closed.",
                        String.join(", ", organisation.commissionerCodes()), imports::dryRunEpraccur, imports::applyEpraccur);
            }
        };
    }

    @Bean
    ImportSection listSizeImport(PracticeImportService imports, BackgroundWork background) {
        return new ImportSection() {
            @Override
            public String title() {
                return "List sizes (NHS Digital patients registered at a GP practice)";
            }

            @Override
            public int order() {
                return 11;
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ADMIN);
            }

            @Override
            public Component create() {
                return new ImportPanel(background, "Upload NHS Digital's gp-reg-pat-prac-all.csv (header with CODE, NUMBER_OF_PATIENTS "
                        + "and EXTRACT_DATE). Practices in the register take the file's list size and date; the rest of "
                        + "England is skipped.", null, (bytes, ignored) -> imports.dryRunListSizes(bytes), imports::applyListSizes);
            }
        };
    }

    @Bean
    ImportSection pcnMembersImport(PracticeImportService imports, BackgroundWork background) {
        return new ImportSection() {
            @Override
            public String title() {
                return "Primary Care Network members (NHS Digital ePCN)";
            }

            @Override
            public int order() {
                return 12;
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ADMIN);
            }

            @Override
            public Component create() {
                return new ImportPanel(background, "Upload the ePCN file's practice-to-PCN sheet saved as CSV (Partner Organisation "
                        + "Code, PCN Code, PCN Name). Practices in the register join their PCN; PCNs new to the hub are added; "
                        + "the rest of England is skipped.", null, (bytes, ignored) -> imports.dryRunPcnMembers(bytes),
                        imports::applyPcnMembers);
            }
        };
    }
}
