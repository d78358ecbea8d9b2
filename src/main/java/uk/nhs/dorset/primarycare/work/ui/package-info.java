/** The owner picker and comment thread of every record's detail view, and the "My work" page. */
@NullMarked
package uk.nhs.dorset.primarycare.work.ui;

import org.jspecify.annotations.NullMarked;
