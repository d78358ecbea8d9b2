/**
 * Premises Improvement Grants: one programme per financial year with a budget that committed
 * grants may never exceed, the practices' bids for it and their approval workflow from draft
 * to payment, with invoices as evidence, attachments and a field-level audit.
 */
@NullMarked
package uk.nhs.dorset.primarycare.grants;

import org.jspecify.annotations.NullMarked;
