/**
 * Practice workforce profiles (headcount and FTE by staff group and role at a snapshot date),
 * the modelled target workforce per locality, the gap between them, the practices' validation
 * of their profiles, and the import of NHS Digital's practice-level workforce publication.
 */
@NullMarked
package uk.nhs.dorset.primarycare.workforce;

import org.jspecify.annotations.NullMarked;
