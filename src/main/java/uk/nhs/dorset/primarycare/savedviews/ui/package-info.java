/** The "Views" control in every grid's toolbar: save the screen as a view, open or delete one. */
@NullMarked
package uk.nhs.dorset.primarycare.savedviews.ui;

import org.jspecify.annotations.NullMarked;
