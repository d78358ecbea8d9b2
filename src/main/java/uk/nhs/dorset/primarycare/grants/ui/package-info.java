/**
 * Screens for grant bids and programmes: the filtered bid grid with its programme panel, and
 * one bid's detail with its workflow actions, invoices, attachments, history and audit.
 */
@NullMarked
package uk.nhs.dorset.primarycare.grants.ui;

import org.jspecify.annotations.NullMarked;
