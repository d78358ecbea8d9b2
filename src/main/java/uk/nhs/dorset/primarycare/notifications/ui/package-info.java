/** The bell in the top bar, the notifications page and the notification choices on the account page. */
@NullMarked
package uk.nhs.dorset.primarycare.notifications.ui;

import org.jspecify.annotations.NullMarked;
