/** Field-level audit (Hibernate Envers): who changed which field of which record, and when. */
@NullMarked
package uk.nhs.dorset.primarycare.base.audit;

import org.jspecify.annotations.NullMarked;
