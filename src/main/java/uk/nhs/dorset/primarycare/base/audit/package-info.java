/**
 * The audit of every feature, kept once: field-level history (Hibernate Envers) read by one
 * generic reader, and the audit trail of every workflow transition and field change, which
 * follows the workflows through their published events without knowing any of them.
 */
@NullMarked
@NamedInterface("audit")
package uk.nhs.dorset.primarycare.base.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
