package uk.nhs.dorset.primarycare.security;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be: 10 to 72 characters (BCrypt reads no more than 72 bytes), not
 * one of the commonly used passwords the hub ships (also with digits or symbols added around
 * it, or with letters written as digits), not a repeated or sequential run such as aaaaaaaaaa
 * or 1234567890, and not containing the username.
 */
public final class PasswordPolicy {

    public static final String LENGTH = "A password needs " + Password.MIN + " to " + Password.MAX + " characters";
    public static final String COMMON = "That password is on the list of commonly used passwords; choose one that is harder to guess";
    public static final String RUN = "That password is a repeated or sequential run of characters; choose one that is harder to guess";
    public static final String HAS_USERNAME = "A password must not contain the username";

    private static final String DENY_LIST = "/security/common-passwords.txt";
    private static volatile @Nullable Set<String> common;

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, or empty when it may be used; {@code username} may be unknown yet. */
    public static Optional<String> problem(@Nullable String password, @Nullable String username) {
        if (password == null || password.length() < Password.MIN || password.length() > Password.MAX) {
            return Optional.of(LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = core(lower);
        if (isRun(lower) || (core.length() >= 4 && isRun(core))) {
            return Optional.of(RUN);
        }
        Set<String> list = commonPasswords();
        String word = strip(lower, false);
        if (list.contains(lower) || list.contains(core) || list.contains(word) || list.contains(unLeet(core))
                || list.contains(unLeet(word))) {
            return Optional.of(COMMON);
        }
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(HAS_USERNAME);
        }
        return Optional.empty();
    }

    /** The password without the digits and symbols people add around a word to pass a rule. */
    static String core(String lower) {
        return strip(lower, true);
    }

    /** Without leading and trailing symbols, and digits too when {@code digits}; the whole text if nothing is left. */
    private static String strip(String lower, boolean digits) {
        int start = 0;
        int end = lower.length();
        while (start < end && added(lower.charAt(start), digits)) {
            start++;
        }
        while (end > start && added(lower.charAt(end - 1), digits)) {
            end--;
        }
        return start < end ? lower.substring(start, end) : lower;
    }

    private static boolean added(char c, boolean digits) {
        return digits ? !Character.isLetter(c) : !Character.isLetterOrDigit(c);
    }

    private static String unLeet(String text) {
        return text.replace('@', 'a').replace('4', 'a').replace('3', 'e').replace('1', 'i').replace('0', 'o')
                .replace('$', 's').replace('5', 's').replace('7', 't');
    }

    /** One short unit over and over (aaaa, abab, 123123), or each character one up or one down from the last. */
    static boolean isRun(String text) {
        for (int unit = 1; unit <= 4 && unit < text.length(); unit++) {
            boolean repeats = true;
            for (int i = unit; i < text.length() && repeats; i++) {
                repeats = text.charAt(i) == text.charAt(i - unit);
            }
            if (repeats) {
                return true;
            }
        }
        return steps(text, 1) || steps(text, -1);
    }

    private static boolean steps(String text, int step) {
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            char now = text.charAt(i);
            boolean next = now == before + step
                    // on a keyboard 0 follows 9
                    || (step == 1 && before == '9' && now == '0') || (step == -1 && before == '0' && now == '9');
            if (!next) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            loaded = load();
            common = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + DENY_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    static int commonPasswordCount() {
        return commonPasswords().size();
    }

    /** Checks {@link Password} fields: the rules that need no other field. */
    public static final class Check implements ConstraintValidator<Password, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            Optional<String> problem = problem(value, null);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
            return false;
        }
    }
}
