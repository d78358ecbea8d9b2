/**
 * The user interface every feature shares: the main layout, status badges, confirmation and
 * transition dialogs, notifications, URL-kept filters and spreadsheet export.
 */
@NullMarked
@NamedInterface("ui")
package uk.nhs.dorset.primarycare.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
