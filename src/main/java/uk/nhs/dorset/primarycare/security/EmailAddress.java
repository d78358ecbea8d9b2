package uk.nhs.dorset.primarycare.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A user's mail address on its own, checked by the same rules as on the user form. */
record EmailAddress(@Email(message = NOT_AN_ADDRESS) @Size(max = UserForm.EMAIL_MAX, message = TOO_LONG) @Nullable String email) {

    static final String NOT_AN_ADDRESS = "Give an email address such as estates@nhs.net, or leave it empty";
    static final String TOO_LONG = "An email address has at most " + UserForm.EMAIL_MAX + " characters";
}
