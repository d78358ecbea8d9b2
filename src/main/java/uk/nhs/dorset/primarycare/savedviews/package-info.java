/**
 * Saved views: a user keeps a grid's filters, sort and visible columns under a name, for
 * themselves or shared with everyone. A view is only an address inside the hub, so opening one
 * shows what the grid's own service lets the person opening it see.
 */
@NullMarked
package uk.nhs.dorset.primarycare.savedviews;

import org.jspecify.annotations.NullMarked;
