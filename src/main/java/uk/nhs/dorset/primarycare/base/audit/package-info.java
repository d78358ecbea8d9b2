/** Field-level audit (Hibernate Envers): who changed which field of which record, and when. */
@NullMarked
@NamedInterface("audit")
package uk.nhs.dorset.primarycare.base.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
