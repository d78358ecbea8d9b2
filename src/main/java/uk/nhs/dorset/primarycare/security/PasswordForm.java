package uk.nhs.dorset.primarycare.security;

import org.jspecify.annotations.Nullable;

/** A password an administrator sets for an existing user. */
public class PasswordForm {

    @Password
    private String password = "";

    public static PasswordForm of(String password) {
        PasswordForm form = new PasswordForm();
        form.setPassword(password);
        return form;
    }

    public String getPassword() { return password; }
    public void setPassword(@Nullable String password) { this.password = password == null ? "" : password; }
}
