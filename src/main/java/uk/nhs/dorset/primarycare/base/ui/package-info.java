/**
 * The user interface every feature shares: the main layout, status badges, confirmation and
 * transition dialogs, notifications, URL-kept filters and spreadsheet export.
 */
@NullMarked
package uk.nhs.dorset.primarycare.base.ui;

import org.jspecify.annotations.NullMarked;
