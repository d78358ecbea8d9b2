/** Sign-in and the administrators' user management screens. */
@NullMarked
package uk.nhs.dorset.primarycare.security.ui;

import org.jspecify.annotations.NullMarked;
